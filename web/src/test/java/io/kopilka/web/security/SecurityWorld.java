package io.kopilka.web.security;

import io.kopilka.batch.BatchJobs;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.NewStaffAccount;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Reason;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.orders.OrderFixtures;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;

/**
 * The principals of the authorization tests with a signed-in client each, and the objects each owns: a personal
 * order per customer, a company order and a company buyer per company, an order per network. Fresh people where a
 * request may change what they own, so the demo data other tests read stays as it is. Made once per test JVM (the
 * application context is shared too).
 */
final class SecurityWorld {

    /** The module APIs the world is made with. */
    private record Beans(Accounts accounts, Customers customers, Ledger ledger, Orders orders, ApiKeys apiKeys,
                         Programme programme, Promotions promotions, NotificationTemplates templates, BatchJobs jobs) {
        static Beans of(ApplicationContext context) {
            return new Beans(context.getBean(Accounts.class), context.getBean(Customers.class),
                    context.getBean(Ledger.class), context.getBean(Orders.class), context.getBean(ApiKeys.class),
                    context.getBean(Programme.class), context.getBean(Promotions.class),
                    context.getBean(NotificationTemplates.class), context.getBean(BatchJobs.class));
        }
    }

    private static SecurityWorld world;

    final Map<Principal, Caller> callers = new EnumMap<>(Principal.class);
    /** Per owning principal: the personal order, company order or network order (its external id for keys). */
    final Map<Principal, String> ownOrder = new EnumMap<>(Principal.class);
    /** Per owning principal: the name of the goods in that order, which nobody else may ever see. */
    final Map<Principal, String> ownGoods = new EnumMap<>(Principal.class);
    /** Per company principal: a buyer of that company other than the principal. */
    final Map<Principal, Long> ownBuyer = new EnumMap<>(Principal.class);
    /** Values for the path variables of the staff's routes, by variable name (demo data or fresh objects). */
    final Map<String, String> staffValues = new HashMap<>();
    final Customer customer;
    final Customer anotherCustomer;

    private SecurityWorld(int port, Beans beans) {
        CabinetPeople people = new CabinetPeople(beans.accounts, beans.customers, beans.ledger);
        OrderFixtures fixtures = new OrderFixtures(beans.orders, beans.customers, beans.accounts);
        customer = people.newCustomer("Алиса");
        anotherCustomer = people.newCustomer("Богдан");
        Customer buyer = beans.customers.findByPhone("+79990000012").orElseThrow(); // Елена, buyer of Demo Trade
        Customer companyAdmin = beans.customers.findByPhone("+79990000011").orElseThrow(); // Дмитрий, its admin
        Customer anotherAdmin = fixtures.newCompanyBuyer();

        callers.put(Principal.ANONYMOUS, Caller.anonymous(Principal.ANONYMOUS, port, null));
        callers.put(Principal.CUSTOMER, Caller.signedIn(Principal.CUSTOMER, port, customer.phone(), CabinetPeople.PASSWORD));
        callers.put(Principal.ANOTHER_CUSTOMER, Caller.signedIn(Principal.ANOTHER_CUSTOMER, port,
                anotherCustomer.phone(), CabinetPeople.PASSWORD));
        callers.put(Principal.BUYER, Caller.signedIn(Principal.BUYER, port, buyer.phone(), "demo"));
        callers.put(Principal.ANOTHER_COMPANY_ADMIN, Caller.signedIn(Principal.ANOTHER_COMPANY_ADMIN, port,
                anotherAdmin.phone(), CabinetPeople.PASSWORD));
        for (Principal staff : Principal.STAFF) {
            callers.put(staff, Caller.signedIn(staff, port, staff.name().toLowerCase(java.util.Locale.ROOT), "demo"));
        }
        for (Principal key : Principal.ORDER_KEYS) {
            callers.put(key, Caller.anonymous(key, port, "demo-" + key.network() + "-key"));
        }
        callers.put(Principal.OPERATOR_KEY, Caller.anonymous(Principal.OPERATOR_KEY, port, "demo-operator-key"));

        order(fixtures, Principal.CUSTOMER, customer, "gadgets", Channel.POS, "Телефон Альфа");
        order(fixtures, Principal.ANOTHER_CUSTOMER, anotherCustomer, "home", Channel.POS, "Чайник Бета");
        order(fixtures, Principal.BUYER, buyer, "business", Channel.B2B, "Бумага Гамма");
        order(fixtures, Principal.ANOTHER_COMPANY_ADMIN, anotherAdmin, "business", Channel.B2B, "Картон Дельта");
        ownBuyer.put(Principal.BUYER, companyAdmin.customerId().value());
        ownBuyer.put(Principal.ANOTHER_COMPANY_ADMIN, beans.customers.inviteBuyer(anotherAdmin.customerId(),
                "+7997" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)), "Ян", "Закупкин")
                .customerId().value());
        for (Principal key : Principal.ORDER_KEYS) {
            Channel channel = key == Principal.BUSINESS_KEY ? Channel.B2B : Channel.POS;
            Customer owner = key == Principal.BUSINESS_KEY ? anotherAdmin : customer;
            PlacedOrder placed = fixtures.place(owner, key.network(), channel, "MSK", "Товар " + key, 2, "3000.00", 0, 1);
            ownOrder.put(key, placed.externalId());
            ownGoods.put(key, "Товар " + key);
        }
        fixtures.ship("business", ownOrder.get(Principal.BUSINESS_KEY), "S1", "Склад", 1, 1);

        Customer anna = beans.customers.findByPhone("+79990000001").orElseThrow();
        staffValues.put("customerId", Long.toString(anna.customerId().value()));
        staffValues.put("companyId", Long.toString(buyer.company().companyId().value()));
        staffValues.put("orderId", ownOrder.get(Principal.CUSTOMER));
        staffValues.put("id", beans.promotions.list().stream().findFirst()
                .map(p -> Long.toString(p.id())).orElse("1"));
        staffValues.put("type", PromotionType.values()[0].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        staffValues.put("change", "pause");
        staffValues.put("event", beans.templates.all().get(0).event().name());
        staffValues.put("language", "ru");
        staffValues.put("job", "settlement");
        staffValues.put("runId", beans.jobs.recentRuns("settlement", 1).stream().findFirst()
                .map(run -> Long.toString(run.runId())).orElse("1"));
        staffValues.put("messageId", "1");
        staffValues.put("receipt", "1-not-a-signature");
        staffValues.put("table", "summary");
        staffValues.put("network", "gadgets");
        staffValues.put("region", beans.programme.regions().get(0).code());
        staffValues.put("tier", beans.programme.tiers().get(0).code());
        staffValues.put("shipmentId", "S1");
        staffValues.put("apiCustomerId", Long.toString(customer.customerId().value()));
        staffValues.put("keyId", Long.toString(beans.apiKeys.issue("Ключ на отзыв", "gadgets", ApiScope.ORDERS,
                "admin").info().id()));
        staffValues.put("accountId", Long.toString(beans.accounts.createStaff(new NewStaffAccount(
                "matrix-" + UUID.randomUUID().toString().substring(0, 8), "Проверка Доступа",
                Set.of(Role.CONSULTANT), "initial-pass-1"), "admin").id()));
        Customer payer = people.newCustomer("Вклад");
        people.grant(payer, 500, "matrix", CabinetPeople.now().minusDays(1), 30);
        beans.ledger.requestPayout(new PayoutRequest(new Operation(UUID.randomUUID().toString(), "portal",
                Reason.of("payout.request"), CabinetPeople.now()), CabinetPeople.memberId(payer), 100));
        staffValues.put("payoutId", Long.toString(beans.ledger.payouts(CabinetPeople.memberId(payer)).get(0).payoutId()));
    }

    /** The world of this test JVM, made on first use. */
    static synchronized SecurityWorld of(int port, ApplicationContext context) {
        if (world == null) {
            world = new SecurityWorld(port, Beans.of(context));
        }
        return world;
    }

    Caller caller(Principal principal) {
        return callers.get(principal);
    }

    /** A personal or company order of {@code owner} for {@code principal}, its goods named {@code goods}. */
    private void order(OrderFixtures fixtures, Principal principal, Customer owner, String network, Channel channel,
                       String goods) {
        PlacedOrder placed = fixtures.place(owner, network, channel, "SPB", goods, 10, "900.00", 0, 1);
        ownOrder.put(principal, Long.toString(placed.orderId().value()));
        ownGoods.put(principal, goods);
    }
}
