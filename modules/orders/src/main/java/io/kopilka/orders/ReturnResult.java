package io.kopilka.orders;

import java.math.BigDecimal;

/**
 * What a return did: the money of the returned units, the points they earned taken back (part of it possibly
 * recorded as debt) and the points spent on them given back.
 */
public record ReturnResult(String returnId, BigDecimal amountReturned, long pointsTakenBack, long pointsGivenBack,
                           long debtRecorded, boolean replayed) {
}
