package io.kopilka.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An RFM segment as of the snapshot date: its people (with the network filter: those who have bought in the network)
 * and their lifetime revenue net of returns (in the network); CLTV is the revenue per person.
 */
public record SegmentFigures(String segment, long customers, Share share, BigDecimal revenue) {

    /** Lifetime revenue per person of the segment, in roubles with kopecks; zero for an empty segment. */
    public BigDecimal cltv() {
        return customers == 0 ? BigDecimal.ZERO.setScale(2)
                : revenue.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
    }
}
