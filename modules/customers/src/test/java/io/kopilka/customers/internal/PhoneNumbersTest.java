package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"8 (999) 000-00-01", "+7 999 000 00 01", "9990000001", "79990000001", "89990000001",
            " +7(999)000-00-01 ", "8.999.000.00.01"})
    void everyCommonFormBecomesThePlusSevenForm(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).contains("+79990000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "999000000", "999000000012", "+8 999 000 00 01", "+1 999 000 00 01", "99900000a1",
            "+7 099 000 00 01", "8 (299) 000-00-01", "79 99+0000001", "8 999 000 00 001"})
    void anythingElseIsNotAPhone(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
    }

    @Test
    void theLowestAndHighestAreaCodesOfTheZoneAreAccepted() {
        assertThat(PhoneNumbers.normalize("3010000000")).contains("+73010000000");
        assertThat(PhoneNumbers.normalize("9999999999")).contains("+79999999999");
    }

    @Test
    void aPartlyTypedNumberStandsForEveryStoredPrefixItMayMean() {
        assertThat(PhoneNumbers.searchPrefixes("8 999")).containsExactly("+7999", "+78999");
        assertThat(PhoneNumbers.searchPrefixes("999 00")).containsExactly("+799900");
        assertThat(PhoneNumbers.searchPrefixes("+7 999")).containsExactly("+7999");
        assertThat(PhoneNumbers.searchPrefixes("Ivanov")).isEmpty();
        assertThat(PhoneNumbers.searchPrefixes("+79990000001")).containsExactly("+79990000001");
    }
}
