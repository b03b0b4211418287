package io.kopilka.web.cabinet;

import static io.kopilka.web.cabinet.CabinetPeople.memberId;
import static io.kopilka.web.cabinet.CabinetPeople.now;
import static io.kopilka.web.cabinet.CabinetPeople.points;
import static io.kopilka.web.cabinet.CabinetPeople.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CabinetHistoryTest extends PortalIntegrationTest {

    private static final Pattern MORE = Pattern.compile("id=\"history-more\"[^>]*href=\"/cabinet/history\\?after=([^\"]+)\"");

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

    /** A customer with 25 gifts "Акция 1" … "Акция 25", a day apart, the last one the newest. */
    private Customer customerWith25Gifts() {
        Customer customer = people.newCustomer("Ирина");
        LocalDateTime start = now().minusDays(30);
        for (int i = 1; i <= 25; i++) {
            people.grant(customer, i, "Акция " + i, start.plusDays(i), 365);
        }
        return customer;
    }

    private BrowserSession signedIn(Customer customer) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(customer.phone(), CabinetPeople.PASSWORD);
        return session;
    }

    private static List<String> gifts(int from, int downTo) {
        return IntStream.rangeClosed(downTo, from).map(i -> from + downTo - i)
                .mapToObj(i -> "Подарок по акции «Акция " + i + "»").toList();
    }

    private static String nextToken(String html) {
        Matcher more = MORE.matcher(html);
        assertThat(more.find()).as("a \"show more\" link").isTrue();
        return more.group(1);
    }

    @Test
    void historyShowsTwentyEntriesNewestFirstWithReasonsInWordsAndSignedPoints() {
        Customer customer = customerWith25Gifts();

        String page = signedIn(customer).get("/cabinet/history").body();

        assertThat(page).contains("<table class=\"history-table\" id=\"history\">");
        assertThat(reasons(page)).containsExactlyElementsOf(gifts(25, 6));
        assertThat(points(page)).first().isEqualTo("+25");
        assertThat(page).contains("<td class=\"account\">доступные</td>", "<td class=\"network\">Гаджеты</td>");
        assertThat(page).contains("id=\"history-more\"");
    }

    @Test
    void showMoreReturnsTheNextRowsAsAFragmentAndNoButtonAtTheEnd() {
        Customer customer = customerWith25Gifts();
        BrowserSession session = signedIn(customer);
        String token = nextToken(session.get("/cabinet/history").body());

        HttpResponse<String> more = session.get("/cabinet/history?after=" + token, "HX-Request", "true");

        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).doesNotContain("<html", "<table", "id=\"history-more\"");
        assertThat(reasons(more.body())).containsExactlyElementsOf(gifts(5, 1));
    }

    @Test
    void withoutScriptShowMoreOpensTheNextPage() {
        Customer customer = customerWith25Gifts();
        BrowserSession session = signedIn(customer);
        String token = nextToken(session.get("/cabinet/history").body());

        String next = session.get("/cabinet/history?after=" + token).body();

        assertThat(next).contains("<html", "<table class=\"history-table\" id=\"history\">", "К самым новым");
        assertThat(reasons(next)).containsExactlyElementsOf(gifts(5, 1));
    }

    @Test
    void pointsSpentShowWithAMinusSignAndPointsEarnedWithAPlus() {
        BrowserSession anna = new BrowserSession(port);
        anna.signIn("+79990000001", "demo");

        String page = anna.get("/cabinet/history").body();

        int spent = reasons(page).indexOf("Оплата баллами, заказ G-1002");
        int earned = reasons(page).indexOf("Покупка, заказ H-2002");
        assertThat(spent).as("Anna paid part of order G-1002 with points").isNotNegative();
        assertThat(points(page).get(spent)).isEqualTo("\u2212120");
        assertThat(points(page).get(earned)).as("1.5 % of the 5 000 order in St Petersburg").isEqualTo("+75");
        assertThat(earned).as("newest first").isLessThan(spent);
    }

    @Test
    void noParameterShowsAnotherCustomersHistory() {
        Customer mine = people.newCustomer("Олег");
        people.grant(mine, 5, "Моя акция", now().minusDays(2), 30);
        Customer theirs = people.newCustomer("Пётр");
        people.grant(theirs, 7, "Чужая акция", now().minusDays(1), 30);
        long other = memberId(theirs);
        String theirToken = ledger.history(other, null, 1).entries().get(0).cursor().token();
        BrowserSession session = signedIn(mine);

        for (String path : new String[] {"/cabinet/history?member=" + other, "/cabinet/history?memberId=" + other,
                "/cabinet/history?customerId=" + other + "&member=" + other}) {
            String page = session.get(path).body();
            assertThat(reasons(page)).as(path).containsExactly("Подарок по акции «Моя акция»");
        }
        String fragment = session.get("/cabinet/history?after=" + theirToken + "&member=" + other,
                "HX-Request", "true").body();
        assertThat(fragment).doesNotContain("Чужая акция");
        assertThat(reasons(fragment)).containsExactly("Подарок по акции «Моя акция»");
    }

    @Test
    void aCursorThatIsNotOneIsABadRequest() {
        Customer customer = people.newCustomer("Роман");

        assertThat(signedIn(customer).get("/cabinet/history?after=nonsense", "HX-Request", "true").statusCode())
                .isEqualTo(400);
    }
}
