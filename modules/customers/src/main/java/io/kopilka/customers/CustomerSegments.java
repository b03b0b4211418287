package io.kopilka.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFM scores and named segments per person, recomputed by the rfm job for a business date and used by audiences and
 * reports. Scores use fixed thresholds (not quintiles), so a chunk of people is scored without looking at the rest:
 * recency by days since the last purchase (≤30, ≤90, ≤180, ≤365, older), frequency by purchases in the window (10+,
 * 5+, 3+, 2, 1), monetary by net money in the window (150 000, 50 000, 15 000, 5 000 RUB, less).
 */
public interface CustomerSegments {

    /** The RFM window in months: purchases within it count for frequency and money. */
    int WINDOW_MONTHS = 12;

    /** Scores the people as of the date and replaces their stored scores and segments (two statements for the chunk); returns how many. */
    int record(LocalDate asOf, List<RfmFigures> figures);

    /** The person's latest scores and segment, if the rfm job has scored them. */
    Optional<RfmScore> segmentOf(CustomerId id);

    /** How many people each segment has (every segment, zero when empty). */
    Map<Segment, Long> segmentSizes();

    /** The scores the rules give (no storage): for the job, tests and explanations. */
    RfmScore score(LocalDate asOf, LocalDate registeredOn, RfmFigures figures);
}
