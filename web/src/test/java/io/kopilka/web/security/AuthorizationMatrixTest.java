package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.security.RouteTable.Owned;
import io.kopilka.web.security.RouteTable.Route;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix, generated from the application's own request mappings: every route must have a row in
 * {@link RouteTable} (and every row a route), and every principal must reach exactly the routes its row allows —
 * refused API calls answer 401/403, refused pages send a visitor to the sign-in page and a signed-in person to 403.
 * Path variables name the caller's own objects; then every caller allowed on a route asks for its rival's objects.
 */
class AuthorizationMatrixTest extends PortalIntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApplicationContext context;

    private SecurityWorld world;

    @BeforeEach
    void world() {
        world = SecurityWorld.of(port, context);
    }

    /** The routes Spring MVC maps, by {@code "METHOD /pattern"}, with whether every handler of it is htmx-only. */
    private Map<String, Boolean> mappedRoutes() {
        Map<String, Boolean> routes = new TreeMap<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            for (String method : methods) {
                for (String pattern : info.getPatternValues()) {
                    routes.merge(method + " " + pattern, htmxOnly(info), Boolean::logicalAnd);
                }
            }
        });
        return routes;
    }

    private static boolean htmxOnly(RequestMappingInfo info) {
        return info.getCustomCondition() != null && info.getCustomCondition().toString().contains("[HX-Request]");
    }

    @Test
    void everyRouteTheApplicationMapsHasARowInTheMatrix() {
        Set<String> missing = new TreeSet<>(mappedRoutes().keySet());
        missing.removeAll(RouteTable.ROUTES.keySet());

        assertThat(missing).as("Routes the application maps but RouteTable does not list — add a row saying who may "
                + "reach each").isEmpty();
    }

    @Test
    void everyRowOfTheMatrixIsARouteTheApplicationMaps() {
        Set<String> stale = new TreeSet<>(RouteTable.ROUTES.keySet());
        stale.removeAll(mappedRoutes().keySet());

        assertThat(stale).as("Rows of RouteTable that name no route of the application").isEmpty();
    }

    @Test
    void everyPrincipalReachesExactlyTheRoutesItsRowAllows() {
        Map<String, Boolean> mapped = mappedRoutes();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Route route : RouteTable.ROUTES.values()) {
            if (!mapped.containsKey(route.key())) {
                continue; // reported by the test above
            }
            boolean htmx = mapped.get(route.key());
            for (Principal principal : Principal.values()) {
                HttpResponse<String> response = send(route, principal, principal, htmx, false);
                requests++;
                boolean allowed = route.allowed().contains(principal);
                String verdict = allowed ? reachedProblem(route, response) : refusalProblem(route, principal, response);
                if (verdict != null) {
                    wrong.add(route.key() + " as " + principal + " (" + path(route, principal, principal) + "): "
                            + verdict);
                }
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(wrong).as("Routes whose answer does not match the matrix").isEmpty();
    }

    @Test
    void nobodyReachesTheOrdersOrBuyersOfAnotherCustomerCompanyOrNetworkByChangingTheIdInThePath() {
        Map<String, Boolean> mapped = mappedRoutes();
        Map<Principal, String> before = networkOrders();
        List<String> wrong = new ArrayList<>();
        for (Route route : RouteTable.ROUTES.values()) {
            if (route.owned() == Owned.NOTHING) {
                continue;
            }
            for (Principal principal : route.allowed()) {
                Principal rival = principal.rival();
                HttpResponse<String> response = send(route, principal, rival, mapped.get(route.key()), true);
                if (response.statusCode() != route.foreignStatus()) {
                    wrong.add(route.key() + " as " + principal + " for " + rival + "'s " + path(route, principal, rival)
                            + ": expected " + route.foreignStatus() + ", got " + response.statusCode());
                }
                String goods = world.ownGoods.get(rival);
                if (route.owned() != Owned.COMPANY_BUYER && response.body().contains(goods)) {
                    wrong.add(route.key() + " as " + principal + " shows " + rival + "'s order of " + goods);
                }
            }
        }
        assertThat(wrong).as("Other people's, companies' or networks' objects reached").isEmpty();
        assertThat(networkOrders()).as("every network's order as its own key sees it, unchanged").isEqualTo(before);
    }

    @Test
    void placingAnOrderWithAnotherNetworksExternalIdMakesAnOrderOfOnesOwnAndLeavesTheirsAlone() {
        String theirs = world.ownOrder.get(Principal.GADGETS_KEY);
        String before = world.caller(Principal.GADGETS_KEY).send("GET", "/api/v1/orders/" + theirs, null, null).body();
        String order = """
                {"externalId":"%s","customer":{"customerId":%d},"channel":"POS","region":"MSK","store":"Ленина 1",
                 "placedAt":"2026-03-10T12:00:00+03:00","lines":[{"lineId":"1","sku":"SKU-X","name":"Утюг",
                 "quantity":1,"unitPrice":7000.00}],"payments":[]}""".formatted(theirs,
                world.anotherCustomer.customerId().value());

        HttpResponse<String> placed = world.caller(Principal.HOME_KEY).send("POST", "/api/v1/orders", Caller.JSON, order);

        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(world.caller(Principal.HOME_KEY).send("GET", "/api/v1/orders/" + theirs, null, null).body())
                .contains("Утюг");
        assertThat(world.caller(Principal.GADGETS_KEY).send("GET", "/api/v1/orders/" + theirs, null, null).body())
                .isEqualTo(before).doesNotContain("Утюг");
    }

    @Test
    void aBuyerSeesNeitherTheOrdersNorTheBuyersOfAnotherCompany() {
        String ours = world.caller(Principal.BUYER).send("GET", "/business/orders", null, null).body()
                + world.caller(Principal.BUYER).send("GET", "/business/buyers", null, null).body();
        String theirs = world.caller(Principal.ANOTHER_COMPANY_ADMIN).send("GET", "/business/buyers", null, null).body();

        assertThat(ours).doesNotContain("Картон", "Ян Закупкин");
        assertThat(theirs).contains("Ян").doesNotContain("Елена", "Морозова", "Дмитрий");
    }

    private Map<Principal, String> networkOrders() {
        Map<Principal, String> bodies = new EnumMap<>(Principal.class);
        for (Principal key : Principal.ORDER_KEYS) {
            bodies.put(key, world.caller(key).send("GET", "/api/v1/orders/" + world.ownOrder.get(key), null, null)
                    .body());
        }
        return bodies;
    }

    /** Sends the route's request as {@code principal}, naming the objects of {@code owner}. */
    private HttpResponse<String> send(Route route, Principal principal, Principal owner, boolean htmx,
                                      boolean validBody) {
        String method = route.method().equals("*") ? "GET" : route.method();
        String body = validBody && route.foreignBody() != null ? route.foreignBody() : route.body();
        String contentType = null;
        if (method.equals("POST")) {
            contentType = route.api() ? Caller.JSON : Caller.FORM;
            body = body != null ? body : route.api() ? "{}" : "";
        }
        String[] headers = htmx ? new String[] {"HX-Request", "true"} : new String[0];
        return world.caller(principal).send(method, path(route, principal, owner), contentType, body, headers);
    }

    /** The route's path with each variable filled: owned objects of {@code owner}, else the staff's values. */
    private String path(Route route, Principal principal, Principal owner) {
        Matcher variable = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value;
            if (route.owned() != Owned.NOTHING && name.equals(ownedVariable(route.owned()))) {
                value = object(route.owned(), owns(route.owned(), owner) ? owner : defaultOwner(route.owned()));
            } else {
                String named = route.values().getOrDefault(name, name);
                value = route.values().containsKey(name) && !world.staffValues.containsKey(named) ? named
                        : world.staffValues.get(named);
            }
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} of " + route.key());
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(Caller.encode(value)));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private String object(Owned owned, Principal owner) {
        return owned == Owned.COMPANY_BUYER ? Long.toString(world.ownBuyer.get(owner)) : world.ownOrder.get(owner);
    }

    private static String ownedVariable(Owned owned) {
        return switch (owned) {
            case PERSONAL_ORDER, COMPANY_ORDER -> "orderId";
            case COMPANY_BUYER -> "customerId";
            case NETWORK_ORDER -> "externalId";
            case NOTHING -> "";
        };
    }

    private static boolean owns(Owned owned, Principal principal) {
        return switch (owned) {
            case PERSONAL_ORDER -> Principal.CUSTOMERS.contains(principal);
            case COMPANY_ORDER, COMPANY_BUYER -> Principal.BUYERS.contains(principal);
            case NETWORK_ORDER -> Principal.ORDER_KEYS.contains(principal);
            case NOTHING -> false;
        };
    }

    private static Principal defaultOwner(Owned owned) {
        return switch (owned) {
            case PERSONAL_ORDER -> Principal.CUSTOMER;
            case COMPANY_ORDER, COMPANY_BUYER -> Principal.BUYER;
            default -> Principal.GADGETS_KEY;
        };
    }

    /** Null when the answer shows the request got past security (and did not break); else what is wrong. */
    private static String reachedProblem(Route route, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403 || toSignIn(response) || response.headers().firstValue("HX-Refresh").isPresent()) {
            return "expected to be let in, refused with " + status + " " + location(response);
        }
        if (status >= 500 && !route.pattern().equals("/error")) {
            return "let in but failed with " + status;
        }
        return null;
    }

    /** Null when the answer is the refusal this principal should get here; else what it got. */
    private static String refusalProblem(Route route, Principal principal, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean refused;
        String expected;
        if (route.api()) {
            refused = status == 401 || status == 403;
            expected = "401 or 403";
        } else if (principal.signedIn()) {
            refused = status == 403;
            expected = "403";
        } else {
            refused = toSignIn(response) || response.headers().firstValue("HX-Refresh").isPresent();
            expected = "a redirect to /login";
        }
        return refused ? null : "expected " + expected + ", got " + status + " " + location(response);
    }

    private static boolean toSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && location(response).endsWith("/login");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
