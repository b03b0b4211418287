package io.kopilka.ledger;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A manual correction of a member's available points by staff, with a mandatory comment.
 *
 * @param operation   key, network, reason, business time
 * @param memberId    the member
 * @param points      positive to credit, negative to debit (refused when more than available)
 * @param expiresAt   when a credited lot expires (ignored for a debit)
 * @param staffMember who made it
 * @param comment     why, in the staff member's words
 */
public record Adjustment(Operation operation, long memberId, long points, LocalDateTime expiresAt, String staffMember,
        String comment) {

    /** Validates the amount, the staff member and the comment. */
    public Adjustment {
        if (points == 0) {
            throw new IllegalArgumentException("An adjustment moves some points");
        }
        Objects.requireNonNull(staffMember, "staffMember");
        Objects.requireNonNull(comment, "comment");
        if (staffMember.isBlank() || staffMember.length() > 100) {
            throw new IllegalArgumentException("A staff member is 1..100 characters");
        }
        if (comment.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs a comment");
        }
    }
}
