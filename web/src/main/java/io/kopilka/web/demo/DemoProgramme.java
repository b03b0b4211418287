package io.kopilka.web.demo;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import io.kopilka.db.embedded.EmbeddedMariaDb;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.programme.Network;
import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.TierQualification;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo programme of the brief into an empty database: networks, regions, tiers, people and API keys.
 *
 * <p>On by default with the embedded database and off with an external one ({@code KOPILKA_DEMO=true|false}
 * decides), so no production installation gets these passwords and keys. It runs before the web server opens,
 * so the first request already finds the demo logins.
 */
@Component
class DemoProgramme implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    static final String PASSWORD = "demo";

    /** A demo login with what it is for, listed in the log and README. */
    record DemoLogin(String login, String name, Role role) {
    }

    /** A demo customer or buyer: their customer record and tier; buyers belong to Demo Trade LLC. */
    record DemoPerson(String phone, String firstName, String lastName, String tier, boolean buyer) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("+79990000001", "Анна", "Смирнова", "START", false),
            new DemoPerson("+79990000002", "Борис", "Кузнецов", "SILVER", false),
            new DemoPerson("+79990000003", "Вера", "Орлова", "GOLD", false),
            new DemoPerson("+79990000011", "Дмитрий", "Волков", "START", true),
            new DemoPerson("+79990000012", "Елена", "Морозова", "START", true));

    static final String COMPANY_INN = "7707123458";
    static final String COMPANY_NAME = "Demo Trade LLC";

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("+79990000001", "Анна Смирнова", Role.CUSTOMER),
            new DemoLogin("+79990000002", "Борис Кузнецов", Role.CUSTOMER),
            new DemoLogin("+79990000003", "Вера Орлова", Role.CUSTOMER),
            new DemoLogin("+79990000011", "Дмитрий Волков", Role.B2B_BUYER),
            new DemoLogin("+79990000012", "Елена Морозова", Role.B2B_BUYER),
            new DemoLogin("consultant", "Ольга Петрова", Role.CONSULTANT),
            new DemoLogin("marketer", "Мария Соколова", Role.MARKETER),
            new DemoLogin("admin", "Администратор", Role.ADMIN),
            new DemoLogin("finance", "Игорь Лебедев", Role.FINANCE));

    /** The demo API keys: one per network with scope orders, and one operator key. */
    record DemoKey(String key, String name, String network, ApiScope scope) {
    }

    static final List<DemoKey> KEYS = List.of(
            new DemoKey("demo-gadgets-key", "Gadgets shops", "gadgets", ApiScope.ORDERS),
            new DemoKey("demo-home-key", "Home appliances shops", "home", ApiScope.ORDERS),
            new DemoKey("demo-service-key", "Service centre", "service", ApiScope.ORDERS),
            new DemoKey("demo-business-key", "B2B desk", "business", ApiScope.ORDERS),
            new DemoKey("demo-operator-key", "Operator", null, ApiScope.OPERATOR));

    private final Programme programme;
    private final Accounts accounts;
    private final ApiKeys apiKeys;
    private final Customers customers;
    private final DemoPointsHistory points;
    private final Promotions promotions;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoProgramme(Programme programme, Accounts accounts, ApiKeys apiKeys, Customers customers,
                  DemoPointsHistory points, TransactionTemplate transaction,
                  ObjectProvider<EmbeddedMariaDb> embedded, @Value("${kopilka.demo.enabled:}") String enabled,
                  Promotions promotions) {
        this.promotions = promotions;
        this.programme = programme;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.customers = customers;
        this.points = points;
        this.transaction = transaction;
        this.enabled = enabled.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(enabled);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            log.info("Demo programme is off (KOPILKA_DEMO=true loads it into an empty database).");
            return;
        }
        boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> loadIntoEmptyDatabase()));
        if (loaded) {
            // orders and the ledger run their own transactions (with retries), so they follow the people's commit
            Map<String, Customer> people = new HashMap<>();
            PEOPLE.forEach(person -> people.put(person.phone(), customers.findByPhone(person.phone()).orElseThrow()));
            points.load(people.get("+79990000001"), people.get("+79990000002"), people.get("+79990000003"),
                    people.get("+79990000011"));
            // The standing "+1 pp for SBP or cash" (NBCom): from 12 hours ago, after the demo's last order (a day ago),
            // so the history above stays as it was and orders sent now get it.
            promotions.create(PromotionTerms.builder("Кешбэк +1 п. п. за СБП и наличные",
                            PromotionType.PAYMENT_CASHBACK, LocalDateTime.now(ZoneOffset.UTC).withNano(0).minusHours(12))
                    .percent(BigDecimal.ONE).paymentMethods(Set.of(PaymentMethod.SBP, PaymentMethod.CASH)).build(),
                    true, "marketer");
        }
        log.info(loaded ? "Demo programme loaded." : "Demo programme: the database already holds a programme; nothing loaded.");
        log.info("Demo logins (password '{}'): {}", PASSWORD,
                LOGINS.stream().map(login -> login.login() + " (" + login.role() + ")").toList());
        log.info("Demo API keys: {}", KEYS.stream().map(key -> key.key() + " (" + key.scope().code() + ")").toList());
    }

    private boolean loadIntoEmptyDatabase() {
        if (!programme.isEmpty() || !accounts.isEmpty()) {
            return false;
        }
        programme.addNetwork(new Network("gadgets", "Гаджеты"));
        programme.addNetwork(new Network("home", "Техника для дома"));
        programme.addNetwork(new Network("service", "Сервисный центр"));
        programme.addNetwork(new Network("business", "Отдел B2B"));
        programme.addRegion(new Region("MSK", "Москва", new BigDecimal("10000.00")));
        programme.addRegion(new Region("SPB", "Санкт-Петербург", new BigDecimal("5000.00")));
        programme.addRegion(new Region("OTHER", "Другие регионы", new BigDecimal("4000.00")));
        programme.addTier(new Tier("START", "Старт", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00"), null, List.of()));
        programme.addTier(new Tier("SILVER", "Серебро", 2, new BigDecimal("50000.00"), new BigDecimal("3.00"), new BigDecimal("70.00"), null, List.of()));
        programme.addTier(new Tier("GOLD", "Золото", 3, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00"), null, List.of()));
        programme.changePolicies(new ProgrammePolicies(TierQualification.purchaseSumOver(14),
                PointsAvailability.onDeliverySettledDaily(), PointsExpiry.monthsAfterLastPurchase(14), 3000L), "demo");
        for (DemoLogin login : LOGINS) {
            accounts.register(new NewAccount(login.login(), PASSWORD, login.name(), Set.of(login.role())));
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (DemoPerson person : PEOPLE) {
            NewCustomer registration = NewCustomer.withPhone(person.phone())
                    .withNames(person.firstName(), person.lastName())
                    .withEmail(person.buyer() ? null : "demo" + person.phone().substring(person.phone().length() - 2) + "@kopilka.example")
                    .withConsents(new Consents(true, true, false))
                    .withCompany(person.buyer() ? NewCompany.of(COMPANY_INN, COMPANY_NAME) : null);
            Customer customer = customers.register(registration);
            if (!person.tier().equals(customer.tier().code())) {
                customers.assignTier(customer.customerId(), person.tier(), "DEMO", now);
            }
        }
        for (DemoKey key : KEYS) {
            apiKeys.register(key.name(), key.network(), key.scope(), key.key());
        }
        return true;
    }
}
