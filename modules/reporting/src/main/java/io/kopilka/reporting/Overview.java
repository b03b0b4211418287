package io.kopilka.reporting;

import java.util.List;

/**
 * The programme overview for a filter: flow figures per month and for the whole period, and the stock figures
 * (members, active accounts, tiers, RFM segments) as of the latest snapshot within the period.
 *
 * @param members        people registered (programme-wide) or, for one network, people who have bought in it
 * @param activeAccounts accounts with a non-zero balance (available plus pending) and a purchase (in the network)
 *                       within the last 14 months
 */
public record Overview(ReportFilter filter, Freshness freshness, List<MonthFigures> months, MonthFigures totals,
                       long members, long activeAccounts, List<TierShare> tiers, List<SegmentFigures> segments) {

    /** Active accounts of all members. */
    public Share activeShare() {
        return new Share(activeAccounts, members);
    }
}
