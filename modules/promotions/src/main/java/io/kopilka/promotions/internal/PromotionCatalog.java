package io.kopilka.promotions.internal;

import io.kopilka.promotions.Promotion;
import java.time.LocalDateTime;
import java.util.List;

/** The promotions that change orders and are in effect at a moment, as the calculation's steps read them. */
public interface PromotionCatalog {

    /** The calculation's promotions in effect at the moment, with their budgets as last committed. */
    List<Promotion> inEffect(LocalDateTime at);
}
