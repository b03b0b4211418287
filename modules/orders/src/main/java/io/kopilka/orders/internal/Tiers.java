package io.kopilka.orders.internal;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.Purchases;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Moves the person up to the tier their purchases reach when they buy. A purchase never lowers a tier: the window
 * rolling past old purchases, returns and cancellations are the nightly tiers job's to apply, so one small order
 * does not undo a tier given by staff or earned earlier.
 */
@Component
class Tiers {

    private final OrderRows rows;
    private final Customers customers;
    private final Programme programme;

    Tiers(OrderRows rows, Customers customers, Programme programme) {
        this.rows = rows;
        this.customers = customers;
        this.programme = programme;
    }

    void recalculate(long customerId, LocalDateTime at) {
        recalculate(customerId, customers.find(new CustomerId(customerId)).orElseThrow().tier().code(), at);
    }

    /**
     * As above for a person read earlier in the same transaction, whose tier then was {@code currentTier} (placing
     * an order reads the person once). Should staff or the nightly job have changed the tier since, the tier rule
     * itself reads it again under its lock when it writes, and the nightly job applies what a purchase missed.
     */
    void recalculate(long customerId, String currentTier, LocalDateTime at) {
        CustomerId id = new CustomerId(customerId);
        TierQualification qualification = programme.policies().qualification();
        BigDecimal inWindow = BigDecimal.ZERO;
        if (qualification.model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW) {
            int current = programme.tier(currentTier).map(Tier::rank).orElse(0);
            if (current >= highestRank()) {
                return; // nothing higher to reach: not even the window's sum is read
            }
            inWindow = rows.purchasesSince(customerId, at.minusMonths(qualification.windowMonths()));
            if (rankReachedWith(inWindow) <= current) {
                return; // the common case on the order's path: no count query, no tier write
            }
        }
        customers.recalculateTier(id, new Purchases(inWindow, rows.purchaseCount(customerId)), at);
    }

    private int highestRank() {
        return programme.tiers().stream().map(Tier::rank).max(Comparator.naturalOrder()).orElse(0);
    }

    private int rankReachedWith(BigDecimal inWindow) {
        return programme.tiers().stream().filter(t -> t.qualifyingPurchases().compareTo(inWindow) <= 0)
                .map(Tier::rank).max(Comparator.naturalOrder()).orElse(0);
    }
}
