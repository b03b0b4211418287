package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.TemplatePage;
import io.kopilka.e2e.support.EndToEndTest;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest extends EndToEndTest {

    @Test
    void aMarketerSeesThePreviewFollowTheTextAsTheyTypeWithoutSaving() {
        loginPage().signInAsStaff("marketer", PASSWORD);
        TemplatePage page = TemplatePage.open(browser.driver(), portal.baseUrl(), "TIER_UP", "ru");
        assertThat(page.previewText()).startsWith("Здравствуйте, Анна!");

        String subject = page.typeIntoSubject(" — {points} баллов в подарок, <b>{name}</b>")
                .previewSubjectContaining("баллов в подарок");

        assertThat(subject).endsWith("— 500 баллов в подарок, <b>Анна</b>");
        assertThat(browser.screenshot("notification-template-375", 375)).exists();
        TemplatePage reopened = TemplatePage.open(browser.driver(), portal.baseUrl(), "TIER_UP", "ru");
        assertThat(reopened.previewSubjectContaining("Ваш новый уровень")).doesNotContain("в подарок");
    }
}
