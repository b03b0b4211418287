package io.kopilka.web.cabinet;

import io.kopilka.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads a member's balances from the ledger, with the points expiring within the next 30 days, for a page. */
@Component
public class BalancesReader {

    /** How far ahead "expiring soon" looks. */
    public static final int EXPIRING_DAYS = 30;

    private final Ledger ledger;
    private final PointsFormat format;
    private final Clock clock;

    BalancesReader(Ledger ledger, PointsFormat format, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.format = format;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The member's balances in the person's language. */
    public BalancesView of(long memberId, Locale locale) {
        // the ledger keeps business time in UTC, so "within 30 days" is measured in UTC too
        LocalDateTime until = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusDays(EXPIRING_DAYS);
        io.kopilka.ledger.Balances balances = ledger.balances(memberId, until);
        return new BalancesView(figure(balances.available(), locale), figure(balances.pending(), locale),
                nonZero(balances.reserved(), locale), nonZero(balances.debt(), locale),
                balances.expiring().stream().map(points -> format.expiring(points, locale)).toList(), EXPIRING_DAYS);
    }

    private BalancesView.Figure figure(long points, Locale locale) {
        return new BalancesView.Figure(points, format.number(points, locale), format.unit(points, locale));
    }

    private BalancesView.@Nullable Figure nonZero(long points, Locale locale) {
        return points == 0 ? null : figure(points, locale);
    }
}
