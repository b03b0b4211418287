package io.kopilka.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Fills the roll-up tables the reports read, for business dates: set-based statements per range of days; filling a
 * day again replaces its rows, so every step can be repeated.
 */
public interface ReportRollUp {

    /**
     * The first day a run for {@code asOf} must fill: the first day never filled since the programme's first activity,
     * but no later than the day before {@code asOf} (late postings of yesterday are taken in again); empty when there
     * is no activity at all up to {@code asOf}.
     */
    Optional<LocalDate> firstDayToFill(LocalDate asOf);

    /** Replaces the daily figures of the days {@code from} to {@code to} inclusive; returns the number of days. */
    int fillDays(LocalDate from, LocalDate to);

    /** Replaces the snapshot figures (members, active accounts, tiers, segments) as of the end of {@code asOf}. */
    void snapshot(LocalDate asOf);
}
