package io.kopilka.promotions;

import java.math.BigDecimal;

/**
 * A promotion that changed the order.
 *
 * @param promotionId the promotion's id
 * @param name        its name as the marketer gave it
 * @param effect      what it did, as a code with values (e.g. {@code EXTRA_CASHBACK} with the points)
 * @param points      extra points it gave in this order
 * @param discount    money it took off in this order
 */
public record AppliedPromotion(String promotionId, String name, Explanation effect, long points, BigDecimal discount) {
}
