package io.kopilka.orders;

import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as an integration sends it to be calculated or placed.
 *
 * @param externalId the client's id, at most 64 characters, unique within the network
 * @param customer   the customer, or {@code null} for an anonymous purchase
 * @param channel    where it is placed
 * @param region     a region code of the programme
 * @param store      the shop, if the client names it
 * @param placedAt   when it was placed; the business time of its postings, so a retry must send the same
 * @param lines      the lines, each line id once
 * @param payments   how it is paid; a POINTS payment asks to redeem that many points
 */
public record OrderRequest(String externalId, @Nullable CustomerRef customer, Channel channel, String region,
                           @Nullable String store, OffsetDateTime placedAt, List<BasketLine> lines,
                           List<Payment> payments) {

    /** Copies the lists. */
    public OrderRequest {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
