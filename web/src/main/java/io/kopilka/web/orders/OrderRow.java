package io.kopilka.web.orders;

import io.kopilka.orders.PointsState;

/**
 * An order as a list shows it.
 *
 * @param orderId    the programme's id, for the link to the order's page
 * @param externalId the shop's order number
 * @param date       when it was placed
 * @param network    where, by name
 * @param status     its status in words
 * @param total      what it cost
 * @param earned     points it earned ("+150", "—")
 * @param spent      points spent on it ("−300", "—")
 * @param state      where its points are, for the badge's colour
 * @param stateText  the same in plain words, with the reason when there are none
 */
public record OrderRow(long orderId, String externalId, String date, String network, String status, String total,
                       String earned, String spent, PointsState state, String stateText) {

    /** The badge's CSS class, e.g. {@code state-partly-available}. */
    public String stateClass() {
        return "state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
