package io.kopilka.ledger;

import java.time.LocalDateTime;

/** A member's request to withdraw points as money: its id, points, network, when it was asked and where it stands. */
public record Payout(long payoutId, long memberId, String network, long points, LocalDateTime requestedAt,
        PayoutStatus status) {
}
