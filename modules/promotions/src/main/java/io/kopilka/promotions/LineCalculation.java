package io.kopilka.promotions;

import java.math.BigDecimal;

/**
 * The result for one line.
 *
 * @param lineId   the client's line id
 * @param discount money taken off the line, in roubles
 * @param redeemed points of the order's redemption paying for this line
 * @param cashback points this line earns (the lines' cashback adds up to the order's {@code pointsToAccrue})
 */
public record LineCalculation(String lineId, BigDecimal discount, long redeemed, long cashback) {
}
