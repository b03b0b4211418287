package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * Where an expiry walk stands, so that its next chunk starts after the last row the previous one looked at instead
 * of from the beginning again: for due lots the last lot in (expiry date, transfer, line) order, for inactive members
 * the last member in (last purchase, member id) order (line 0). Kept by the expiry job in its step's context with each
 * chunk, so a restart continues where the last committed chunk ended.
 *
 * @param time the lot's expiry date or the member's last purchase
 * @param id   the lot's transfer or the member
 * @param line the lot's line, 0 for a member
 */
public record ExpiryCursor(LocalDateTime time, long id, int line) {
}
