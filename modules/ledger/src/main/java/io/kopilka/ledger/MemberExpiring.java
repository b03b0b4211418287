package io.kopilka.ledger;

import java.time.LocalDate;

/**
 * A member's available points that expire within a period: for "points expiring soon" notices.
 *
 * @param memberId  the member
 * @param points    how many points expire within the period
 * @param firstDate the earliest date (UTC) some of them expire
 */
public record MemberExpiring(long memberId, long points, LocalDate firstDate) {
}
