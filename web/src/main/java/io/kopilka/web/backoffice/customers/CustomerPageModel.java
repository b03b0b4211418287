package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.TierChange;
import io.kopilka.ledger.HistoryCursor;
import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.HistoryPage;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.OrderSource;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.web.layout.NotFoundPage;
import io.kopilka.web.points.PointsTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Fills the model of the customer page and its fragments, shared by the page, the adjustment form's answers and the
 * company page (balances and history belong to any ledger member).
 */
@Component
class CustomerPageModel {

    static final int HISTORY_PAGE_SIZE = 20;

    /** Balances show the points expiring within this many days. */
    static final int EXPIRING_WITHIN_DAYS = 30;

    private final Customers customers;
    private final Ledger ledger;
    private final Programme programme;
    private final PointsTexts texts;
    private final MessageSource messages;

    CustomerPageModel(Customers customers, Ledger ledger, Programme programme, PointsTexts texts,
                      MessageSource messages) {
        this.customers = customers;
        this.ledger = ledger;
        this.programme = programme;
        this.texts = texts;
        this.messages = messages;
    }

    /** The customer the path names; an id that is not a number or names no one is a 404, as a mistyped address is. */
    Customer customer(String customerId) {
        long id;
        try {
            id = Long.parseLong(customerId);
        } catch (NumberFormatException e) {
            throw new UnknownCustomerException();
        }
        return customers.find(new CustomerId(id)).orElseThrow(UnknownCustomerException::new);
    }

    /** The portal's 404 page, which the API-style problem details would otherwise replace for a person's browser. */
    static ModelAndView notFoundPage(HttpServletRequest request) {
        return NotFoundPage.of(request);
    }

    /** The path names no customer (or no company). */
    static final class UnknownCustomerException extends RuntimeException {

        UnknownCustomerException() {
            super(null, null, false, false);
        }
    }

    /** The cursor a "show more" link carries; a damaged one is the client's mistake. */
    static HistoryCursor cursor(String token) {
        try {
            return HistoryCursor.parse(token);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    void profile(Customer customer, Locale locale, Model model) {
        Map<String, String> tierNames = programme.tiers().stream().collect(Collectors.toMap(Tier::code, Tier::name));
        List<TierRow> tiers = customers.tierHistory(customer.customerId()).stream()
                .map(change -> tierRow(change, tierNames, locale))
                .toList();
        model.addAttribute("customer", customer);
        model.addAttribute("customerName", displayName(customer));
        model.addAttribute("tierHistory", tiers);
    }

    void balances(Customer customer, Model model) {
        balances(customer.customerId().value(), model);
    }

    /** The balances of a ledger member: a person, or a company (its id is its member id). */
    void balances(long memberId, Model model) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        model.addAttribute("balances", ledger.balances(memberId, now.plusDays(EXPIRING_WITHIN_DAYS)));
        model.addAttribute("expiringWithinDays", EXPIRING_WITHIN_DAYS);
    }

    void history(Customer customer, @Nullable HistoryCursor after, Locale locale, Model model) {
        history(customer.customerId().value(), "/backoffice/customers/" + customer.customerId().value(), after,
                locale, model);
    }

    /**
     * A page of a ledger member's points history, newest first; {@code pagePath} is the page that shows it, which the
     * "show more" and "back to the newest" links lead to.
     */
    void history(long memberId, String pagePath, @Nullable HistoryCursor after, Locale locale, Model model) {
        HistoryPage page = ledger.history(memberId, after, HISTORY_PAGE_SIZE);
        Map<String, String> networks = programme.networks().stream()
                .collect(Collectors.toMap(Network::code, Network::name));
        Function<HistoryEntry, HistoryRow> row = entry -> new HistoryRow(entry.businessTime(),
                texts.reason(entry, locale), texts.account(entry, locale), entry.points(),
                networks.getOrDefault(entry.network(), messages.getMessage("customer.network." + entry.network(),
                        null, entry.network(), locale)),
                source(entry, locale));
        model.addAttribute("history", page.entries().stream().map(row).toList());
        model.addAttribute("historyNext", page.next() == null ? null : page.next().token());
        model.addAttribute("historyFromNewest", after == null);
        model.addAttribute("historyPath", pagePath);
    }

    /** Surname and first name as staff read them in lists, or the phone when the person gave no name. */
    static String displayName(Customer customer) {
        String name = ((customer.lastName() == null ? "" : customer.lastName()) + " "
                + (customer.firstName() == null ? "" : customer.firstName())).strip();
        return name.isEmpty() ? customer.phone() : name;
    }

    /** Names what an entry came from: the staff member of an adjustment, a promotion, a payout or an order. */
    private @Nullable String source(HistoryEntry entry, Locale locale) {
        Map<String, String> params = entry.reason().params();
        if (params.containsKey("staff")) {
            return messages.getMessage("customer.source.staff", new Object[] {params.get("staff")}, locale);
        }
        if (params.containsKey("promotion")) {
            return messages.getMessage("customer.source.promotion", new Object[] {params.get("promotion")}, locale);
        }
        String ref = entry.sourceRef();
        if (ref != null && ref.startsWith("payout:")) {
            return messages.getMessage("customer.source.payout", new Object[] {ref.substring("payout:".length())},
                    locale);
        }
        String order = ref != null ? OrderSource.externalIdOf(ref).orElse(ref) : params.get("order");
        if (order != null) {
            String lines = entry.sourceLines() == null ? "" : " (" + entry.sourceLines() + ")";
            return messages.getMessage("customer.source.order", new Object[] {order + lines}, locale);
        }
        return null;
    }

    private TierRow tierRow(TierChange change, Map<String, String> tierNames, Locale locale) {
        return new TierRow(change.at(),
                change.fromTier() == null ? null : tierNames.getOrDefault(change.fromTier(), change.fromTier()),
                tierNames.getOrDefault(change.toTier(), change.toTier()),
                messages.getMessage("customer.tiers.reason." + change.reason(), null, change.reason(), locale));
    }
}
