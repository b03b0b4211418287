package io.kopilka.promotions;

import java.math.BigDecimal;

/**
 * A part of an order's payment: an amount of money in roubles (at most 2 decimals), or for {@link PaymentMethod#POINTS}
 * the whole number of points the customer asks to redeem.
 */
public record Payment(PaymentMethod method, BigDecimal amount) {
}
