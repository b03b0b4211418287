package io.kopilka.ledger;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of a member's history: a movement on one of the member's accounts.
 *
 * @param transferId   the transfer
 * @param lineNo       the line within the transfer
 * @param kind         the kind of operation
 * @param account      the member's account moved (pending, available, reserved, debt)
 * @param points       signed change of that account
 * @param network      where it happened
 * @param reason       why, for the message bundles
 * @param businessTime when
 * @param sourceRef    the source, when the operation had one
 * @param sourceLines  the source's lines concerned, comma-separated, when given
 */
public record HistoryEntry(long transferId, int lineNo, TransferKind kind, Account account, long points,
        String network, Reason reason, LocalDateTime businessTime, @Nullable String sourceRef,
        @Nullable String sourceLines) {

    /** The cursor that continues the history after this entry. */
    public HistoryCursor cursor() {
        return new HistoryCursor(businessTime, transferId, lineNo);
    }
}
