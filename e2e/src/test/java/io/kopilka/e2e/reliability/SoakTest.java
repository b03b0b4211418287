package io.kopilka.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.support.KopilkaProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The soak: concurrent API clients against the running jar while settlement and expiry run; at the end the ledger
 * check passes and every customer's points equal the model computed from the clients' own log. CI runs it for
 * {@value #CI_SECONDS} s; {@code ./mvnw -pl e2e verify -Dtest=SoakTest -Dkopilka.soak.seconds=600} runs it longer
 * (also {@code -Dkopilka.soak.threads}, {@code -Dkopilka.soak.seed}, {@code -Dkopilka.soak.customers}).
 */
class SoakTest {

    static final int CI_SECONDS = 30;
    static final List<String> SETTINGS = List.of("--kopilka.jobs.scheduler.enabled=false");

    private static KopilkaProcess portal;

    @BeforeAll
    static void start() {
        portal = KopilkaProcess.startOwn("soak", Map.of(), SETTINGS);
    }

    @AfterAll
    static void stop() {
        portal.stop();
    }

    @Test
    void concurrentClientsWithRetriesAndDuplicatesNeitherLoseNorInventAPointWhileSettlementAndExpiryRun()
            throws Exception {
        soakAndCheck(new PortalApi(portal.baseUrl(), Duration.ofSeconds(10)), 100);
    }

    /**
     * The soak of {@value #CI_SECONDS} s through {@code api} and its end checks: the model matches, settlement ran
     * for every day, and a late expiry takes exactly the available points. {@code minOrders}: how many orders show
     * that the load really ran.
     */
    static void soakAndCheck(PortalApi api, int minOrders) throws Exception {
        Soak.Settings settings = Soak.Settings.of(6, Duration.ofSeconds(CI_SECONDS), true, LocalDate.of(2027, 3, 1));
        Soak soak = new Soak(api, settings);
        System.out.println("Soak " + settings);
        soak.setUp();
        soak.runLoad(settings.duration());
        soak.resolveNoAnswers(Duration.ofSeconds(60));
        soak.completeJobs(Duration.ofSeconds(120));
        soak.complete("settlement", soak.lastDay().plusDays(1), Duration.ofSeconds(120));

        Soak.Verdict verdict = soak.verify(true);
        System.out.println("Soak figures " + verdict.figures());
        assertThat(verdict.mismatches()).isEmpty();
        assertThat(soak.figure("orders")).as("orders placed").isGreaterThan(minOrders);
        assertThat(soak.figure("duplicates sent")).isPositive();
        assertThat(soak.figure("settlement runs completed")).isGreaterThan(3);

        // Expiry 15 months after the last purchase (the demo programme's rule is 14 months after it) takes exactly
        // what is available, and leaves pending points and debts alone. The clients may have spent every available
        // point during the load, so one more order, in the next month (under a fresh monthly cap), is delivered and
        // settled first.
        LocalDate lastPurchase = soak.lastDay().plusMonths(1);
        soak.placeDelivered(lastPurchase);
        soak.complete("settlement", lastPurchase.plusMonths(2), Duration.ofSeconds(120));
        Map<Long, JsonNode> before = soak.balances();
        soak.complete("expiry", lastPurchase.plusMonths(15), Duration.ofSeconds(120));
        Map<Long, JsonNode> after = soak.balances();
        assertThat(before.values()).as("some points were available to expire")
                .anyMatch(balance -> balance.path("available").asLong() > 0);
        before.forEach((customer, balance) -> {
            assertThat(after.get(customer).path("available").asLong()).as("available of %d", customer).isZero();
            assertThat(after.get(customer).path("pending")).isEqualTo(balance.path("pending"));
            assertThat(after.get(customer).path("debt")).isEqualTo(balance.path("debt"));
        });
        assertThat(api.ledgerCheck().path("ok").asBoolean()).isTrue();
    }
}
