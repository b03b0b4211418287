package io.kopilka.promotions;

import io.kopilka.programme.Tier;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The identified customer an order is calculated for, with what the rules need to know about them now.
 *
 * @param customerId        the person
 * @param memberId          the points account the order earns to and spends from (the person, or their company)
 * @param tier              the person's tier now
 * @param availablePoints   the account's available points now
 * @param cashbackThisMonth cashback already accrued to the account in the calendar month of the order (net of
 *                          cancellations and returns), for the monthly cap
 * @param birthDate         the person's birth date if they gave one, for birthday promotions
 * @param orderRef          {@code network:externalId} of the stored order being calculated (placed or revised), or
 *                          null for a quote; a personal promotion this very order took is not "used" for it
 */
public record Shopper(long customerId, long memberId, Tier tier, long availablePoints, long cashbackThisMonth,
                      @Nullable LocalDate birthDate, @Nullable String orderRef) {

    /** A shopper whose birth date is not known, for a quote. */
    public Shopper(long customerId, long memberId, Tier tier, long availablePoints, long cashbackThisMonth) {
        this(customerId, memberId, tier, availablePoints, cashbackThisMonth, null, null);
    }

    /** The reference of a stored order as {@link #orderRef} takes it. */
    public static String orderRef(String network, String externalId) {
        return network + ":" + externalId;
    }
}
