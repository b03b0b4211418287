package io.kopilka.bench.generate;

import java.time.LocalDate;

/**
 * What to generate: the number of people and orders, the last day of the history (orders run over the months before
 * it) and the chunk sizes. Generated rows have ids in fixed ranges far below the application's time-based ids, so
 * they never collide with rows the application writes and a stage can address them by arithmetic.
 *
 * @param customers people (a fiftieth of them are B2B buyers, four per company)
 * @param orders    orders, spread evenly over the people: order o belongs to person 1 + (o − 1) mod customers
 * @param end       the first day after the history (today by default): nothing happens on or after it
 * @param months    how many months before {@code end} the orders start
 * @param chunk     rows per statement (and transaction) for per-person and per-order statements
 */
record Scale(long customers, long orders, LocalDate end, int months, long chunk) {

    static final long CUSTOMER_ID = 1_000_000_000_000L;
    static final long COMPANY_ID = 2_000_000_000_000L;
    static final long ACCOUNT_ID = 3_000_000_000_000L;
    static final long TIER_CHANGE_ID = 4_000_000_000_000L;
    static final long ORDER_ID = 5_000_000_000_000L;
    static final long SETTLEMENT_ID = 5_500_000_000_000L;
    static final long ACCRUAL_ID = 6_000_000_000_000L;
    static final long RELEASE_ID = 6_500_000_000_000L;
    static final long BATCH_RELEASE_ID = 7_000_000_000_000L;
    static final long REDEMPTION_ID = 7_500_000_000_000L;
    static final long VOID_ID = 8_000_000_000_000L;
    static final long GRANT_ID = 8_500_000_000_000L;
    static final long PROMOTION_ID = 9_000_000_000_000L;

    /** Orders per person, rounded up: the k-th order of everyone comes in the k-th slice of the period. */
    long ordersPerCustomer() {
        return (orders + customers - 1) / customers;
    }

    /** Days between a person's consecutive orders (before the jitter). */
    long spacingDays() {
        return Math.max(2, (periodDays() - 12) / ordersPerCustomer());
    }

    LocalDate start() {
        return end.minusMonths(months);
    }

    long periodDays() {
        return end.toEpochDay() - start().toEpochDay();
    }

    /** SQL literal of the start of the period. */
    String startLiteral() {
        return "TIMESTAMP '" + start() + " 00:00:00'";
    }

    /** SQL literal of the end (exclusive). */
    String endLiteral() {
        return "TIMESTAMP '" + end + " 00:00:00'";
    }

    /** Companies: one per 200 people, four buyers each. */
    long companies() {
        return (customers + 199) / 200;
    }
}
