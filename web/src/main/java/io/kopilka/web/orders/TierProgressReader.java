package io.kopilka.web.orders;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NextTier;
import io.kopilka.orders.Orders;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a person's progress to the next tier: their purchases over the programme's qualification window (from the
 * orders) against the next tier's threshold. Nothing when tiers are reached by purchase count instead of a sum.
 */
@Component
public class TierProgressReader {

    private final Customers customers;
    private final Orders orders;
    private final Programme programme;
    private final OrderTexts texts;
    private final Clock clock;

    TierProgressReader(Customers customers, Orders orders, Programme programme, OrderTexts texts,
                       ObjectProvider<Clock> clock) {
        this.customers = customers;
        this.orders = orders;
        this.programme = programme;
        this.texts = texts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The person's progress, or empty when the programme does not count tiers by a purchase sum. */
    public Optional<TierProgress> of(Customer customer, Locale locale) {
        TierQualification qualification = programme.policies().qualification();
        if (qualification.model() != TierQualification.Model.PURCHASE_SUM_IN_WINDOW) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(qualification.windowMonths());
        BigDecimal bought = orders.purchasesSince(customer.customerId().value(), from).max(BigDecimal.ZERO);
        long value = bought.setScale(0, RoundingMode.DOWN).longValueExact();
        Optional<NextTier> next = customers.progressToNextTier(customer.customerId(), bought);
        String current = customer.tier().name();
        String boughtText = texts.money(bought, locale);
        if (next.isEmpty()) {
            return Optional.of(new TierProgress(current, null, null, boughtText, value, value,
                    qualification.windowMonths()));
        }
        long threshold = programme.tier(next.get().code()).map(Tier::qualifyingPurchases)
                .orElse(bought.add(next.get().remaining())).setScale(0, RoundingMode.UP).longValueExact();
        return Optional.of(new TierProgress(current, next.get().name(), texts.money(next.get().remaining(), locale),
                boughtText, Math.min(value, threshold), threshold, qualification.windowMonths()));
    }
}
