package io.kopilka.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+79990000001        | +79990000001",
            "79990000001         | +79990000001",
            "89990000001         | +79990000001",
            "8 (999) 000-00-01   | +79990000001",
            "+7 999 000 00 01    | +79990000001",
            "9990000001          | +79990000001",
            "'  Consultant '     | consultant",
            "Admin               | admin"})
    void phonesInEveryCommonFormAndUserNamesBecomeOneLogin(String typed, String login) {
        assertThat(LoginNames.normalize(typed)).isEqualTo(login);
    }
}
