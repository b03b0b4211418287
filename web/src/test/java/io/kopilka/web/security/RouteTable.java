package io.kopilka.web.security;

import static io.kopilka.web.security.Principal.ADMIN;
import static io.kopilka.web.security.Principal.ANOTHER_COMPANY_ADMIN;
import static io.kopilka.web.security.Principal.BUYERS;
import static io.kopilka.web.security.Principal.CONSULTANT;
import static io.kopilka.web.security.Principal.CUSTOMERS;
import static io.kopilka.web.security.Principal.EVERYONE;
import static io.kopilka.web.security.Principal.FINANCE;
import static io.kopilka.web.security.Principal.KEYS;
import static io.kopilka.web.security.Principal.MARKETER;
import static io.kopilka.web.security.Principal.OPERATOR_KEY;
import static io.kopilka.web.security.Principal.ORDER_KEYS;
import static io.kopilka.web.security.Principal.PEOPLE;
import static io.kopilka.web.security.Principal.STAFF;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The authorization matrix as it is meant to be: every route of the application (HTTP method and path pattern, as
 * Spring MVC maps it) with the principals that may reach it, what its path variables are filled with and what a
 * request to it carries. Everyone not listed must be refused. {@link AuthorizationMatrixTest} checks this table
 * against the application's own mappings both ways, then every route for every principal.
 */
final class RouteTable {

    /** Whose objects a route's path variables name, so each principal asks for its own (and then for its rival's). */
    enum Owned {
        NOTHING, PERSONAL_ORDER, COMPANY_ORDER, COMPANY_BUYER, NETWORK_ORDER
    }

    /** One route: who may reach it, and how to call it. */
    record Route(String key, Set<Principal> allowed, Owned owned, Map<String, String> values,
                 @Nullable String body, @Nullable String foreignBody, int foreignStatus) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        String pattern() {
            return key.substring(key.indexOf(' ') + 1);
        }

        boolean api() {
            return pattern().startsWith("/api/");
        }

        Route values(String... pairs) {
            Map<String, String> all = new LinkedHashMap<>(values);
            for (int i = 0; i < pairs.length; i += 2) {
                all.put(pairs[i], pairs[i + 1]);
            }
            return new Route(key, allowed, owned, all, body, foreignBody, foreignStatus);
        }

        Route body(String sent) {
            return new Route(key, allowed, owned, values, sent, foreignBody, foreignStatus);
        }

        /** The route names objects of the caller's own; a rival's object answers {@code status} to a valid body. */
        Route owned(Owned kind, @Nullable String validBody, int status) {
            return new Route(key, allowed, kind, values, body, validBody, status);
        }
    }

    private static final Set<Principal> CONSULTANT_ADMIN_FINANCE = EnumSet.of(CONSULTANT, ADMIN, FINANCE);
    private static final Set<Principal> MARKETING = EnumSet.of(MARKETER, ADMIN);
    private static final Set<Principal> JOBS = EnumSet.of(ADMIN, FINANCE);
    private static final String AT = "\"at\":\"2026-03-11T10:00:00Z\"";
    private static final String LINE = "{\"lineId\":\"1\",\"sku\":\"SKU-1\",\"name\":\"Товар\",\"quantity\":1,"
            + "\"unitPrice\":3000.00}";
    /** An id no promotion, job run or message has: routes that would change shared demo state get it. */
    static final String NO_SUCH_ID = "987654321987";

    private RouteTable() {
    }

    private static Route route(String key, Set<Principal> allowed) {
        return new Route(key, allowed, Owned.NOTHING, Map.of(), null, null, 0);
    }

    private static Set<Principal> only(Principal principal) {
        return EnumSet.of(principal);
    }

    /** Every route of the application, by {@code "METHOD /pattern"} ({@code *} for a route of any method). */
    static final Map<String, Route> ROUTES = index(
            // public pages and documents
            route("* /error", EVERYONE),
            route("GET /login", EVERYONE),
            route("GET /signup", EVERYONE),
            route("POST /signup", EVERYONE),
            route("GET /n/o/{receipt}.png", EVERYONE),
            route("GET /v3/api-docs", EVERYONE),
            route("GET /v3/api-docs.yaml", EVERYONE),
            route("GET /v3/api-docs/swagger-config", EVERYONE),
            route("GET /swagger-ui.html", STAFF),
            // every signed-in person
            route("GET /", PEOPLE),
            route("GET /account/password", PEOPLE),
            route("POST /account/password", PEOPLE),
            // the customer's cabinet
            route("GET /cabinet", CUSTOMERS),
            route("GET /cabinet/card/barcode.png", CUSTOMERS),
            route("GET /cabinet/card/qr.png", CUSTOMERS),
            route("GET /cabinet/history", CUSTOMERS),
            route("GET /cabinet/offers", CUSTOMERS),
            route("GET /cabinet/orders", CUSTOMERS),
            route("GET /cabinet/orders/{orderId}", CUSTOMERS).owned(Owned.PERSONAL_ORDER, null, 404),
            route("GET /cabinet/payouts", CUSTOMERS),
            route("POST /cabinet/payouts", CUSTOMERS),
            route("GET /cabinet/profile", CUSTOMERS),
            route("POST /cabinet/profile", CUSTOMERS),
            // the company cabinet
            route("GET /business", BUYERS),
            route("GET /business/orders", BUYERS),
            route("GET /business/orders/{orderId}", BUYERS).owned(Owned.COMPANY_ORDER, null, 404),
            route("GET /business/buyers", BUYERS),
            route("POST /business/buyers", only(ANOTHER_COMPANY_ADMIN)),
            route("POST /business/buyers/{customerId}/enabled", only(ANOTHER_COMPANY_ADMIN)).body("enabled=true")
                    .owned(Owned.COMPANY_BUYER, "enabled=true", 403),
            // the back office
            route("GET /backoffice", STAFF),
            route("GET /backoffice/status", STAFF),
            route("GET /backoffice/programme", STAFF),
            route("GET /backoffice/customers", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/customers/{customerId}", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/customers/{customerId}/messages", CONSULTANT_ADMIN_FINANCE),
            route("POST /backoffice/customers/{customerId}/messages/language", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/customers/{customerId}/offer", EnumSet.of(CONSULTANT, ADMIN)),
            route("GET /backoffice/customers/{customerId}/offer/rows", EnumSet.of(CONSULTANT, ADMIN)),
            route("POST /backoffice/customers/{customerId}/adjustments", only(ADMIN)),
            route("GET /backoffice/customers/{customerId}/merge", only(ADMIN)),
            route("POST /backoffice/customers/{customerId}/merge", only(ADMIN)),
            route("GET /backoffice/companies", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/companies/{companyId}", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/orders", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/orders/{orderId}", CONSULTANT_ADMIN_FINANCE),
            route("GET /backoffice/request-log", EnumSet.of(CONSULTANT, ADMIN)),
            route("GET /backoffice/payouts", only(FINANCE)),
            route("POST /backoffice/payouts/{payoutId}/approve", only(FINANCE)),
            route("POST /backoffice/payouts/{payoutId}/reject", only(FINANCE)),
            route("GET /backoffice/jobs", JOBS),
            route("POST /backoffice/jobs/{job}/runs", JOBS),
            route("GET /backoffice/jobs/{job}/runs/{runId}", JOBS),
            route("POST /backoffice/jobs/{job}/runs/{runId}/restart", JOBS).values("runId", NO_SUCH_ID),
            route("POST /backoffice/jobs/{job}/schedule", only(ADMIN)).body("cron=not+a+cron&enabled=true"),
            route("GET /backoffice/promotions", MARKETING),
            route("GET /backoffice/promotions/new", MARKETING),
            route("GET /backoffice/promotions/new/{type}", MARKETING),
            route("POST /backoffice/promotions/new", MARKETING),
            route("GET /backoffice/promotions/{id}", MARKETING),
            route("GET /backoffice/promotions/{id}/edit", MARKETING),
            route("GET /backoffice/promotions/{id}/results.csv", MARKETING),
            route("POST /backoffice/promotions/{id}", MARKETING),
            route("POST /backoffice/promotions/{id}/{change:launch|pause|end}", MARKETING).values("id", NO_SUCH_ID),
            route("GET /backoffice/reports", MARKETING),
            route("GET /backoffice/reports/{table}.csv", MARKETING),
            route("GET /backoffice/notifications/templates", MARKETING),
            route("GET /backoffice/notifications/templates/{event}/{language}", MARKETING),
            route("POST /backoffice/notifications/templates/{event}/{language}", MARKETING)
                    .body("subject=&body=&shortText="),
            route("POST /backoffice/notifications/templates/{event}/{language}/preview", MARKETING),
            route("GET /backoffice/notifications/outbox", only(ADMIN)),
            route("POST /backoffice/notifications/outbox/{messageId}/retry", only(ADMIN)).values("messageId", NO_SUCH_ID),
            route("GET /backoffice/programme/policies", only(ADMIN)),
            route("POST /backoffice/programme/policies", only(ADMIN)),
            route("GET /backoffice/programme/networks/new", only(ADMIN)),
            route("POST /backoffice/programme/networks/new", only(ADMIN)),
            route("GET /backoffice/programme/networks/{code}", only(ADMIN)).values("code", "network"),
            route("POST /backoffice/programme/networks/{code}", only(ADMIN)).values("code", "network"),
            route("GET /backoffice/programme/regions/new", only(ADMIN)),
            route("POST /backoffice/programme/regions/new", only(ADMIN)),
            route("GET /backoffice/programme/regions/{code}", only(ADMIN)).values("code", "region"),
            route("POST /backoffice/programme/regions/{code}", only(ADMIN)).values("code", "region"),
            route("GET /backoffice/programme/tiers/{code}", only(ADMIN)).values("code", "tier"),
            route("POST /backoffice/programme/tiers/{code}", only(ADMIN)).values("code", "tier"),
            route("GET /backoffice/api-keys", only(ADMIN)),
            route("POST /backoffice/api-keys", only(ADMIN)),
            route("POST /backoffice/api-keys/{keyId}/revoke", only(ADMIN)),
            route("GET /backoffice/staff", only(ADMIN)),
            route("POST /backoffice/staff", only(ADMIN)),
            route("POST /backoffice/staff/{accountId}/roles", only(ADMIN)).body("roles=CONSULTANT"),
            route("POST /backoffice/staff/{accountId}/enabled", only(ADMIN)).body("enabled=true"),
            route("GET /backoffice/audit", only(ADMIN)),
            route("GET /backoffice/ledger", only(ADMIN)),
            // the processing API
            route("GET /api/v1/integration", KEYS),
            route("POST /api/v1/customers", ORDER_KEYS),
            route("GET /api/v1/customers", ORDER_KEYS),
            route("GET /api/v1/customers/{customerId}/balance", ORDER_KEYS).values("customerId", "apiCustomerId"),
            route("GET /api/v1/customers/{customerId}/history", ORDER_KEYS).values("customerId", "apiCustomerId"),
            route("POST /api/v1/orders/calculate", ORDER_KEYS),
            route("POST /api/v1/orders", ORDER_KEYS),
            route("GET /api/v1/orders/{externalId}", ORDER_KEYS).owned(Owned.NETWORK_ORDER, null, 404),
            route("POST /api/v1/orders/{externalId}/status", ORDER_KEYS)
                    .owned(Owned.NETWORK_ORDER, "{\"status\":\"CANCELLED\"," + AT + "}", 404),
            route("POST /api/v1/orders/{externalId}/returns", ORDER_KEYS).owned(Owned.NETWORK_ORDER,
                    "{\"returnId\":\"R-RIVAL\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}]," + AT + "}", 404),
            route("POST /api/v1/orders/{externalId}/shipments", ORDER_KEYS).owned(Owned.NETWORK_ORDER,
                    "{\"shipmentId\":\"S-RIVAL\",\"destination\":\"Склад\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}],"
                            + AT + "}", 404),
            route("POST /api/v1/orders/{externalId}/shipments/{shipmentId}/delivered", ORDER_KEYS)
                    .owned(Owned.NETWORK_ORDER, "{" + AT + "}", 404),
            route("POST /api/v1/orders/{externalId}/revisions", ORDER_KEYS).owned(Owned.NETWORK_ORDER,
                    "{\"revisionId\":\"V-RIVAL\",\"reason\":\"CANNOT_REPAIR\"," + AT + ",\"lines\":[" + LINE + "]}", 404),
            route("GET /api/v1/admin/ledger/check", only(OPERATOR_KEY)),
            route("POST /api/v1/admin/jobs/{job}/runs", only(OPERATOR_KEY)),
            route("GET /api/v1/admin/jobs/{job}/runs/{runId}", only(OPERATOR_KEY)));

    private static Map<String, Route> index(Route... routes) {
        Map<String, Route> byKey = new LinkedHashMap<>();
        for (Route route : routes) {
            if (byKey.put(route.key(), route) != null) {
                throw new IllegalStateException("Route listed twice: " + route.key());
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
