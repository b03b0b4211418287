package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kopilka.batch.PointsExpiringSoon;
import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.db.embedded.TestDatabaseFolder;
import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.BulkRelease;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.SourceRef;
import io.kopilka.notifications.NotificationsTestApplication;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The module against a real MariaDB, a real SMTP server (GreenMail) and a local HTTP server standing in for the
 * SMS/push provider, all started by the test. Subclasses share one context; each test makes its own customers.
 */
@SpringBootTest(classes = NotificationsTestApplication.class)
abstract class NotificationsIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger PHONES = new AtomicInteger();
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final ProviderStandIn PROVIDER = new ProviderStandIn();

    static {
        SMTP.start();
    }

    @Autowired
    protected NotificationService notifications;
    @Autowired
    protected OutboxTable outbox;
    @Autowired
    protected Customers customers;
    @Autowired
    protected Ledger ledger;
    @Autowired
    protected Programme programme;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kopilka.notifications.provider.url", PROVIDER::url);
        registry.add("kopilka.notifications.provider.token", () -> "test-token");
    }

    @BeforeEach
    void tiers() {
        PROVIDER.answerNormally();
        if (programme.tiers().isEmpty()) {
            programme.addTier(new Tier("START", "Start", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00"), null, List.of()));
            programme.addTier(new Tier("GOLD", "Gold", 2, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00"), null, List.of()));
        }
    }

    /** Now, at the database's precision (DATETIME(6)), so times read back compare equal. */
    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** A customer with the e-mail (or none), first name and consents; written to in the language. */
    protected Customer customer(String email, String firstName, Consents consents, String language) {
        String phone = "+7915" + String.format("%07d", PHONES.incrementAndGet());
        Customer c = customers.register(NewCustomer.withPhone(phone).withEmail(email).withNames(firstName, "Test")
                .withConsents(consents));
        notifications.setLanguage(c.customerId(), language, "consultant");
        return c;
    }

    protected static Operation op(LocalDateTime at) {
        return new Operation(UUID.randomUUID().toString(), "gadgets", Reason.of("ledger.reason.test"), at);
    }

    protected void grant(Customer c, long points) {
        ledger.grant(new Grant(op(now()), c.customerId().value(), points, now().plusDays(90)));
    }

    protected void accrueAndRelease(List<Customer> people, long points) {
        List<String> sources = people.stream().map(c -> "order:" + UUID.randomUUID()).toList();
        for (int i = 0; i < people.size(); i++) {
            ledger.accrue(new Accrual(op(now()), people.get(i).customerId().value(), points,
                    SourceRef.of(sources.get(i))));
        }
        ledger.releaseSources(new BulkRelease("gadgets", sources, now().plusYears(1), Reason.of("ledger.reason.test"),
                now()));
    }

    /** The e-mails GreenMail received for the address. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected List<io.kopilka.notifications.Message> messagesOf(Customer c) {
        return notifications.messagesOf(c.customerId(), 50);
    }

    protected static CustomerId id(Customer c) {
        return c.customerId();
    }
}
