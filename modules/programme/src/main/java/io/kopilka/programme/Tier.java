package io.kopilka.programme;

import java.math.BigDecimal;

/**
 * A level of the programme: reached with {@code qualifyingPurchases} over the qualification window, it sets the
 * cashback and the largest share of an order that may be paid with points (both in percent).
 */
public record Tier(String code, String name, int rank, BigDecimal qualifyingPurchases,
                   BigDecimal cashbackPercent, BigDecimal maxRedeemPercent) {
}
