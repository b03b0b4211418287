package io.kopilka.web.cabinet;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh people for the cabinet tests, so a test that moves points never changes what another test (or the demo
 * data other tests read) sees; and readers of the figures the pages show.
 */
public final class CabinetPeople {

    public static final String PASSWORD = "secret-1";

    private static final Pattern ROW = Pattern.compile("<tr class=\"history-row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern REASON = Pattern.compile("<td class=\"reason\">([^<]*)</td>");
    private static final Pattern POINTS = Pattern.compile("<td class=\"points[^\"]*\">([^<]*)</td>");

    private final Accounts accounts;
    private final Customers customers;
    private final Ledger ledger;

    public CabinetPeople(Accounts accounts, Customers customers, Ledger ledger) {
        this.accounts = accounts;
        this.customers = customers;
        this.ledger = ledger;
    }

    /** A new customer who can sign in with their phone and {@link #PASSWORD}, with no points yet. */
    public Customer newCustomer(String name) {
        return register(name, Role.CUSTOMER);
    }

    /** A new person with the given role and a customer record of their own (no company). */
    public Customer register(String name, Role role) {
        String phone = "+7995" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        accounts.register(new NewAccount(phone, PASSWORD, name, Set.of(role)));
        return customers.register(NewCustomer.withPhone(phone).withNames(name, "Тестов"));
    }

    /** Grants {@code points} as a promotion named {@code promotion} at {@code at}, valid for {@code validDays}. */
    public void grant(Customer customer, long points, String promotion, LocalDateTime at, int validDays) {
        ledger.grant(new Grant(new Operation(UUID.randomUUID().toString(), "gadgets",
                Reason.of("promotion.grant", "promotion", promotion), at), memberId(customer), points,
                at.plusDays(validDays)));
    }

    public static long memberId(Customer customer) {
        return customer.customerId().value();
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    /** The digits of the element with this id, as a number ("1 350" → 1350); fails when there is no such element. */
    public static long figure(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No #" + id + " on the page");
        }
        String digits = matcher.group(1).replaceAll("[^0-9]", "");
        return Long.parseLong(digits);
    }

    /** The reasons of the history rows, in the order shown. */
    public static List<String> reasons(String html) {
        return cells(html, REASON);
    }

    /** The signed points of the history rows, in the order shown. */
    public static List<String> points(String html) {
        return cells(html, POINTS);
    }

    private static List<String> cells(String html, Pattern cell) {
        List<String> found = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher matcher = cell.matcher(row.group(1));
            if (!matcher.find()) {
                throw new AssertionError("A history row without its cell: " + row.group(1));
            }
            found.add(matcher.group(1).strip());
        }
        return found;
    }

    /** The value of a hidden or text input by name. */
    public static String inputValue(HttpResponse<String> page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No input " + name + " on the page");
        }
        return matcher.group(1);
    }
}
