package io.kopilka.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which figures a report shows: business days {@code from} to {@code to} inclusive, and one network or (null) the whole
 * programme.
 */
public record ReportFilter(LocalDate from, LocalDate to, @Nullable String network) {

    public ReportFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** Whether the filter is the whole programme rather than one network. */
    public boolean allNetworks() {
        return network == null;
    }
}
