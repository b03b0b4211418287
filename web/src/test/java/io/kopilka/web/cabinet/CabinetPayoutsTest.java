package io.kopilka.web.cabinet;

import static io.kopilka.web.cabinet.CabinetPeople.inputValue;
import static io.kopilka.web.cabinet.CabinetPeople.memberId;
import static io.kopilka.web.cabinet.CabinetPeople.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Payout;
import io.kopilka.ledger.PayoutStatus;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CabinetPayoutsTest extends PortalIntegrationTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;

    private CabinetPeople people;

    @BeforeEach
    void people() {
        people = new CabinetPeople(accounts, customers, ledger);
    }

    private Customer customerWith(long points) {
        Customer customer = people.newCustomer("Светлана");
        people.grant(customer, points, "Старт", now().minusDays(3), 90);
        return customer;
    }

    private BrowserSession signedIn(Customer customer) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(customer.phone(), CabinetPeople.PASSWORD);
        return session;
    }

    /** Opens the form (which makes its key) and posts it as htmx would, with the points typed. */
    private static HttpResponse<String> postWithHtmx(BrowserSession session, HttpResponse<String> form, String points) {
        return session.postForm("/cabinet/payouts",
                Map.of("points", points, "idempotencyKey", inputValue(form, "idempotencyKey")),
                inputValue(form, "_csrf"), "HX-Request", "true");
    }

    private Balances balances(Customer customer) {
        return ledger.balances(memberId(customer), now());
    }

    @Test
    void aRequestReservesThePointsAndIsListedAsRequested() {
        Customer customer = customerWith(1_000);
        BrowserSession session = signedIn(customer);

        HttpResponse<String> response = postWithHtmx(session, session.get("/cabinet/payouts"), "300");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html")
                .contains("id=\"payout-requested\"", "Заявка принята. К выводу: 300\u00a0баллов.")
                .contains("id=\"payout-list\"", "hx-swap-oob=\"true\"", "принята, ждёт проверки");
        assertThat(balances(customer).available()).isEqualTo(700);
        assertThat(balances(customer).reserved()).isEqualTo(300);
        assertThat(ledger.payouts(memberId(customer))).singleElement()
                .satisfies(payout -> assertThat(payout.points()).isEqualTo(300))
                .satisfies(payout -> assertThat(payout.status()).isEqualTo(PayoutStatus.REQUESTED))
                .satisfies(payout -> assertThat(payout.network()).isEqualTo("portal"));
        assertThat(session.get("/cabinet").body()).contains("id=\"reserved\"", "Зарезервированы для вывода");
        assertThat(session.get("/cabinet/history").body()).contains("Заявка на вывод баллов на карту",
                "<td class=\"network\">Личный кабинет</td>");
    }

    @Test
    void theSameFormPostedTwiceReservesThePointsOnce() {
        Customer customer = customerWith(1_000);
        BrowserSession session = signedIn(customer);
        HttpResponse<String> form = session.get("/cabinet/payouts");

        HttpResponse<String> first = postWithHtmx(session, form, "250");
        HttpResponse<String> second = postWithHtmx(session, form, "250");
        HttpResponse<String> third = session.postForm("/cabinet/payouts",
                Map.of("points", "250", "idempotencyKey", inputValue(form, "idempotencyKey")), inputValue(form, "_csrf"));

        assertThat(first.body()).contains("id=\"payout-requested\"");
        assertThat(second.body()).as("a double click is not an error").contains("id=\"payout-requested\"");
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.body()).contains("<html", "id=\"payout-requested\"");
        assertThat(ledger.payouts(memberId(customer))).hasSize(1);
        assertThat(balances(customer).available()).isEqualTo(750);
        assertThat(balances(customer).reserved()).isEqualTo(250);
        assertThat(inputValue(first, "idempotencyKey")).as("the next request gets a new key")
                .isNotEqualTo(inputValue(form, "idempotencyKey"));
    }

    @Test
    void theSameFormSentAgainWithAnotherAmountIsRefusedAndTheFirstRequestCounts() {
        Customer customer = customerWith(1_000);
        BrowserSession session = signedIn(customer);
        HttpResponse<String> form = session.get("/cabinet/payouts");
        postWithHtmx(session, form, "100");

        HttpResponse<String> again = postWithHtmx(session, form, "200");

        assertThat(again.body()).contains("Эта заявка уже отправлена.").doesNotContain("id=\"payout-requested\"");
        assertThat(inputValue(again, "idempotencyKey")).isNotEqualTo(inputValue(form, "idempotencyKey"));
        assertThat(ledger.payouts(memberId(customer))).extracting(Payout::points).containsExactly(100L);
        assertThat(balances(customer).available()).isEqualTo(900);
    }

    @Test
    void aNewFormMakesANewRequest() {
        Customer customer = customerWith(1_000);
        BrowserSession session = signedIn(customer);

        HttpResponse<String> first = postWithHtmx(session, session.get("/cabinet/payouts"), "100");
        postWithHtmx(session, first, "100");

        assertThat(ledger.payouts(memberId(customer))).extracting(Payout::points).containsExactly(100L, 100L);
        assertThat(balances(customer).available()).isEqualTo(800);
    }

    @Test
    void invalidAmountsShowAMessageNextToTheFieldAndReserveNothing() {
        Customer customer = customerWith(100);
        BrowserSession session = signedIn(customer);
        HttpResponse<String> form = session.get("/cabinet/payouts");
        Map<String, String> cases = Map.of(
                "0", "Число баллов должно быть больше нуля.",
                "-5", "Число баллов должно быть больше нуля.",
                "abc", "Введите целое число баллов цифрами, например 500.",
                "12.5", "Введите целое число баллов цифрами, например 500.",
                "", "Укажите, сколько баллов вывести.",
                "101", "Столько баллов нет: доступно 100\u00a0баллов.",
                "99999999999999999999", "Столько баллов нет: доступно 100\u00a0баллов.");

        cases.forEach((typed, message) -> {
            String body = postWithHtmx(session, form, typed).body();
            assertThat(body).as("points %s", typed)
                    .contains("id=\"points-error\"", message, "aria-invalid=\"true\"",
                            "aria-describedby=\"points-error points-hint\"")
                    .doesNotContain("id=\"payout-requested\"", "hx-swap-oob");
        });

        assertThat(ledger.payouts(memberId(customer))).isEmpty();
        assertThat(balances(customer).available()).isEqualTo(100);
        assertThat(balances(customer).reserved()).isZero();
    }

    @Test
    void withoutScriptAnInvalidAmountShowsTheWholePageWithTheMessage() {
        Customer customer = customerWith(100);
        BrowserSession session = signedIn(customer);
        HttpResponse<String> form = session.get("/cabinet/payouts");

        HttpResponse<String> response = session.postForm("/cabinet/payouts",
                Map.of("points", "0", "idempotencyKey", inputValue(form, "idempotencyKey")), inputValue(form, "_csrf"));

        assertThat(response.body()).contains("<html", "id=\"points-error\"", "Число баллов должно быть больше нуля.");
        assertThat(ledger.payouts(memberId(customer))).isEmpty();
    }

    @Test
    void aKeyThisSessionNeverRenderedIsRefusedAndChangesNothing() {
        Customer customer = customerWith(500);
        BrowserSession session = signedIn(customer);
        HttpResponse<String> form = session.get("/cabinet/payouts");

        HttpResponse<String> response = session.postForm("/cabinet/payouts",
                Map.of("points", "100", "idempotencyKey", "made-up-key"), inputValue(form, "_csrf"),
                "HX-Request", "true");

        assertThat(response.body()).contains("Форма устарела");
        assertThat(inputValue(response, "idempotencyKey")).as("a fresh form").isNotEqualTo("made-up-key");
        assertThat(ledger.payouts(memberId(customer))).isEmpty();
    }

    @Test
    void theListShowsOnlyTheSignedInCustomersOwnRequests() {
        Customer mine = customerWith(500);
        Customer theirs = customerWith(500);
        BrowserSession their = signedIn(theirs);
        postWithHtmx(their, their.get("/cabinet/payouts"), "444");
        BrowserSession session = signedIn(mine);

        String page = session.get("/cabinet/payouts?member=" + memberId(theirs)).body();

        assertThat(page).contains("id=\"payouts-empty\"").doesNotContain("444\u00a0балла");
    }
}
