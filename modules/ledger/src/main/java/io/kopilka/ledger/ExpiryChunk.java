package io.kopilka.ledger;

import org.jspecify.annotations.Nullable;

/**
 * What one chunk of an expiry walk did and where the next one starts.
 *
 * @param expired the members whose points expired and the points
 * @param next    the position after the rows this chunk looked at; {@code null} when it found none, the walk is done
 */
public record ExpiryChunk(BulkResult expired, @Nullable ExpiryCursor next) {

    /** Whether the walk has more to look at. */
    public boolean more() {
        return next != null;
    }
}
