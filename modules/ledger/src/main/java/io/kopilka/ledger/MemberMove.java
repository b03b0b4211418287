package io.kopilka.ledger;

/**
 * Everything of a duplicate member moved to the member kept, when two registrations of one person are merged.
 *
 * @param operation  key, network, reason, business time
 * @param fromMember the duplicate, whose balances become zero
 * @param toMember   the member kept, who receives the lots, pending sources and debt
 */
public record MemberMove(Operation operation, long fromMember, long toMember) {
}
