package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything still pending of a chunk of sources of one network becoming available, for the settlement jobs.
 *
 * @param network      the sources' network
 * @param sourceRefs   the sources; those with nothing pending are skipped, so a repeated chunk changes nothing
 * @param expiresAt    when the new lots expire
 * @param reason       why
 * @param businessTime when
 */
public record BulkRelease(String network, List<String> sourceRefs, LocalDateTime expiresAt, Reason reason,
        LocalDateTime businessTime) {

    /** Validates and copies. */
    public BulkRelease {
        Objects.requireNonNull(network, "network");
        sourceRefs = List.copyOf(sourceRefs);
    }
}
