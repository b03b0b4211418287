package io.kopilka.batch;

import java.time.LocalDate;

/**
 * Published by the expiry job, once per member and business date, for members with available points expiring within
 * {@link #DAYS} days after the date: what the notifications issue turns into "points expiring soon" messages.
 *
 * @param memberId  the points account (a person, or a company)
 * @param points    points that expire within the period
 * @param firstDate the earliest date some of them expire
 * @param asOf      the business date of the expiry run
 */
public record PointsExpiringSoon(long memberId, long points, LocalDate firstDate, LocalDate asOf) {

    /** How far ahead the notice looks. */
    public static final int DAYS = 14;
}
