package io.kopilka.customers;

import java.time.LocalDate;

/**
 * A person's RFM scores (1–5, 0 when there was no purchase to score) and segment as of a business date.
 *
 * @param segment   the named segment
 * @param recency   5 = bought within 30 days … 1 = more than a year ago
 * @param frequency 5 = 10+ purchases in the window … 1 = one
 * @param monetary  5 = 150 000 RUB+ in the window … 1 = less than 5 000
 * @param asOf      the business date the scores were computed for
 */
public record RfmScore(Segment segment, int recency, int frequency, int monetary, LocalDate asOf) {
}
