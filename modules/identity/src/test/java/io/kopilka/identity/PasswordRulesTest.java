package io.kopilka.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.identity.PasswordRules.Problem;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aPasswordOfEightToAHundredCharactersThatIsNeitherCommonNorTheLoginIsAccepted() {
        assertThat(PasswordRules.check("gorod-u-reki", "+79990000001")).isEmpty();
        assertThat(PasswordRules.check("x".repeat(72), "olga")).isEmpty();
        assertThat(PasswordRules.check("пароль-из-тридцати-шести-букв-ок".substring(0, 32), "olga")).isEmpty();
    }

    @Test
    void tooShortOrTooLongIsRefused() {
        assertThat(PasswordRules.check("short7!", "olga")).hasValue(Problem.LENGTH);
        assertThat(PasswordRules.check("x".repeat(101), "olga")).hasValue(Problem.LENGTH);
    }

    @Test
    void moreThanBcryptsSeventyTwoBytesIsRefusedThoughFewerThanAHundredCharacters() {
        assertThat(PasswordRules.check("x".repeat(73), "olga")).hasValue(Problem.BYTES);
        assertThat(PasswordRules.check("ж".repeat(37), "olga")).as("74 bytes").hasValue(Problem.BYTES);
        assertThat(PasswordRules.check("ж".repeat(36), "olga")).as("72 bytes").isEmpty();
    }

    @Test
    void aCommonlyLeakedPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordRules.check("12345678", "olga")).hasValue(Problem.COMMON);
        assertThat(PasswordRules.check("Password123", "olga")).hasValue(Problem.COMMON);
        assertThat(PasswordRules.check("ЙцукенгшщЗ", "olga")).hasValue(Problem.COMMON);
    }

    @Test
    void thePhoneInAnyFormOrTheUserNameInsideThePasswordIsRefused() {
        assertThat(PasswordRules.check("89990000001", "+79990000001")).hasValue(Problem.LOGIN);
        assertThat(PasswordRules.check("my 999 000-00-01!", "8 (999) 000-00-01")).hasValue(Problem.LOGIN);
        assertThat(PasswordRules.check("pw9990000001!", "8 (999) 000-00-01")).hasValue(Problem.LOGIN);
        assertThat(PasswordRules.check("Consultant-2026", "consultant")).hasValue(Problem.LOGIN);
        assertThat(PasswordRules.check("olga-secret", "ol")).as("too short a login to matter").isEmpty();
    }
}
