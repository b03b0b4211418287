package io.kopilka.orders;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import io.kopilka.db.embedded.TestDatabaseFolder;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.programme.Network;
import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The module against a real MariaDB with the demo programme's rules (regions, tiers, 3 000-point cap, settlement on
 * delivery, expiry 14 months after the last purchase). Subclasses share one context and database, so every test
 * makes its own people and order ids.
 */
@SpringBootTest(classes = OrdersTestApplication.class, properties = {
        "spring.datasource.hikari.maximum-pool-size=24", "logging.level.root=WARN"})
public abstract class OrdersIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger PHONES = new AtomicInteger();
    private static final AtomicInteger INNS = new AtomicInteger();

    /** A fixed business time in the middle of a month, so monthly figures are predictable. */
    protected static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneOffset.ofHours(3));

    @Autowired
    protected Orders orders;
    @Autowired
    protected Customers customers;
    @Autowired
    protected Ledger ledger;
    @Autowired
    protected Programme programme;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoProgramme() {
        if (programme.tiers().isEmpty()) {
            programme.addTier(new Tier("START", "Start", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00")));
            programme.addTier(new Tier("SILVER", "Silver", 2, new BigDecimal("50000.00"), new BigDecimal("3.00"), new BigDecimal("70.00")));
            programme.addTier(new Tier("GOLD", "Gold", 3, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00")));
            programme.addRegion(new Region("MSK", "Москва", new BigDecimal("10000.00")));
            programme.addRegion(new Region("SPB", "Санкт-Петербург", new BigDecimal("5000.00")));
            programme.addRegion(new Region("OTHER", "Другие регионы", new BigDecimal("4000.00")));
            for (String network : List.of("gadgets", "home", "service", "business")) {
                programme.addNetwork(new Network(network, network));
            }
            programme.changePolicies(new ProgrammePolicies(TierQualification.purchaseSumOver(14),
                    PointsAvailability.onDeliverySettledDaily(), PointsExpiry.monthsAfterLastPurchase(14), 3000L),
                    "test");
        }
    }

    /** A new person in the tier. */
    protected Customer customer(String tier) {
        Customer customer = customers.register(NewCustomer.withPhone(newPhone()));
        customers.assignTier(customer.customerId(), tier, "MANUAL", LocalDateTime.of(2020, 1, 1, 0, 0));
        return customers.find(customer.customerId()).orElseThrow();
    }

    /** A new company's first buyer (its admin). */
    protected Customer buyer() {
        String inn = innWithChecksum(INNS.incrementAndGet());
        Customer buyer = customers.register(new NewCustomer(newPhone(), null, "Пётр", "Покупатель", null,
                io.kopilka.customers.Consents.none(), new NewCompany(inn, "ООО Тест " + inn, null)));
        return customers.find(buyer.customerId()).orElseThrow();
    }

    /** Available points given to the account, to be spent. */
    protected void grant(long member, long points) {
        ledger.grant(new Grant(new Operation(UUID.randomUUID().toString(), "gadgets",
                Reason.of("promotion.grant", "promotion", "test"), LocalDateTime.of(2026, 1, 1, 0, 0)), member,
                points, LocalDateTime.of(2030, 1, 1, 0, 0)));
    }

    protected Balances balances(long member) {
        return ledger.balances(member, LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    protected static String newId() {
        return "T-" + UUID.randomUUID().toString().substring(0, 18);
    }

    protected static BasketLine line(String lineId, int quantity, String unitPrice) {
        return new BasketLine(lineId, "SKU-" + lineId, "Товар " + lineId, "phones", "Acme", "Supplier",
                quantity, new BigDecimal(unitPrice));
    }

    protected static Payment pay(PaymentMethod method, String amount) {
        return new Payment(method, new BigDecimal(amount));
    }

    /** An order of the customer (or anonymous when null) in Moscow at {@link #T0}. */
    protected static OrderRequest order(String externalId, Customer customer, List<BasketLine> lines,
                                        Payment... payments) {
        return order(externalId, customer, Channel.POS, "MSK", lines, payments);
    }

    protected static OrderRequest order(String externalId, Customer customer, Channel channel, String region,
                                        List<BasketLine> lines, Payment... payments) {
        CustomerRef ref = customer == null ? null : new CustomerRef(customer.customerId().value(), null, null);
        return new OrderRequest(externalId, ref, channel, region, "Shop 1", T0, lines, new ArrayList<>(List.of(payments)));
    }

    protected static long id(Customer customer) {
        return customer.customerId().value();
    }

    protected Customer reload(CustomerId id) {
        return customers.find(id).orElseThrow();
    }

    private static String newPhone() {
        return "+7925" + String.format("%07d", PHONES.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000);
    }

    /** A 10-digit company INN with valid check digit, from a serial number. */
    private static String innWithChecksum(int serial) {
        String base = String.format("77%07d", 1000000 + serial).substring(0, 9);
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        return base + (sum % 11 % 10);
    }
}
