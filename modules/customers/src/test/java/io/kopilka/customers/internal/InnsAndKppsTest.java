package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InnsAndKppsTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "7702070139"})
    void anOrganisationsInnWithTheRightCheckDigitIsValid(String inn) {
        assertThat(Inns.isValid(inn)).isTrue();
        assertThat(Inns.isEntrepreneur(inn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500100732259", "773370857141"})
    void anEntrepreneursInnWithBothRightCheckDigitsIsValid(String inn) {
        assertThat(Inns.isValid(inn)).isTrue();
        assertThat(Inns.isEntrepreneur(inn)).isTrue();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(Inns.isValid("7707083894")).as("10 digits, wrong 10th").isFalse();
        assertThat(Inns.isValid("500100732258")).as("12 digits, right 11th, wrong 12th").isFalse();
        assertThat(Inns.isValid("500100732269")).as("12 digits, wrong 11th").isFalse();
    }

    @Test
    void onlyTenOrTwelveDigitsOutsideRegionZeroHaveTheInnFormat() {
        assertThat(Inns.hasInnFormat("770708389")).isFalse();
        assertThat(Inns.hasInnFormat("77070838931")).isFalse();
        assertThat(Inns.hasInnFormat("5001007322591")).isFalse();
        assertThat(Inns.hasInnFormat("77070838 3")).isFalse();
        assertThat(Inns.hasInnFormat("77O7083893")).isFalse();
        assertThat(Inns.isValid("0000000000")).as("checksum fits, but region 00 does not exist").isFalse();
    }

    @Test
    void aKppIsFourDigitsTwoDigitsOrCapitalLettersAndThreeDigits() {
        assertThat(Kpps.isValid("773601001")).isTrue();
        assertThat(Kpps.isValid("7736AB001")).isTrue();
        assertThat(Kpps.isValid(Kpps.normalize(" 7736ab001 "))).isTrue();
        assertThat(Kpps.isValid("77360100")).isFalse();
        assertThat(Kpps.isValid("7736010011")).isFalse();
        assertThat(Kpps.isValid("A73601001")).isFalse();
        assertThat(Kpps.isValid("7736АБ001")).as("Cyrillic letters").isFalse();
    }
}
