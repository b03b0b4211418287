package io.kopilka.orders;

/** No order with this external id in the network (HTTP 404). */
public class OrderNotFoundException extends RuntimeException {

    /** The missing order. */
    public OrderNotFoundException(String network, String externalId) {
        super("No order " + externalId + " in network " + network);
    }
}
