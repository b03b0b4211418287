package io.kopilka.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,5|1.5", "1.5|1.5", "50 000|50000", "6 000,50|6000.50", "−100|-100", "+7|7"})
    void readsNumbersTheWayPeopleWriteThem(String typed, String number) {
        assertThat(TypedNumbers.decimal(typed)).hasValue(new BigDecimal(number));
    }

    @Test
    void readsNonBreakingSpacesBetweenDigitGroups() {
        assertThat(TypedNumbers.whole("1\u00A0000")).hasValue(1000L);
        assertThat(TypedNumbers.whole("2\u202F500")).hasValue(2500L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1e3", "1,2,3", "--1", "десять"})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(TypedNumbers.decimal(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "99999999999999999999"})
    void aWholeNumberHasNoFractionAndFitsALong(String typed) {
        assertThat(TypedNumbers.whole(typed)).isEmpty();
    }
}
