package io.kopilka.promotions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a promotion achieved so far.
 *
 * @param pointsGiven     extra cashback plus bonus and granted points
 * @param pointsGranted   of those, the bonus and granted points (lots of their own, traced until spent)
 * @param pointsRedeemed  of the granted points, those already spent (extra cashback is not traced once released)
 * @param discount        roubles taken off orders
 * @param orders          orders it changed
 * @param ordersSum       their totals
 * @param customersReached customers it changed an order of or gave points to
 * @param days            the same figures per day, oldest first
 */
public record PromotionResults(long pointsGiven, long pointsGranted, long pointsRedeemed, BigDecimal discount, long orders,
                               BigDecimal ordersSum, long customersReached, List<Day> days) {

    /** Copies the days. */
    public PromotionResults {
        days = List.copyOf(days);
    }

    /** Share of the granted points redeemed, 0..1, or 0 when none were granted. */
    public double redeemedShare() {
        return pointsGranted == 0 ? 0 : (double) pointsRedeemed / pointsGranted;
    }

    /** One day's figures. */
    public record Day(LocalDate date, long points, BigDecimal discount, long orders, BigDecimal ordersSum) {
    }
}
