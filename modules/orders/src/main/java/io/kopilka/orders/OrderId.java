package io.kopilka.orders;

/** The programme's own id of an order (the client's id is its external id, unique per network). */
public record OrderId(long value) {
}
