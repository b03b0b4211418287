package io.kopilka.ledger.internal;

/** A member's balances as read under the member's row lock. */
record MemberState(long memberId, long pending, long available, long reserved, long debt) {
}
