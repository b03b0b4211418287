package io.kopilka.promotions;

import java.util.List;

/**
 * What is being bought: in which network, channel and region, the lines and how the customer intends to pay.
 *
 * @param network  the network code of the integration sending the order
 * @param channel  where the order is placed
 * @param region   the region code of the programme
 * @param lines    the lines, each line id once
 * @param payments the intended payments; a {@link PaymentMethod#POINTS} payment asks to redeem that many points;
 *                 may be empty (everything paid with money of no particular method)
 */
public record Basket(String network, Channel channel, String region, List<BasketLine> lines, List<Payment> payments) {

    /** Copies the lists. */
    public Basket {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
