package io.kopilka.web.backoffice.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.TierQualification;
import io.kopilka.web.support.BrowserSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PoliciesFormTest extends ProgrammeFormsTest {

    @Autowired
    Programme programme;
    @Autowired
    AuditLog audit;

    private ProgrammePolicies demo;

    @BeforeEach
    void remember() {
        demo = programme.policies();
    }

    @AfterEach
    void restore() {
        programme.changePolicies(demo, "test");
    }

    private static Map<String, String> form(String qualification, String window, String availability, String day,
                                            String hours, String expiry, String months, String cap) {
        Map<String, String> form = new HashMap<>();
        form.put("qualification", qualification);
        form.put("qualificationWindowMonths", window);
        form.put("availability", availability);
        form.put("settlementDay", day);
        form.put("hoursAfterPurchase", hours);
        form.put("expiry", expiry);
        form.put("expiryMonths", months);
        form.put("monthlyCashbackCap", cap);
        return form;
    }

    @Test
    void theDemoProgrammeHasTheBriefsPoliciesAndAllStaffReadThem() {
        assertThat(demo).isEqualTo(new ProgrammePolicies(TierQualification.purchaseSumOver(14),
                PointsAvailability.onDeliverySettledDaily(), PointsExpiry.monthsAfterLastPurchase(14), 3000L));
        String page = signedIn("consultant").get("/backoffice/programme").body();
        assertThat(page).contains("По сумме покупок за последние 14 мес.", "После доставки заказа, при ежедневном расчёте",
                "Все баллы — через 14 мес. после последней покупки", "3 000 баллов", "RUB",
                "Изменения действуют для заказов, оформленных после сохранения.");
    }

    @Test
    void anAdminChangesThePoliciesWithNumbersTypedTheRussianWayAndTheChangeIsAudited() {
        BrowserSession admin = signedIn("admin");

        HttpResponse<String> saved = submit(admin, "/backoffice/programme/policies", form("PURCHASE_COUNT_FOR_LIFE", "",
                "ON_DELIVERY_MONTHLY", "11", "", "MONTHS_AFTER_ACCRUAL", "6", "5 000"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(programme.policies()).isEqualTo(new ProgrammePolicies(TierQualification.purchaseCountForLife(),
                PointsAvailability.onDeliverySettledMonthlyOn(11), PointsExpiry.monthsAfterAccrual(6), 5000L));
        assertThat(admin.get("/backoffice/programme").body()).contains("Правила программы сохранены.",
                "По числу покупок, уровень сохраняется навсегда", "при расчёте раз в месяц, 11-го числа",
                "Через 6 мес. после начисления", "5 000 баллов", "От, покупок");
        assertThat(audit.search(new AuditQuery("admin", "programme.policies", null, null, null, 1)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).contains("monthlyCap=3000 points", "settled daily");
                    assertThat(entry.after()).contains("monthlyCap=5000 points", "settled monthly on day 11",
                            "tiers=purchase count, kept for life", "expiry=6 months after accrual");
                });
    }

    @Test
    void anEmptyCapMeansNoCapAndHoursAfterPurchaseAreShown() {
        BrowserSession admin = signedIn("admin");

        submit(admin, "/backoffice/programme/policies", form("PURCHASE_SUM_IN_WINDOW", "12", "HOURS_AFTER_PURCHASE",
                "", "24", "MONTHS_AFTER_LAST_PURCHASE", "14", " "));

        assertThat(programme.policies().monthlyCashbackCap()).isNull();
        assertThat(admin.get("/backoffice/programme").body()).contains("Без предела", "Через 24 ч после покупки",
                "От, ₽ за 12 мес.");
    }

    @Test
    void invalidPoliciesAreExplainedNextToTheFieldsAndChangeNothing() {
        BrowserSession admin = signedIn("admin");

        String dayAndCap = submit(admin, "/backoffice/programme/policies", form("PURCHASE_SUM_IN_WINDOW", "0",
                "ON_DELIVERY_MONTHLY", "29", "", "MONTHS_AFTER_ACCRUAL", "-1", "0")).body();
        assertThat(dayAndCap).contains(
                "id=\"settlementDay-error\"", "День месяца — от 1 до 28.",
                "id=\"qualificationWindowMonths-error\"", "Число месяцев — от 1 до 120.",
                "id=\"expiryMonths-error\"", "id=\"monthlyCashbackCap-error\"", "Предел — от 1",
                "aria-invalid=\"true\"", "aria-describedby=\"settlementDay-error\"");

        String notNumbers = submit(admin, "/backoffice/programme/policies", form("PURCHASE_SUM_IN_WINDOW", "14",
                "HOURS_AFTER_PURCHASE", "", "-3", "SOMETIMES", "1,5", "много")).body();
        assertThat(notNumbers).contains("id=\"hoursAfterPurchase-error\"", "Число часов — от 0 до 8 760.",
                "id=\"expiry-error\"", "Выберите один из вариантов.", "Введите целое число");

        assertThat(programme.policies()).isEqualTo(demo);
    }

    @Test
    void messagesAreInEnglishForEnglishReaders() {
        BrowserSession admin = signedIn("admin");
        admin.get("/backoffice/programme?lang=en");

        String page = submit(admin, "/backoffice/programme/policies", form("PURCHASE_SUM_IN_WINDOW", "14",
                "ON_DELIVERY_MONTHLY", "0", "", "MONTHS_AFTER_ACCRUAL", "6", "")).body();

        assertThat(page).contains("Day of the month: from 1 to 28.");
        assertThat(programme.policies()).isEqualTo(demo);
    }
}
