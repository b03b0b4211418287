package io.kopilka.programme;

import io.kopilka.db.embedded.TestDatabaseFolder;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The module against a real MariaDB in a fresh folder, with the demo programme's tiers; subclasses share it. */
@SpringBootTest(classes = ProgrammeTestApplication.class)
abstract class ProgrammeIntegrationTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();

    @Autowired
    protected Programme programme;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoTiers() {
        if (programme.tiers().isEmpty()) {
            programme.addTier(new Tier("START", "Start", 1, new BigDecimal("0.00"), new BigDecimal("1.50"), new BigDecimal("50.00")));
            programme.addTier(new Tier("SILVER", "Silver", 2, new BigDecimal("50000.00"), new BigDecimal("3.00"), new BigDecimal("70.00")));
            programme.addTier(new Tier("GOLD", "Gold", 3, new BigDecimal("150000.00"), new BigDecimal("5.00"), new BigDecimal("99.00")));
            programme.addRegion(new Region("MSK", "Moscow", new BigDecimal("10000.00")));
            programme.addNetwork(new Network("gadgets", "Gadgets"));
        }
    }
}
