package io.kopilka.programme;

/**
 * When pending points become available: on delivery, settled daily or monthly on {@code value} (day 1–28), or
 * {@code value} hours after the purchase.
 */
public record PointsAvailability(Rule rule, int value) {

    /** The kinds of rule. */
    public enum Rule { ON_DELIVERY_DAILY, ON_DELIVERY_MONTHLY, HOURS_AFTER_PURCHASE }

    /** On delivery, by the daily settlement run. */
    public static PointsAvailability onDeliverySettledDaily() {
        return new PointsAvailability(Rule.ON_DELIVERY_DAILY, 0);
    }

    /** On delivery, by the monthly settlement run on {@code day} (MAY24: the 11th). */
    public static PointsAvailability onDeliverySettledMonthlyOn(int day) {
        return new PointsAvailability(Rule.ON_DELIVERY_MONTHLY, day);
    }

    /** {@code hours} after the purchase (VЁSKA: 24). */
    public static PointsAvailability hoursAfterPurchase(int hours) {
        return new PointsAvailability(Rule.HOURS_AFTER_PURCHASE, hours);
    }
}
