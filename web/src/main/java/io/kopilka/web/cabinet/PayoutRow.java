package io.kopilka.web.cabinet;

/**
 * A payout request as the customer's list shows it.
 *
 * @param id     the payout's id
 * @param date   when it was requested, as the language writes dates
 * @param points "500 баллов"
 * @param status REQUESTED, PAID or REJECTED, the suffix of its message key
 */
public record PayoutRow(long id, String date, String points, String status) {
}
