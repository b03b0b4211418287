package io.kopilka.web.backoffice.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Reason;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PayoutQueueTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;

    @Autowired
    Ledger ledger;

    @Autowired
    AuditLog audit;

    private long memberId;
    private long payoutId;
    private BrowserSession finance;

    /** A customer of this test's own with 1 000 points who asked to withdraw 300 of them. */
    @BeforeEach
    void customerWaitingForAPayout() {
        String phone = "+7997" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        Customer customer = customers.register(NewCustomer.withPhone(phone).withNames("Пётр", "Выплатов"));
        memberId = customer.customerId().value();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        ledger.grant(new Grant(operation("promotion.grant", now), memberId, 1_000, now.plusMonths(6)));
        payoutId = ledger.requestPayout(new PayoutRequest(operation("payout.request", now), memberId, 300))
                .transferId();
        finance = signedIn("finance");
    }

    private static Operation operation(String reason, LocalDateTime at) {
        return new Operation("test-" + UUID.randomUUID(), "gadgets", Reason.of(reason), at);
    }

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private HttpResponse<String> decideWithHtmx(BrowserSession staff, String decision) {
        Map.Entry<String, String> csrf = staff.csrfMetaTags("/backoffice");
        return staff.post("/backoffice/payouts/" + payoutId + "/" + decision, "HX-Request", "true",
                csrf.getKey(), csrf.getValue());
    }

    private Balances balances() {
        return ledger.balances(memberId, LocalDateTime.now(ZoneOffset.UTC));
    }

    private List<AuditEntry> audited(String action) {
        return audit.search(new AuditQuery("finance", action, null, null, null, 500)).stream()
                .filter(entry -> entry.subject().equals("payout " + payoutId + " of customer " + memberId)).toList();
    }

    @Test
    void financeSeesTheQueueWithTheCustomer() {
        String page = finance.get("/backoffice/payouts").body();

        assertThat(page).contains("id=\"payout-" + payoutId + "\"", "Пётр Выплатов",
                "href=\"/backoffice/customers/" + memberId + "\"", "hx-confirm=");
        assertThat(page).as("Boris's demo payout waits too").contains("Борис Кузнецов");
    }

    @Test
    void approvingPaysTheReservedPointsAndIsAudited() {
        HttpResponse<String> answer = decideWithHtmx(finance, "approve");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"payouts-queue\"", "id=\"payout-notice\"", "одобрена")
                .doesNotContain("id=\"payout-" + payoutId + "\"").doesNotContain("<html");
        assertThat(balances().reserved()).isZero();
        assertThat(balances().available()).isEqualTo(700);
        assertThat(audited("payout.approved")).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("status=PAID"));
        assertThat(finance.get("/backoffice/payouts").body()).doesNotContain("id=\"payout-" + payoutId + "\"");
    }

    @Test
    void rejectingReturnsThePointsAndIsAudited() {
        HttpResponse<String> answer = decideWithHtmx(finance, "reject");

        assertThat(answer.body()).contains("отклонена").doesNotContain("id=\"payout-" + payoutId + "\"");
        assertThat(balances().reserved()).isZero();
        assertThat(balances().available()).isEqualTo(1_000);
        assertThat(audited("payout.rejected")).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("status=REJECTED"));
    }

    @Test
    void aPayoutAlreadyDecidedByAColleagueGetsAClearMessageAndNothingChanges() {
        decideWithHtmx(signedIn("finance"), "approve");

        HttpResponse<String> late = decideWithHtmx(finance, "reject");

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("уже принято решение");
        assertThat(balances().available()).isEqualTo(700);
        assertThat(audited("payout.rejected")).isEmpty();
        assertThat(audited("payout.approved")).hasSize(1);
    }

    @Test
    void withoutScriptTheDecisionRedirectsBackToTheQueue() {
        Map.Entry<String, String> csrf = finance.csrfMetaTags("/backoffice");

        HttpResponse<String> post = finance.postForm("/backoffice/payouts/" + payoutId + "/approve", Map.of(),
                csrf.getValue());

        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(finance.get("/backoffice/payouts").body()).contains("одобрена");
        assertThat(balances().reserved()).isZero();
    }

    @Test
    void onlyFinanceDecidesPayouts() {
        for (String login : new String[] {"admin", "consultant", "marketer"}) {
            BrowserSession staff = signedIn(login);
            assertThat(staff.get("/backoffice/payouts").statusCode()).as(login).isEqualTo(403);
            assertThat(decideWithHtmx(staff, "approve").statusCode()).as(login).isEqualTo(403);
        }
        assertThat(balances().reserved()).isEqualTo(300);
    }
}
