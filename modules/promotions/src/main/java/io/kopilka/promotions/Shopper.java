package io.kopilka.promotions;

import io.kopilka.programme.Tier;

/**
 * The identified customer an order is calculated for, with what the rules need to know about them now.
 *
 * @param customerId        the person
 * @param memberId          the points account the order earns to and spends from (the person, or their company)
 * @param tier              the person's tier now
 * @param availablePoints   the account's available points now
 * @param cashbackThisMonth cashback already accrued to the account in the calendar month of the order (net of
 *                          cancellations and returns), for the monthly cap
 */
public record Shopper(long customerId, long memberId, Tier tier, long availablePoints, long cashbackThisMonth) {
}
