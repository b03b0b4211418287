package io.kopilka.orders;

import io.kopilka.promotions.Calculation;

/** A revision's outcome: the new calculation and the difference in cashback posted (negative when less). */
public record RevisionResult(String revisionId, OrderStatus status, Calculation calculation, long cashbackDifference,
                             boolean replayed) {
}
