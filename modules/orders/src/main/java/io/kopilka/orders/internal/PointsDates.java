package io.kopilka.orders.internal;

import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.ProgrammePolicies;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** When an order's points become due for settlement and when the lots they become expire, by the programme's policies. */
final class PointsDates {

    /**
     * Lots under the "after the last purchase" rule have no date of their own: the expiry job takes all points of
     * inactive members, so each lot is given a date beyond any horizon.
     */
    static final LocalDateTime NO_OWN_EXPIRY = LocalDateTime.of(2999, 12, 31, 0, 0);

    private PointsDates() {
    }

    /** When points released (or given back) at {@code at} expire. */
    static LocalDateTime expiry(ProgrammePolicies policies, LocalDateTime at) {
        return policies.expiry().rule() == PointsExpiry.Rule.MONTHS_AFTER_ACCRUAL
                ? at.plusMonths(policies.expiry().months())
                : NO_OWN_EXPIRY;
    }

    /** When points of something delivered at {@code deliveredAt} are due, or empty when delivery does not matter. */
    static Optional<LocalDateTime> dueOnDelivery(ProgrammePolicies policies, LocalDateTime deliveredAt) {
        PointsAvailability availability = policies.availability();
        return switch (availability.rule()) {
            case ON_DELIVERY_DAILY -> Optional.of(deliveredAt);
            case ON_DELIVERY_MONTHLY -> Optional.of(nextSettlementDay(deliveredAt, availability.value()));
            case HOURS_AFTER_PURCHASE -> Optional.empty();
        };
    }

    /** When points of a purchase at {@code placedAt} are due regardless of delivery, or empty under a delivery rule. */
    static Optional<LocalDateTime> dueAfterPurchase(ProgrammePolicies policies, LocalDateTime placedAt) {
        PointsAvailability availability = policies.availability();
        return availability.rule() == PointsAvailability.Rule.HOURS_AFTER_PURCHASE
                ? Optional.of(placedAt.plusHours(availability.value()))
                : Optional.empty();
    }

    /** The start of the first settlement day {@code day} on or after the delivery's date. */
    private static LocalDateTime nextSettlementDay(LocalDateTime deliveredAt, int day) {
        LocalDateTime sameMonth = deliveredAt.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(day);
        return deliveredAt.getDayOfMonth() <= day ? sameMonth : sameMonth.plusMonths(1);
    }
}
