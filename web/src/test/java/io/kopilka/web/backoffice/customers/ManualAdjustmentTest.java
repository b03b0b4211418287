package io.kopilka.web.backoffice.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ManualAdjustmentTest extends PortalIntegrationTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Autowired
    Customers customers;

    @Autowired
    Ledger ledger;

    @Autowired
    AuditLog audit;

    private BrowserSession admin;
    private long id;
    private String path;

    @BeforeEach
    void customerWithAThousandPoints() {
        id = TestCustomers.registerWithPoints(customers, ledger, "Корректируемая", 1_000).customerId().value();
        path = "/backoffice/customers/" + id;
        admin = new BrowserSession(port);
        admin.signIn("admin", "demo");
    }

    /** The form as the page renders it for the admin: its own key and default expiry, filled with these values. */
    private Map<String, String> form(String points, String comment) {
        String page = admin.get(path).body();
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the form carries an idempotency key").isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("idempotencyKey", key.group(1));
        form.put("points", points);
        form.put("comment", comment);
        form.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusMonths(14).toString());
        return form;
    }

    private HttpResponse<String> postWithHtmx(Map<String, String> form) {
        Map.Entry<String, String> csrf = admin.csrfMetaTags(path);
        return admin.postForm(path + "/adjustments", form, csrf.getValue(), "HX-Request", "true");
    }

    private List<AuditEntry> adjustmentsAudited() {
        return audit.search(new AuditQuery("admin", "ledger.adjusted", null, null, null, 500)).stream()
                .filter(entry -> entry.subject().equals("customer " + id)).toList();
    }

    @Test
    void adminsAdjustmentChangesTheBalanceAndShowsInTheHistoryAndTheAuditLog() {
        HttpResponse<String> answer = postWithHtmx(form("250", "Компенсация по обращению 77"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"adjustment-notice\"", "Корректировка сохранена")
                .containsPattern("id=\"balances\"[^>]*hx-swap-oob=\"true\"")
                .containsPattern("id=\"history-card\"[^>]*hx-swap-oob=\"true\"")
                .contains("Корректировка сотрудником: Компенсация по обращению 77")
                .doesNotContain("<html");
        assertThat(TestCustomers.available(ledger, id)).isEqualTo(1_250);

        String page = admin.get(path).body();
        assertThat(page).contains("Корректировка сотрудником: Компенсация по обращению 77", "Сотрудник admin",
                "Бэк-офис", "+250");
        assertThat(adjustmentsAudited()).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("available=1000");
            assertThat(entry.after()).isEqualTo("available=1250");
        });
    }

    @Test
    void adminTakesPointsAwayWithAMinus() {
        postWithHtmx(form("−300", "Ошибочное начисление"));

        assertThat(TestCustomers.available(ledger, id)).isEqualTo(700);
        assertThat(adjustmentsAudited()).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("available=700"));
    }

    @Test
    void invalidAdjustmentsShowAMessageNextToTheFieldAndChangeNothing() {
        String noComment = postWithHtmx(form("100", "  ")).body();
        assertThat(noComment).contains("id=\"comment-error\"", "Напишите, почему меняются баллы.")
                .doesNotContain("hx-swap-oob");

        String zero = postWithHtmx(form("0", "Ноль")).body();
        assertThat(zero).contains("id=\"points-error\"", "Ноль баллов ничего не меняет");

        String text = postWithHtmx(form("десять", "Текст")).body();
        assertThat(text).contains("id=\"points-error\"", "Введите целое число баллов");

        String tooMuch = postWithHtmx(form("-1001", "Больше, чем есть")).body();
        assertThat(tooMuch).contains("id=\"points-error\"", "Списать можно не больше доступных баллов: сейчас их 1");

        Map<String, String> pastDate = form("100", "Прошлое");
        pastDate.put("expiresOn", "2020-01-01");
        assertThat(postWithHtmx(pastDate).body()).contains("id=\"expiresOn-error\"");

        assertThat(TestCustomers.available(ledger, id)).isEqualTo(1_000);
        assertThat(adjustmentsAudited()).isEmpty();
    }

    @Test
    void theSameFormPostedTwiceAdjustsOnce() {
        Map<String, String> form = form("100", "Двойной клик");

        assertThat(postWithHtmx(form).body()).contains("Корректировка сохранена");
        assertThat(postWithHtmx(form).body()).contains("уже была сохранена");
        Map.Entry<String, String> csrf = admin.csrfMetaTags(path);
        admin.postForm(path + "/adjustments", form, csrf.getValue()); // and once more without script

        assertThat(TestCustomers.available(ledger, id)).isEqualTo(1_100);
        assertThat(adjustmentsAudited()).hasSize(1);
    }

    @Test
    void withoutScriptTheFormPostsAndRedirectsToTheCustomerPage() {
        Map.Entry<String, String> csrf = admin.csrfMetaTags(path);

        HttpResponse<String> post = admin.postForm(path + "/adjustments", form("40", "Без скрипта"), csrf.getValue());

        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith(path);
        assertThat(admin.get(path).body()).contains("Корректировка сохранена", "Корректировка сотрудником: Без скрипта");
        assertThat(TestCustomers.available(ledger, id)).isEqualTo(1_040);

        HttpResponse<String> invalid = admin.postForm(path + "/adjustments", form("", "Пусто"), csrf.getValue());
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("<html", "id=\"points-error\"", "id=\"history\"");
    }
}
