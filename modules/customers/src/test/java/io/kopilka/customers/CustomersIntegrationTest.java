package io.kopilka.customers;

import io.kopilka.db.embedded.TestDatabaseFolder;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The module against a real MariaDB: the embedded one in a fresh folder under {@code target/} (or the server named by
 * {@code KOPILKA_DB_URL}), with the demo programme's tiers. All subclasses share one context and one database, so
 * each test makes its own people with {@link #newPhone()}.
 */
@SpringBootTest(classes = CustomersTestApplication.class)
public abstract class CustomersIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    protected Customers customers;

    @Autowired
    protected Programme programme;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoTiers() {
        if (programme.tiers().isEmpty()) {
            programme.addTier(new Tier("START", "Start", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00"), null, List.of()));
            programme.addTier(new Tier("SILVER", "Silver", 2, new BigDecimal("50000.00"), new BigDecimal("3.00"), new BigDecimal("70.00"), null, List.of()));
            programme.addTier(new Tier("GOLD", "Gold", 3, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00"), null, List.of()));
        }
    }

    /** A phone no other test uses, in the stored form. */
    protected static String newPhone() {
        return "+7916" + String.format("%07d", PHONES.incrementAndGet());
    }
}
