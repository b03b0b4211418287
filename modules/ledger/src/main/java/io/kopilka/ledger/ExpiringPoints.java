package io.kopilka.ledger;

import java.time.LocalDate;

/**
 * Available points that expire on one date.
 *
 * @param date   the date (UTC) they expire on
 * @param points how many
 */
public record ExpiringPoints(LocalDate date, long points) {
}
