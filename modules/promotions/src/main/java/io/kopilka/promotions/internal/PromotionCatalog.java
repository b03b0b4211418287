package io.kopilka.promotions.internal;

import io.kopilka.promotions.Promotion;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The promotions that change orders and are in effect at a moment, as the calculation's steps read them. */
public interface PromotionCatalog {

    /** The calculation's promotions in effect at the moment, with their budgets as last committed. */
    List<Promotion> inEffect(LocalDateTime at);

    /**
     * Whether the customer's occasion (birthday) of the year already took the personal promotion in an order other
     * than {@code orderRef} ({@link io.kopilka.promotions.Shopper#orderRef}).
     */
    default boolean personalUsed(long promotionId, long customerId, int occasionYear, @Nullable String orderRef) {
        return false;
    }
}
