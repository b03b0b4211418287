package io.kopilka.web.cabinet;

import static io.kopilka.web.cabinet.CabinetPeople.figure;
import static io.kopilka.web.cabinet.CabinetPeople.memberId;
import static io.kopilka.web.cabinet.CabinetPeople.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.ExpiringPoints;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Redemption;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.Reversal;
import io.kopilka.ledger.SourceRef;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CabinetHomeTest extends PortalIntegrationTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;

    private BrowserSession signedIn(String login, String password) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, password);
        return session;
    }

    private Balances balancesOf(String phone) {
        return ledger.balances(memberId(customers.findByPhone(phone).orElseThrow()), now().plusDays(30));
    }

    @Test
    void homeShowsTheDemoCustomersRealAvailableAndPendingPointsWithTheirExplanation() {
        for (String phone : new String[] {"+79990000001", "+79990000003"}) {
            String page = signedIn(phone, "demo").get("/cabinet").body();
            Balances balances = balancesOf(phone);

            assertThat(figure(page, "available-points")).as(phone + " available").isEqualTo(balances.available());
            assertThat(figure(page, "pending-points")).as(phone + " pending").isEqualTo(balances.pending());
            assertThat(balances.pending()).as("the demo gives everyone an order on its way").isPositive();
            assertThat(page).contains("Ими можно оплатить часть следующей покупки прямо сейчас.",
                    "Баллы за покупку, которую ещё не получили. Они станут доступными после получения заказа.");
        }
    }

    @Test
    void homeShowsThePointsExpiringWithinThirtyDaysWithTheirDates() {
        String page = signedIn("+79990000001", "demo").get("/cabinet").body();
        Balances balances = balancesOf("+79990000001");

        assertThat(balances.expiring()).as("Anna's promotional gift expires within the month").isNotEmpty();
        for (ExpiringPoints expiring : balances.expiring()) {
            String date = expiring.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            assertThat(page.replace('\u00a0', ' ')).containsPattern(
                    "class=\"expiring-item\">" + String.format(java.util.Locale.ROOT, "%,d", expiring.points()).replace(',', ' ')
                            + " балл(а|ов)? сгор(ит|ят) " + date.replace(".", "\\.") + "<");
        }
    }

    @Test
    void homeNamesTheCustomersTierAndMarksItAmongTheTiers() {
        String page = signedIn("+79990000003", "demo").get("/cabinet").body();

        assertThat(page).containsPattern("id=\"current-tier\">\\s*<span>Ваш уровень:</span>\\s*<strong>Золото</strong>");
        assertThat(page).containsPattern("class=\"tier tier-gold tier-current\"[^>]*aria-current=\"true\"");
        assertThat(page).doesNotContainPattern("tier-(start|silver) tier-current");
    }

    @Test
    void reservedPointsAndDebtAreShownOnlyWhenThereAreSome() {
        CabinetPeople people = new CabinetPeople(accounts, customers, ledger);
        Customer customer = people.newCustomer("Глеб");
        BrowserSession session = signedIn(customer.phone(), CabinetPeople.PASSWORD);

        String empty = session.get("/cabinet").body();
        assertThat(figure(empty, "available-points")).isZero();
        assertThat(empty).doesNotContain("id=\"reserved\"", "id=\"debt\"")
                .contains("id=\"nothing-expiring\"", "В ближайшие 30 дней баллы не сгорают.");

        // a purchase delivered and spent, then returned: the points it earned are owed
        long member = memberId(customer);
        SourceRef order = SourceRef.of("T-" + UUID.randomUUID());
        ledger.accrue(new Accrual(op("order.purchase"), member, 100, order));
        ledger.release(new Release(op("order.delivered"), member, order, null, now().plusMonths(14)));
        ledger.redeem(new Redemption(op("order.redeemed"), member, 100, SourceRef.of("T-" + UUID.randomUUID())));
        ledger.reverse(new Reversal(op("order.returned"), member, order, 40, 0, now().plusMonths(14)));

        String withDebt = session.get("/cabinet").body();
        assertThat(figure(withDebt, "debt-points")).isEqualTo(ledger.balances(member, now()).debt()).isEqualTo(40);
        assertThat(withDebt).contains("Долг").doesNotContain("id=\"reserved\"");
    }

    @Test
    void noUrlParameterShowsAnotherCustomersFigures() {
        CabinetPeople people = new CabinetPeople(accounts, customers, ledger);
        Customer other = people.newCustomer("Дарья");
        people.grant(other, 777_777, "Чужой подарок", now().minusDays(1), 10);
        long anna = memberId(customers.findByPhone("+79990000001").orElseThrow());
        long others = memberId(other);

        String page = signedIn("+79990000001", "demo")
                .get("/cabinet?member=" + others + "&memberId=" + others + "&customerId=" + others).body();

        assertThat(figure(page, "available-points")).isEqualTo(ledger.balances(anna, now()).available());
        assertThat(page.replace('\u00a0', ' ')).doesNotContain("777 777");
    }

    private static Operation op(String reason) {
        return new Operation(UUID.randomUUID().toString(), "gadgets", Reason.of(reason, "order", "T"), now());
    }
}
