package io.kopilka.programme;

/** When points expire: {@code months} after they were accrued, or all of them {@code months} after the last purchase. */
public record PointsExpiry(Rule rule, int months) {

    /** The kinds of rule. */
    public enum Rule { MONTHS_AFTER_ACCRUAL, MONTHS_AFTER_LAST_PURCHASE }

    /** A fixed lifetime from accrual (VЁSKA: 6 months). */
    public static PointsExpiry monthsAfterAccrual(int months) {
        return new PointsExpiry(Rule.MONTHS_AFTER_ACCRUAL, months);
    }

    /** All points, this many months after the customer's last purchase (NBCom: 14). */
    public static PointsExpiry monthsAfterLastPurchase(int months) {
        return new PointsExpiry(Rule.MONTHS_AFTER_LAST_PURCHASE, months);
    }
}
