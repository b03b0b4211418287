package io.kopilka.promotions;

import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the orders module tells promotions inside an order's own transaction, so an order and its promotions'
 * effects, budgets and challenge progress commit or roll back together.
 */
public interface PromotionOrders {

    /**
     * Locks the rows of the promotions with a budget that are in effect at {@code at}, in id order; call before
     * calculating an order to be placed, so the calculation sees every budget as the orders before it left it.
     */
    void lockBudgets(LocalDateTime at);

    /** Records what the promotions did to a placed order, uses their budgets, and moves challenges on. */
    void placed(PlacedOrderFacts order);

    /** Takes back the challenge progress of returned units ({@code lineId → units}). */
    void returned(String network, String externalId, Map<String, Integer> units, LocalDateTime at);

    /** Takes back all challenge progress of a cancelled order. */
    void cancelled(String network, String externalId, LocalDateTime at);

    /**
     * A placed order as promotions need it.
     *
     * @param customerId the person, or null when anonymous
     * @param memberId   the points account, or null when anonymous
     * @param tier       the customer's tier code, or null
     */
    record PlacedOrderFacts(String externalId, @Nullable Long customerId, @Nullable Long memberId,
                            @Nullable String tier, LocalDateTime at, Basket basket, Calculation calculation) {
    }
}
