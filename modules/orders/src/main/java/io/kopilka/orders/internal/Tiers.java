package io.kopilka.orders.internal;

import io.kopilka.customers.Customer;
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
        CustomerId id = new CustomerId(customerId);
        TierQualification qualification = programme.policies().qualification();
        BigDecimal inWindow = BigDecimal.ZERO;
        if (qualification.model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW) {
            inWindow = rows.purchasesSince(customerId, at.minusMonths(qualification.windowMonths()));
            if (!reachesHigherTier(id, inWindow)) {
                return; // the common case on the order's path: no count query, no tier write
            }
        }
        customers.recalculateTier(id, new Purchases(inWindow, rows.purchaseCount(customerId)), at);
    }

    private boolean reachesHigherTier(CustomerId id, BigDecimal inWindow) {
        Customer customer = customers.find(id).orElseThrow();
        int current = programme.tier(customer.tier().code()).map(Tier::rank).orElse(0);
        int reached = programme.tiers().stream().filter(t -> t.qualifyingPurchases().compareTo(inWindow) <= 0)
                .map(Tier::rank).max(Comparator.naturalOrder()).orElse(0);
        return reached > current;
    }
}
