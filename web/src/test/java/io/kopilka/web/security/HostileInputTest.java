package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.NewStaffAccount;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Ledger;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.orders.OrderFixtures;
import io.kopilka.web.security.FuzzTargets.Kind;
import io.kopilka.web.security.FuzzTargets.Target;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input to every endpoint of the API and every form of the portal (see {@link HostileValues} for the
 * corpus): malformed JSON, values of the wrong type, numbers beyond every type, unicode edge cases, very long text,
 * script and SQL fragments. Whatever arrives, the answer is never a 5xx, a refused request writes nothing (the rows
 * of the tables it could write to are counted before and after) and no page shows the script payloads raw. The
 * generator is seeded ({@code -Dkopilka.fuzz.seed=…} repeats a run, {@code -Dkopilka.fuzz.tries=…} goes deeper).
 */
class HostileInputTest extends PortalIntegrationTest {

    private static final long SEED = Long.getLong("kopilka.fuzz.seed", 20261124L);
    private static final int TRIES = Integer.getInteger("kopilka.fuzz.tries", 20);
    private static final Pattern TOKEN = Pattern.compile("@@([a-zA-Z]+)@@");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    /** Bytes that are not UTF-8 (a lone surrogate, an overlong dot, stray bytes), sent as they are. */
    private static final List<String> RAW_ENCODED = List.of("%ED%A0%80", "%ED%BF%BF", "%C0%AE%C0%AE", "%FF%FE",
            "%C3", "%E2%80%AE%3Cscript%3E");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    private final Map<Principal, Caller> callers = new EnumMap<>(Principal.class);
    private RowCounts counts;
    private FuzzTargets.Ids ids;
    private final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void people() {
        SecurityWorld world = SecurityWorld.of(port, context);
        Accounts accounts = context.getBean(Accounts.class);
        Customers customers = context.getBean(Customers.class);
        Ledger ledger = context.getBean(Ledger.class);
        Orders orders = context.getBean(Orders.class);
        CabinetPeople people = new CabinetPeople(accounts, customers, ledger);
        OrderFixtures fixtures = new OrderFixtures(orders, customers, accounts);
        counts = new RowCounts(dataSource);

        Customer customer = people.newCustomer("Фаина");
        Customer adjusted = people.newCustomer("Фрол");
        Customer companyAdmin = fixtures.newCompanyBuyer();
        Customer companyBuyer = customers.inviteBuyer(companyAdmin.customerId(), phone(), "Феликс", "Фаззов");
        PlacedOrder order = fixtures.place(customer, "gadgets", Channel.POS, "MSK", "Фен", 2, "3000.00", 0, 1);
        callers.put(Principal.ANONYMOUS, Caller.anonymous(Principal.ANONYMOUS, port, null));
        callers.put(Principal.CUSTOMER, Caller.signedIn(Principal.CUSTOMER, port, customer.phone(),
                CabinetPeople.PASSWORD));
        callers.put(Principal.ANOTHER_COMPANY_ADMIN, Caller.signedIn(Principal.ANOTHER_COMPANY_ADMIN, port,
                companyAdmin.phone(), CabinetPeople.PASSWORD));
        for (Principal principal : List.of(Principal.CONSULTANT, Principal.MARKETER, Principal.ADMIN,
                Principal.FINANCE, Principal.GADGETS_KEY, Principal.OPERATOR_KEY)) {
            callers.put(principal, world.caller(principal));
        }
        Matcher payoutKey = FORM_KEY.matcher(callers.get(Principal.CUSTOMER).send("GET", "/cabinet/payouts", null,
                null).body());
        assertThat(payoutKey.find()).as("the payout form's key").isTrue();
        ids = new FuzzTargets.Ids(id(customer), id(people.newCustomer("Фома")), id(adjusted), id(companyBuyer),
                order.externalId(), Long.toString(order.orderId().value()), payoutKey.group(1),
                context.getBean(NotificationTemplates.class).all().get(0).event().name(),
                context.getBean(Programme.class).regions().get(0).code(),
                context.getBean(Programme.class).tiers().get(0).code(),
                context.getBean(Promotions.class).list().stream().findFirst().map(p -> Long.toString(p.id()))
                        .orElse(RouteTable.NO_SUCH_ID),
                Long.toString(context.getBean(ApiKeys.class).issue("Ключ для отзыва", "gadgets", ApiScope.ORDERS,
                        "admin").info().id()),
                Long.toString(accounts.createStaff(new NewStaffAccount("fuzz-" + UUID.randomUUID().toString()
                        .substring(0, 8), "Фаззер", Set.of(Role.CONSULTANT), "initial-pass-1"), "admin").id()));
    }

    /**
     * The fuzzed sign-ins are failures counted per login and per address (127.0.0.1, shared by the whole suite):
     * taken back so that they neither lock the demo people nor the address for the tests that follow.
     */
    @AfterEach
    void forgetTheFuzzedSignIns() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from login_failure");
            statement.executeUpdate("delete from login_lock");
        }
    }

    @Test
    void everyApiEndpointAndEveryPortalFormHasHostileInputSentToIt() {
        Set<String> covered = FuzzTargets.all(ids).stream().map(Target::route).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method -> {
                    String route = method.name() + " " + pattern;
                    if ((pattern.startsWith("/api/") || method.name().equals("POST")) && !covered.contains(route)) {
                        missing.add(route);
                    }
                })));

        assertThat(missing).as("API endpoints and forms without a FuzzTargets entry").isEmpty();
    }

    @Test
    void hostileInputToTheApiIsAProblemNeverAFailureAndChangesNothing() {
        HostileValues values = new HostileValues(SEED);
        int sent = 0;
        for (Target target : FuzzTargets.all(ids)) {
            if (!target.pattern().startsWith("/api/")) {
                continue;
            }
            for (int i = 0; i < TRIES; i++) {
                sent++;
                send(target, values);
            }
        }
        assertThat(wrong).as("Answers to hostile input to the API").isEmpty();
        assertThat(sent).isGreaterThan(250);
    }

    @Test
    void hostileInputToThePortalsFormsIsRefusedNextToTheFieldNeverFailsAndIsNeverShownRaw() {
        HostileValues values = new HostileValues(SEED + 1);
        int sent = 0;
        for (Target target : FuzzTargets.all(ids)) {
            if (target.pattern().startsWith("/api/")) {
                continue;
            }
            for (int i = 0; i < TRIES; i++) {
                sent++;
                send(target, values);
            }
        }
        for (String page : List.of("/backoffice/api-keys", "/backoffice/staff", "/backoffice/audit",
                "/backoffice/request-log", "/backoffice/customers/" + ids.adjustedCustomerId(),
                "/backoffice/orders/" + ids.orderId(), "/backoffice/promotions")) {
            unescaped(page, callers.get(Principal.ADMIN).send("GET", page, null, null));
        }
        for (String page : List.of("/cabinet", "/cabinet/profile", "/cabinet/orders", "/cabinet/history")) {
            unescaped(page, callers.get(Principal.CUSTOMER).send("GET", page, null, null));
        }
        unescaped("/business/buyers", callers.get(Principal.ANOTHER_COMPANY_ADMIN).send("GET", "/business/buyers",
                null, null));
        assertThat(wrong).as("Answers to hostile input to the portal").isEmpty();
        assertThat(sent).isGreaterThan(800);
    }

    /** Sends one hostile variant of the target's request and records what is wrong with the answer. */
    private void send(Target target, HostileValues values) {
        Map<String, String> path = new LinkedHashMap<>(target.pathValues());
        String body = null;
        String query = "";
        String contentType = null;
        String what;
        int choice = values.nextInt(10);
        if (choice == 0 && !path.isEmpty()) {
            String variable = values.pick(new ArrayList<>(path.keySet()));
            String hostile = values.nextInt(3) == 0 ? values.pick(RAW_ENCODED) : Caller.encode(urlSized(values.text()));
            path.put(variable, hostile);
            what = "path {" + variable + "} = " + shortly(hostile);
        } else {
            what = null;
        }
        if (target.kind() == Kind.JSON_BODY) {
            contentType = Caller.JSON;
            Map<String, String> tokens = new LinkedHashMap<>(target.defaults());
            tokens.computeIfPresent("externalId", (k, v) -> "\"FZ-" + UUID.randomUUID() + "\"");
            tokens.computeIfPresent("phone", (k, v) -> v.equals("null") ? v : "\"" + phone() + "\"");
            if (what == null && choice <= 2) {
                body = values.malformed();
                what = "malformed body " + shortly(body);
            } else if (what == null && choice == 3) {
                contentType = values.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x"));
                what = "Content-Type " + contentType;
            } else if (what == null) {
                String token = values.pick(new ArrayList<>(tokens.keySet()));
                tokens.put(token, values.json());
                what = token + " = " + shortly(tokens.get(token));
            }
            if (body == null) {
                body = fill(target.template(), tokens);
                if (choice == 9) {
                    body = "{\"" + values.pick(List.of("__proto__", "constructor", "customerId", "network", "id",
                            "status")) + "\":" + values.json() + "," + body.substring(1);
                    what = what + " and an extra field";
                }
            }
        } else {
            Map<String, String> fields = new LinkedHashMap<>(target.defaults());
            fields.computeIfPresent("phone", (k, v) -> v.startsWith("+7993") ? phone() : v);
            fields.computeIfPresent("login", (k, v) -> "fuzz-" + UUID.randomUUID().toString().substring(0, 8));
            fields.computeIfPresent("idempotencyKey", (k, v) -> v.startsWith("FZ-") ? "FZ-" + UUID.randomUUID() : v);
            String encoded;
            if (what == null && !fields.isEmpty()) {
                String field = choice == 9 ? values.pick(List.of("customerId", "memberId", "roles", "admin",
                        "network", "company", "accountId")) : values.pick(new ArrayList<>(fields.keySet()));
                boolean raw = values.nextInt(5) == 0;
                String hostile = raw ? values.pick(RAW_ENCODED) : values.text();
                if (target.method().equals("GET")) {
                    hostile = raw ? hostile : urlSized(hostile);
                }
                what = field + " = " + shortly(hostile);
                fields.remove(field);
                encoded = Caller.form(fields) + (fields.isEmpty() ? "" : "&") + Caller.encode(field) + "="
                        + (raw ? hostile : Caller.encode(hostile));
            } else {
                encoded = Caller.form(fields);
                what = what == null ? "the defaults" : what;
            }
            if (target.kind() == Kind.QUERY || target.method().equals("GET")) {
                query = encoded.isEmpty() ? "" : "?" + encoded;
            } else {
                body = encoded;
                contentType = Caller.FORM;
            }
        }
        String url = fillPath(target.pattern(), path) + query;
        String[] headers = target.htmx() ? new String[] {"HX-Request", "true"} : new String[0];
        Map<String, Long> before = counts.now();
        HttpResponse<String> response = callers.get(target.principal()).send(target.method(), url, contentType, body,
                headers);
        Map<String, Long> after = counts.now();
        judge(target, what, response, before, after);
    }

    private void judge(Target target, String what, HttpResponse<String> response, Map<String, Long> before,
                       Map<String, Long> after) {
        String request = target.route() + " as " + target.principal() + " with " + what;
        int status = response.statusCode();
        if (status >= 500) {
            wrong.add(request + ": " + status + " " + shortly(response.body()));
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean api = target.pattern().startsWith("/api/");
        if (api && status >= 400 && !what.startsWith("path") && !type.startsWith("application/problem+json")) {
            wrong.add(request + ": " + status + " answered as " + type + " instead of problem details");
        }
        boolean refused = status >= 400 || !api && response.body().contains("aria-invalid=\"true\"");
        if (refused && !before.equals(after)) {
            wrong.add(request + ": refused with " + status + " but wrote " + RowCounts.difference(before, after));
        }
        if (type.startsWith("text/html")) {
            unescaped(request, response);
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (status / 100 == 3 && !location.isEmpty() && !location.endsWith("/login")) {
            String next = URI.create(location).getRawPath();
            unescaped(request + " then " + next, callers.get(target.principal()).send("GET", next, null, null));
        }
    }

    private void unescaped(String request, HttpResponse<String> response) {
        for (String markup : HostileValues.RAW_MARKUP) {
            if (response.body().contains(markup)) {
                wrong.add(request + ": the page shows " + markup + " raw");
            }
        }
        if (response.statusCode() >= 500) {
            wrong.add(request + ": " + response.statusCode());
        }
    }

    private static String fill(String template, Map<String, String> tokens) {
        Matcher token = TOKEN.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(filled, Matcher.quoteReplacement(tokens.get(token.group(1))));
        }
        token.appendTail(filled);
        return filled.toString();
    }

    private static String fillPath(String pattern, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            String encoded = value.contains("%") ? value : Caller.encode(value);
            variable.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Text short enough for a URL (servers refuse request lines of more than a few kilobytes, rightly). */
    private static String urlSized(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) : text;
    }

    private static String shortly(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…(" + text.length() + ")" : oneLine;
    }

    private static String phone() {
        return "+7993" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String id(Customer customer) {
        return Long.toString(customer.customerId().value());
    }
}
