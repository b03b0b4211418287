package io.kopilka.web.backoffice.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The birthday discount through the wizard (type, short form with its defaults, preview, launch), then orders through
 * the processing API: the first one near the birthday gets the discount with its explanation, the next one of the
 * same birthday does not; the cabinet offers it only to a customer who gave a birth date.
 */
class BirthdayPromotionWizardTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;
    @Autowired
    Promotions promotions;
    @Autowired
    Accounts accounts;

    private @Nullable Long launched;

    /** Ends the promotion, so no other test's order near a demo customer's birthday meets it. */
    @AfterEach
    void endIt() {
        if (launched != null && promotions.find(launched).orElseThrow().status() != PromotionStatus.ENDED) {
            promotions.end(launched, "marketer");
        }
    }

    private BrowserSession session(String login, String password) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, password);
        return session;
    }

    private static String csrf(BrowserSession session) {
        return session.csrfMetaTags("/backoffice/promotions").getValue();
    }

    private static String phone() {
        return "+7996" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private HttpResponse<String> placeOrder(long customerId, OffsetDateTime at) throws Exception {
        String body = """
                {"externalId":"%s","customer":{"customerId":%d},"channel":"POS","region":"MSK","store":"Тверская 1",
                 "placedAt":"%s","lines":[{"lineId":"1","sku":"SKU-1","name":"Смартфон","quantity":1,
                 "unitPrice":10000.00}],"payments":[]}""".formatted("BD-" + UUID.randomUUID().toString()
                .substring(0, 12), customerId, at);
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/orders")))
                .header("Authorization", "Bearer demo-gadgets-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long launchThroughTheWizard(BrowserSession marketer, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "BIRTHDAY_DISCOUNT");
        form.put("name", name);
        form.put("percent", "15");
        form.put("windowDays", "7");
        form.put("startsAt", LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        form.put("action", "preview");
        assertThat(marketer.postForm("/backoffice/promotions/new", form, csrf(marketer)).body())
                .contains("id=\"preview-eligible\"", "id=\"preview-cost\"", "id=\"launch-button\"");
        form.put("action", "launch");
        HttpResponse<String> response = marketer.postForm("/backoffice/promotions/new", form, csrf(marketer));
        assertThat(response.statusCode()).isEqualTo(302);
        Promotion promotion = promotions.list().stream().filter(p -> p.terms().name().equals(name)).findFirst()
                .orElseThrow();
        launched = promotion.id();
        return promotion.id();
    }

    @Test
    void aMarketerLaunchesABirthdayDiscountAndOnlyTheFirstOrderOfTheBirthdayGetsIt() throws Exception {
        BrowserSession marketer = session("marketer", "demo");
        assertThat(marketer.get("/backoffice/promotions/new").body()).contains("id=\"type-BIRTHDAY_DISCOUNT\"",
                "Скидка ко дню рождения");
        assertThat(marketer.get("/backoffice/promotions/new/BIRTHDAY_DISCOUNT").body())
                .contains("name=\"percent\"", "value=\"10\"", "id=\"windowDays\"", "value=\"7\"");
        launchThroughTheWizard(marketer, "С днём рождения −15 %");

        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        Customer customer = customers.register(NewCustomer.withPhone(phone())
                .withBirthDate(at.toLocalDate().minusDays(2).withYear(1990)));
        HttpResponse<String> first = placeOrder(customer.customerId().value(), at);
        HttpResponse<String> second = placeOrder(customer.customerId().value(), at.plusSeconds(10));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"code\":\"PROMOTION_BIRTHDAY_DISCOUNT\"", "\"total\":8500.00",
                "С днём рождения −15 %", "скидка 15% ко дню рождения " + at.toLocalDate().minusDays(2));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).contains("\"code\":\"PROMOTION_BIRTHDAY_USED\"", "\"total\":10000.00",
                "уже дана в более раннем заказе");
    }

    @Test
    void theCabinetOffersTheBirthdayDiscountOnlyToACustomerWithABirthDate() {
        launchThroughTheWizard(session("marketer", "demo"), "Подарок ко дню рождения");
        String withDate = phone();
        accounts.register(new NewAccount(withDate, "secret-1", "Вера", Set.of(Role.CUSTOMER)));
        customers.register(NewCustomer.withPhone(withDate).withBirthDate(LocalDate.of(1991, 7, 1)));
        String withoutDate = phone();
        accounts.register(new NewAccount(withoutDate, "secret-1", "Глеб", Set.of(Role.CUSTOMER)));
        customers.register(NewCustomer.withPhone(withoutDate));

        assertThat(session(withDate, "secret-1").get("/cabinet/offers").body()).contains("Подарок ко дню рождения",
                "раз в год");
        assertThat(session(withoutDate, "secret-1").get("/cabinet/offers").body())
                .doesNotContain("Подарок ко дню рождения");
    }
}
