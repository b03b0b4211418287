package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BusinessPage;
import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.HistoryPage;
import io.kopilka.e2e.pages.PayoutsPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The points pages as customers use them. The figures are not hard-coded: other tests move points too, so these
 * check what must hold whatever the numbers are.
 */
class CabinetPointsTest extends EndToEndTest {

    private static final Pattern EXPIRING = Pattern.compile("([\\d\\s\u00a0]+) балл(?:а|ов)? сгор(?:ит|ят) (\\d{2}\\.\\d{2}\\.\\d{4})");
    private static final Pattern SIGNED = Pattern.compile("[+\u2212][\\d\\s\u00a0]+");

    private static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    @Test
    void customerSeesTheirBalancesWithTheExplanationAndThePointsExpiringSoon() {
        CabinetPage cabinet = loginPage().signInAsCustomer("+79990000001", PASSWORD);

        assertThat(cabinet.availablePoints()).matches("[\\d\\s\u00a0]+");
        assertThat(number(cabinet.pendingPoints())).as("Anna's order H-2002 is on its way").isPositive();
        assertThat(cabinet.availableExplanation()).isEqualTo("Ими можно оплатить часть следующей покупки прямо сейчас.");
        assertThat(cabinet.pendingExplanation())
                .isEqualTo("Баллы за покупку, которую ещё не получили. Они станут доступными после получения заказа.");
        assertThat(cabinet.expiringPoints()).as("Anna's Black Friday gift ends within the month").isNotEmpty()
                .allSatisfy(line -> {
                    Matcher matcher = EXPIRING.matcher(line);
                    assertThat(matcher.matches()).as(line).isTrue();
                    LocalDate date = LocalDate.parse(matcher.group(2), DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                    assertThat(date).isBetween(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC).plusDays(30));
                });
        assertThat(cabinet.tierOnCard()).isEqualTo("Старт");
        assertThat(cabinet.highlightedTier()).isEqualTo("Старт");
    }

    @Test
    void customerReadsTheHistoryWithReasonsInWords() {
        HistoryPage history = loginPage().signInAsCustomer("+79990000001", PASSWORD).openHistory();

        assertThat(history.reasons()).contains("Оплата баллами, заказ G-1002", "Подарок по акции «Чёрная пятница»",
                "Заказ G-1001 получен — баллы стали доступными");
        assertThat(history.points()).allSatisfy(points -> assertThat(points).matches(SIGNED));
        assertThat(history.points().get(history.reasons().indexOf("Оплата баллами, заказ G-1002"))).isEqualTo("\u2212120");
        assertThat(history.networks()).contains("Гаджеты", "Техника для дома");
    }

    @Test
    void showMoreLoadsTheOlderEntriesInPlace() {
        CabinetPage cabinet = loginPage().signInAsCustomer("+79990000002", PASSWORD);
        // Boris's demo months are ten entries; six small withdrawals (two entries each) make more than a page of 20
        PayoutsPage payouts = cabinet.openPayouts();
        for (int i = 0; i < 6; i++) {
            payouts.request("1");
            assertThat(payouts.confirmation()).contains("Заявка принята");
        }

        HistoryPage history = HistoryPage.open(browser.driver(), portal.baseUrl());
        assertThat(history.reasons()).hasSize(20);
        assertThat(history.offersMore()).isTrue();
        assertThat(history.reasons()).first().isEqualTo("Заявка на вывод баллов на карту");
        String address = history.address();

        history.showMore();

        assertThat(history.reasons()).hasSizeGreaterThan(20)
                .last().isEqualTo("Покупка, заказ G-1101");
        assertThat(history.address()).as("loaded in place").isEqualTo(address);
        if (history.reasons().size() < 40) {
            assertThat(history.offersMore()).as("nothing older is left").isFalse();
        }
    }

    @Test
    void customerRequestsAPayoutAndSeesItListedAsRequested() {
        PayoutsPage payouts = loginPage().signInAsCustomer("+79990000003", PASSWORD).openPayouts();
        long before = number(payouts.available());
        int requestsBefore = payouts.requests().size();

        payouts.request("500");

        assertThat(payouts.confirmation()).contains("Заявка принята. К выводу: 500 баллов.");
        assertThat(number(payouts.available())).isEqualTo(before - 500);
        assertThat(payouts.requests()).hasSize(requestsBefore + 1);
        assertThat(payouts.requests().get(0)).endsWith("| 500 баллов | принята, ждёт проверки");
    }

    @Test
    void aWrongAmountShowsTheMessageNextToTheFieldAndReservesNothing() {
        PayoutsPage payouts = loginPage().signInAsCustomer("+79990000001", PASSWORD).openPayouts();
        String available = payouts.available();
        int requests = payouts.requests().size();

        payouts.request("0");
        assertThat(payouts.pointsError()).isEqualTo("Число баллов должно быть больше нуля.");
        assertThat(payouts.pointsMarkedInvalid()).isTrue();
        assertThat(payouts.pointsErrorDescribesField()).isTrue();

        payouts.request("сто");
        assertThat(payouts.pointsError()).isEqualTo("Введите целое число баллов цифрами, например 500.");

        payouts.request("100000000");
        assertThat(payouts.pointsError()).isEqualTo("Столько баллов нет: доступно " + available + ".");

        assertThat(payouts.confirmation()).isEmpty();
        assertThat(payouts.available()).isEqualTo(available);
        assertThat(payouts.requests()).hasSize(requests);
    }

    @Test
    void buyerSeesTheCompanysPointsAndHistory() {
        BusinessPage business = BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000012", PASSWORD);

        assertThat(business.company()).isEqualTo("Компания «Demo Trade LLC»");
        assertThat(number(business.availablePoints())).isPositive();
        assertThat(business.reasons()).contains("Покупка, заказ B-5001");
    }
}
