package io.kopilka.web.cabinet;

/**
 * One line of a member's points history as a page shows it, every text already in the person's language.
 *
 * @param date    when, as the language writes dates
 * @param reason  why the points moved, in words
 * @param points  the signed change, "+150" or "−120"
 * @param credit  whether points came in (for the colour; the sign says it in words too)
 * @param account which balance moved: available, pending, reserved for a withdrawal, debt
 * @param network where it happened: the network's name
 */
public record HistoryRow(String date, String reason, String points, boolean credit, String account, String network) {
}
