package io.kopilka.batch;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.db.embedded.TestDatabaseFolder;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.Orders;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The jobs against a real MariaDB with the demo programme's rules (tiers Start / Silver 50 000 / Gold 150 000 over a
 * 12-month window, expiry 14 months after the last purchase) and chunks of 3 (settlement too), so a handful of rows makes several
 * chunks. Subclasses share one context and database: a job acts on everything as of its date, so every test uses
 * business dates of its own and looks only at its own people and members.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = {
        "kopilka.jobs.chunk-size=3", "kopilka.settlement.chunk-size=3", "kopilka.jobs.scheduler.enabled=false", "spring.batch.job.enabled=false",
        "spring.batch.jdbc.initialize-schema=never", "spring.flyway.locations=classpath:db/migration,classpath:db/infrastructure",
        "spring.datasource.hikari.maximum-pool-size=16", "logging.level.root=WARN"})
public abstract class JobsIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    protected BatchJobs jobs;
    @Autowired
    protected Ledger ledger;
    @Autowired
    protected Orders orders;
    @Autowired
    protected Customers customers;
    @Autowired
    protected Programme programme;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoProgramme() {
        FaultInjection.off();
        if (programme.tiers().isEmpty()) {
            programme.addTier(new Tier("START", "Start", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00")));
            programme.addTier(new Tier("SILVER", "Silver", 2, new BigDecimal("50000.00"), new BigDecimal("3.00"), new BigDecimal("70.00")));
            programme.addTier(new Tier("GOLD", "Gold", 3, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00")));
            programme.addRegion(new Region("MSK", "Москва", new BigDecimal("10000.00")));
            programme.addNetwork(new Network("gadgets", "gadgets"));
            programme.changePolicies(new ProgrammePolicies(TierQualification.purchaseSumOver(12),
                    PointsAvailability.onDeliverySettledDaily(), PointsExpiry.monthsAfterLastPurchase(14), null), "test");
        }
    }

    /** Starts the job for the date and waits until the run ends. */
    protected JobRun runToEnd(String job, LocalDate asOf) {
        return awaitEnd(jobs.start(job, asOf));
    }

    protected JobRun awaitEnd(JobRun run) {
        return awaitEnd(run, 600);
    }

    /** Waits up to {@code tenthsOfASecond} for the run to end. */
    protected JobRun awaitEnd(JobRun run, int tenthsOfASecond) {
        for (int i = 0; i < tenthsOfASecond; i++) {
            JobRun now = jobs.run(run.job(), run.runId()).orElseThrow();
            if (!now.running()) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The run did not end: " + run);
    }

    protected Customer newCustomer() {
        return customers.register(NewCustomer.withPhone(
                "+7926" + String.format("%07d", PHONES.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000)));
    }

    /** Places an order of the person: {@code units} units of {@code unitPrice} paid by card, placed at {@code at}. */
    protected String buy(Customer customer, int units, String unitPrice, OffsetDateTime at) {
        String id = "J-" + UUID.randomUUID().toString().substring(0, 18);
        BigDecimal total = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(units));
        orders.place("gadgets", new OrderRequest(id, new CustomerRef(customer.customerId().value(), null, null),
                Channel.POS, "MSK", "Shop 1", at,
                List.of(new BasketLine("1", "SKU-1", "Товар", "phones", "Acme", "Supplier", units, new BigDecimal(unitPrice))),
                new ArrayList<>(List.of(new Payment(PaymentMethod.CARD, total)))));
        return id;
    }
}
