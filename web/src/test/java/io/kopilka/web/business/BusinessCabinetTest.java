package io.kopilka.web.business;

import static io.kopilka.web.cabinet.CabinetPeople.figure;
import static io.kopilka.web.cabinet.CabinetPeople.now;
import static io.kopilka.web.cabinet.CabinetPeople.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessCabinetTest extends PortalIntegrationTest {

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

    @Test
    void buyerSeesTheCompanysBalancesNameAndHistory() {
        Customer buyer = customers.findByPhone("+79990000011").orElseThrow();
        long company = buyer.company().companyId().value();
        Balances balances = ledger.balances(company, now().plusDays(30));

        String page = signedIn("+79990000011", "demo").get("/business").body();

        assertThat(page).contains("Компания «Demo Trade LLC»");
        assertThat(figure(page, "available-points")).isEqualTo(balances.available()).isPositive();
        assertThat(figure(page, "pending-points")).isEqualTo(balances.pending()).isPositive();
        assertThat(reasons(page)).contains("Доставлена часть заказа B-5001 — баллы за неё стали доступными",
                "Покупка, заказ B-5001");
        assertThat(page).contains("<td class=\"network\">Отдел B2B</td>");
    }

    @Test
    void bothBuyersOfTheCompanySeeTheSameCompanyPoints() {
        String dmitry = signedIn("+79990000011", "demo").get("/business").body();
        String elena = signedIn("+79990000012", "demo").get("/business").body();

        assertThat(figure(elena, "available-points")).isEqualTo(figure(dmitry, "available-points"));
        assertThat(reasons(elena)).isEqualTo(reasons(dmitry));
    }

    @Test
    void buyerWithoutACompanySeesAClearMessage() {
        CabinetPeople people = new CabinetPeople(accounts, customers, ledger);
        Customer loner = people.register("Фёдор", Role.B2B_BUYER);
        accounts.register(new NewAccount("+79950000999", CabinetPeople.PASSWORD, "Без записи", Set.of(Role.B2B_BUYER)));

        for (String login : new String[] {loner.phone(), "+79950000999"}) {
            String page = signedIn(login, CabinetPeople.PASSWORD).get("/business").body();
            assertThat(page).as(login).contains("id=\"no-company\"", "Вы ещё не привязаны к компании.")
                    .doesNotContain("id=\"available-points\"", "id=\"history\"");
        }
    }

    @Test
    void showMoreOnTheCompanyHistoryIsAFragmentOfTheSamePath() {
        BrowserSession buyer = signedIn("+79990000011", "demo");
        long company = customers.findByPhone("+79990000011").orElseThrow().company().companyId().value();
        String afterNewest = ledger.history(company, null, 1).next().token();
        java.util.List<String> all = reasons(buyer.get("/business").body());

        String more = buyer.get("/business?after=" + afterNewest, "HX-Request", "true").body();

        assertThat(more).doesNotContain("<html");
        assertThat(all).hasSizeGreaterThan(1);
        assertThat(reasons(more)).containsExactlyElementsOf(all.subList(1, all.size()));
    }
}
