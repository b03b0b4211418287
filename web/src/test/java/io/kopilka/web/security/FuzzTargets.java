package io.kopilka.web.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HostileInputTest} sends hostile input to: every endpoint of the API with a JSON template whose
 * {@code @@token@@} values are replaced one at a time, and every form of the portal with its fields. Defaults are
 * values a person could type; settings forms get blank required fields, so that hostile input in the other
 * fields still goes through their parsers but nothing shared by other tests is ever saved.
 */
final class FuzzTargets {

    /** How a target takes its input. */
    enum Kind { JSON_BODY, QUERY, FORM }

    /**
     * One endpoint: its route key (as in {@link RouteTable}), who calls it, its path with variables filled by
     * {@code values}, its JSON template or fields with their default values, and whether htmx sends it.
     */
    record Target(String route, Principal principal, Kind kind, Map<String, String> pathValues,
                  @Nullable String template, Map<String, String> defaults, boolean htmx) {

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String pattern() {
            return route.substring(route.indexOf(' ') + 1);
        }
    }

    static final String AT = "\"2026-03-11T10:00:00Z\"";
    static final String ORDER = """
            {"externalId":@@externalId@@,"customer":{"customerId":@@customerId@@,"phone":@@phone@@},\
            "channel":@@channel@@,"region":@@region@@,"store":@@store@@,"placedAt":@@placedAt@@,\
            "lines":[{"lineId":@@lineId@@,"sku":@@sku@@,"name":@@name@@,"category":@@category@@,"brand":@@brand@@,\
            "quantity":@@quantity@@,"unitPrice":@@unitPrice@@}],"payments":[{"method":@@method@@,"amount":@@amount@@}]}""";

    private FuzzTargets() {
    }

    /** The targets, given the ids of the objects they act on. */
    static List<Target> all(Ids ids) {
        List<Target> targets = new ArrayList<>();
        Map<String, String> order = fields("externalId", "\"FZ-NEW\"", "customerId", ids.customerId(), "phone", "null",
                "channel", "\"POS\"", "region", "\"MSK\"", "store", "\"Тверская 1\"",
                "placedAt", "\"2026-03-10T12:00:00+03:00\"", "lineId", "\"1\"", "sku", "\"SKU-1\"", "name", "\"Утюг\"",
                "category", "\"home\"", "brand", "\"Acme\"", "quantity", "1", "unitPrice", "1000.00",
                "method", "\"CARD\"", "amount", "1000.00");
        Map<String, String> orderPath = Map.of("externalId", ids.externalId(), "shipmentId", "S1");
        // the processing API
        targets.add(json("POST /api/v1/orders/calculate", Principal.GADGETS_KEY, Map.of(), ORDER, order));
        targets.add(json("POST /api/v1/orders", Principal.GADGETS_KEY, Map.of(), ORDER, order));
        targets.add(json("POST /api/v1/orders/{externalId}/status", Principal.GADGETS_KEY, orderPath,
                "{\"status\":@@status@@,\"at\":@@at@@}", fields("status", "\"PAID\"", "at", AT)));
        targets.add(json("POST /api/v1/orders/{externalId}/returns", Principal.GADGETS_KEY, orderPath,
                "{\"returnId\":@@returnId@@,\"lines\":[{\"lineId\":@@lineId@@,\"quantity\":@@quantity@@}],\"at\":@@at@@}",
                fields("returnId", "\"FZ-R\"", "lineId", "\"1\"", "quantity", "1", "at", AT)));
        targets.add(json("POST /api/v1/orders/{externalId}/shipments", Principal.GADGETS_KEY, orderPath,
                "{\"shipmentId\":@@shipmentId@@,\"destination\":@@destination@@,"
                        + "\"lines\":[{\"lineId\":@@lineId@@,\"quantity\":@@quantity@@}],\"at\":@@at@@}",
                fields("shipmentId", "\"FZ-S\"", "destination", "\"Склад\"", "lineId", "\"1\"", "quantity", "1",
                        "at", AT)));
        targets.add(json("POST /api/v1/orders/{externalId}/shipments/{shipmentId}/delivered", Principal.GADGETS_KEY,
                orderPath, "{\"at\":@@at@@}", fields("at", AT)));
        targets.add(json("POST /api/v1/orders/{externalId}/revisions", Principal.GADGETS_KEY, orderPath,
                "{\"revisionId\":@@revisionId@@,\"reason\":@@reason@@,\"at\":@@at@@,\"lines\":[{\"lineId\":@@lineId@@,"
                        + "\"sku\":@@sku@@,\"name\":@@name@@,\"quantity\":@@quantity@@,\"unitPrice\":@@unitPrice@@}]}",
                fields("revisionId", "\"FZ-V\"", "reason", "\"REPAIRED\"", "at", AT, "lineId", "\"1\"",
                        "sku", "\"SKU-1\"", "name", "\"Утюг\"", "quantity", "1", "unitPrice", "900.00")));
        targets.add(json("POST /api/v1/customers", Principal.GADGETS_KEY, Map.of(),
                "{\"phone\":@@phone@@,\"email\":@@email@@,\"firstName\":@@firstName@@,\"lastName\":@@lastName@@,"
                        + "\"birthDate\":@@birthDate@@,\"consents\":@@consents@@,\"company\":@@company@@}",
                fields("phone", "\"+79930000000\"", "email", "null", "firstName", "\"Фаина\"", "lastName",
                        "\"Фаззова\"", "birthDate", "\"1990-05-01\"", "consents", "{\"email\":true,\"sms\":false,"
                                + "\"push\":false}", "company", "null")));
        targets.add(json("POST /api/v1/admin/jobs/{job}/runs", Principal.OPERATOR_KEY, Map.of("job", "settlement"),
                "{\"asOf\":@@asOf@@}", fields("asOf", "\"2020-01-01\"")));
        targets.add(query("GET /api/v1/customers", Principal.GADGETS_KEY, Map.of(),
                fields("phone", "+79990000001", "email", "", "card", "")));
        targets.add(query("GET /api/v1/customers/{customerId}/balance", Principal.GADGETS_KEY,
                Map.of("customerId", ids.customerId()), fields()));
        targets.add(query("GET /api/v1/customers/{customerId}/history", Principal.GADGETS_KEY,
                Map.of("customerId", ids.customerId()), fields("limit", "20", "cursor", "")));
        targets.add(query("GET /api/v1/orders/{externalId}", Principal.GADGETS_KEY, orderPath, fields()));
        targets.add(query("GET /api/v1/integration", Principal.GADGETS_KEY, Map.of(), fields()));
        targets.add(query("GET /api/v1/admin/ledger/check", Principal.OPERATOR_KEY, Map.of(), fields()));
        targets.add(query("GET /api/v1/admin/jobs/{job}/runs/{runId}", Principal.OPERATOR_KEY,
                Map.of("job", "settlement", "runId", "1"), fields()));
        // the portal's forms, as people send them
        targets.add(form("POST /signup", Principal.ANONYMOUS, Map.of(), fields("phone", "+79930000000",
                "email", "", "firstName", "Фаина", "password", "secret-123", "passwordAgain", "secret-123",
                "consentEmail", "true")));
        targets.add(form("POST /login", Principal.ANONYMOUS, Map.of(), fields("username", "+79990000001",
                "password", "not-the-password")));
        targets.add(form("POST /account/password", Principal.CUSTOMER, Map.of(), fields("currentPassword",
                "not-the-password", "newPassword", "new-secret-1", "newPasswordAgain", "new-secret-1")));
        targets.add(form("POST /cabinet/profile", Principal.CUSTOMER, Map.of(), fields("firstName", "Фаина",
                "lastName", "Фаззова", "email", "", "birthDate", "1990-05-01", "consentEmail", "true",
                "phone", "+79990000001", "customerId", ids.otherCustomerId())));
        targets.add(form("POST /cabinet/payouts", Principal.CUSTOMER, Map.of(), fields("points", "10",
                "idempotencyKey", ids.payoutFormKey())));
        targets.add(form("POST /business/buyers", Principal.ANOTHER_COMPANY_ADMIN, Map.of(),
                fields("phone", "+79930000000", "firstName", "Фёдор", "lastName", "Фаззов")));
        targets.add(form("POST /business/buyers/{customerId}/enabled", Principal.ANOTHER_COMPANY_ADMIN,
                Map.of("customerId", ids.companyBuyerId()), fields("enabled", "true")));
        targets.add(form("POST /backoffice/customers/{customerId}/adjustments", Principal.ADMIN,
                Map.of("customerId", ids.adjustedCustomerId()), fields("points", "10", "comment", "Фазз",
                        "expiresOn", "", "idempotencyKey", "FZ-ADJ")));
        targets.add(form("POST /backoffice/customers/{customerId}/merge", Principal.ADMIN,
                Map.of("customerId", ids.adjustedCustomerId()), fields("query", "", "duplicateId",
                        RouteTable.NO_SUCH_ID)));
        targets.add(form("POST /backoffice/customers/{customerId}/messages/language", Principal.CONSULTANT,
                Map.of("customerId", ids.adjustedCustomerId()), fields("language", "en")));
        targets.add(form("POST /backoffice/jobs/{job}/runs", Principal.ADMIN, Map.of("job", "settlement"),
                fields("asOf", "")));
        targets.add(form("POST /backoffice/jobs/{job}/runs/{runId}/restart", Principal.ADMIN,
                Map.of("job", "settlement", "runId", RouteTable.NO_SUCH_ID), fields()));
        targets.add(form("POST /backoffice/jobs/{job}/schedule", Principal.ADMIN, Map.of("job", "settlement"),
                fields("cron", "not a cron", "enabled", "true")));
        targets.add(form("POST /backoffice/notifications/outbox/{messageId}/retry", Principal.ADMIN,
                Map.of("messageId", RouteTable.NO_SUCH_ID), fields()));
        Map<String, String> template = Map.of("event", ids.event(), "language", "ru");
        targets.add(form("POST /backoffice/notifications/templates/{event}/{language}", Principal.MARKETER, template,
                fields("subject", "", "body", "", "shortText", "")));
        targets.add(htmx(form("POST /backoffice/notifications/templates/{event}/{language}/preview",
                Principal.MARKETER, template, fields("subject", "Тема", "body", "Здравствуйте, {name}",
                        "shortText", "Баллы: {points}"))));
        targets.add(form("POST /backoffice/payouts/{payoutId}/approve", Principal.FINANCE,
                Map.of("payoutId", RouteTable.NO_SUCH_ID), fields()));
        targets.add(form("POST /backoffice/payouts/{payoutId}/reject", Principal.FINANCE,
                Map.of("payoutId", RouteTable.NO_SUCH_ID), fields()));
        targets.add(form("POST /backoffice/programme/policies", Principal.ADMIN, Map.of(), fields("qualification",
                "", "qualificationWindowMonths", "12", "availability", "", "settlementDay", "", "hoursAfterPurchase",
                "24", "expiry", "", "expiryMonths", "12", "monthlyCashbackCap", "")));
        targets.add(form("POST /backoffice/programme/networks/new", Principal.ADMIN, Map.of(),
                fields("code", "", "name", "")));
        targets.add(form("POST /backoffice/programme/networks/{code}", Principal.ADMIN, Map.of("code", "gadgets"),
                fields("code", "gadgets", "name", "")));
        targets.add(form("POST /backoffice/programme/regions/new", Principal.ADMIN, Map.of(),
                fields("code", "", "name", "", "minOrderForCashback", "100")));
        targets.add(form("POST /backoffice/programme/regions/{code}", Principal.ADMIN, Map.of("code", ids.region()),
                fields("code", ids.region(), "name", "", "minOrderForCashback", "100")));
        targets.add(form("POST /backoffice/programme/tiers/{code}", Principal.ADMIN, Map.of("code", ids.tier()),
                fields("name", "", "qualifyingPurchases", "1000", "cashbackPercent", "5", "maxRedeemPercent", "50",
                        "discountPercent", "0", "excludedBrands", "")));
        targets.add(form("POST /backoffice/promotions/new", Principal.MARKETER, Map.of(), fields("type",
                "EXTRA_CASHBACK", "name", "", "percent", "10", "points", "100", "startsAt", "2026-03-01T00:00",
                "endsAt", "2026-04-01T00:00", "priority", "1", "budgetCap", "", "action", "preview")));
        targets.add(form("POST /backoffice/promotions/{id}", Principal.MARKETER, Map.of("id", ids.promotionId()),
                fields("name", "", "percent", "10", "action", "preview")));
        targets.add(form("POST /backoffice/promotions/{id}/{change:launch|pause|end}", Principal.MARKETER,
                Map.of("id", RouteTable.NO_SUCH_ID, "change", "pause"), fields()));
        targets.add(form("POST /backoffice/api-keys", Principal.ADMIN, Map.of(), fields("name", "Фазз",
                "scope", "ORDERS", "network", "gadgets")));
        targets.add(form("POST /backoffice/api-keys/{keyId}/revoke", Principal.ADMIN, Map.of("keyId", ids.keyId()),
                fields()));
        targets.add(form("POST /backoffice/staff", Principal.ADMIN, Map.of(), fields("login", "fuzz-login",
                "displayName", "Фаина Фаззова", "roles", "CONSULTANT", "password", "initial-pass-1")));
        targets.add(form("POST /backoffice/staff/{accountId}/roles", Principal.ADMIN,
                Map.of("accountId", ids.staffId()), fields("roles", "CONSULTANT")));
        targets.add(form("POST /backoffice/staff/{accountId}/enabled", Principal.ADMIN,
                Map.of("accountId", ids.staffId()), fields("enabled", "true")));
        // search boxes and filters
        targets.add(form("GET /backoffice/customers", Principal.CONSULTANT, Map.of(), fields("q", "Смирнова")));
        targets.add(htmx(form("GET /backoffice/customers", Principal.CONSULTANT, Map.of(), fields("q", "Смир"))));
        targets.add(form("GET /backoffice/companies", Principal.CONSULTANT, Map.of(), fields("q", "7701")));
        targets.add(form("GET /backoffice/orders", Principal.CONSULTANT, Map.of(),
                fields("network", "gadgets", "externalId", ids.externalId())));
        targets.add(form("GET /backoffice/customers/{customerId}/merge", Principal.ADMIN,
                Map.of("customerId", ids.adjustedCustomerId()), fields("query", "+7999")));
        targets.add(form("GET /backoffice/customers/{customerId}/offer", Principal.CONSULTANT,
                Map.of("customerId", ids.adjustedCustomerId()), fields("make", "", "region", "MSK",
                        "network", "gadgets", "items[0].name", "Телефон", "items[0].price", "20000",
                        "items[0].quantity", "1")));
        targets.add(form("GET /backoffice/reports", Principal.MARKETER, Map.of(),
                fields("from", "2026-01-01", "to", "2026-01-31", "network", "")));
        targets.add(form("GET /backoffice/reports/{table}.csv", Principal.MARKETER, Map.of("table", "summary"),
                fields("from", "2026-01-01", "to", "2026-01-31", "network", "", "format", "comma")));
        targets.add(form("GET /backoffice/request-log", Principal.ADMIN, Map.of(), fields("from", "", "to", "",
                "network", "gadgets", "order", "", "customer", "", "status", "")));
        targets.add(htmx(form("GET /backoffice/request-log", Principal.ADMIN, Map.of(), fields("after", "1",
                "network", ""))));
        targets.add(form("GET /backoffice/audit", Principal.ADMIN, Map.of(), fields("actor", "admin", "action", "",
                "from", "", "to", "")));
        targets.add(htmx(form("GET /backoffice/audit", Principal.ADMIN, Map.of(), fields("after", "1"))));
        targets.add(htmx(form("GET /backoffice/customers/{customerId}", Principal.CONSULTANT,
                Map.of("customerId", ids.adjustedCustomerId()), fields("after", "1"))));
        targets.add(htmx(form("GET /cabinet/history", Principal.CUSTOMER, Map.of(), fields("after", "1"))));
        targets.add(form("GET /cabinet/orders/{orderId}", Principal.CUSTOMER, Map.of("orderId", ids.orderId()),
                fields()));
        return targets;
    }

    /** The ids the targets act on. */
    record Ids(String customerId, String otherCustomerId, String adjustedCustomerId, String companyBuyerId,
               String externalId, String orderId, String payoutFormKey, String event, String region, String tier,
               String promotionId, String keyId, String staffId) {
    }

    private static Target json(String route, Principal principal, Map<String, String> path, String template,
                               Map<String, String> tokens) {
        return new Target(route, principal, Kind.JSON_BODY, path, template, tokens, false);
    }

    private static Target query(String route, Principal principal, Map<String, String> path,
                                Map<String, String> params) {
        return new Target(route, principal, Kind.QUERY, path, null, params, false);
    }

    private static Target form(String route, Principal principal, Map<String, String> path,
                               Map<String, String> fields) {
        return new Target(route, principal, Kind.FORM, path, null, fields, false);
    }

    private static Target htmx(Target target) {
        return new Target(target.route(), target.principal(), target.kind(), target.pathValues(), target.template(),
                target.defaults(), true);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
