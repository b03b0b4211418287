package io.kopilka.reporting;

/** The programme's figures for the report pages, read from the roll-ups only (fast at any size of the programme). */
public interface Reports {

    /** The overview for the period and network of the filter. */
    Overview overview(ReportFilter filter);
}
