package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * Where a history page ended: the next page starts after this entry (keyset paging, stable under new entries).
 *
 * @param businessTime the last entry's business time
 * @param transferId   its transfer
 * @param lineNo       its line
 */
public record HistoryCursor(LocalDateTime businessTime, long transferId, int lineNo) {

    /** The cursor as one URL-safe token. */
    public String token() {
        return businessTime + "_" + transferId + "_" + lineNo;
    }

    /** The cursor a {@link #token()} stands for. */
    public static HistoryCursor parse(String token) {
        String[] parts = token.split("_");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a history cursor: " + token);
        }
        return new HistoryCursor(LocalDateTime.parse(parts[0]), Long.parseLong(parts[1]),
                Integer.parseInt(parts[2]));
    }
}
