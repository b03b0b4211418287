package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @Test
    void aPrintedEan13BarcodeIsValid() {
        assertThat(CardNumbers.isValid("4006381333931")).isTrue();
        assertThat(CardNumbers.isValid("2900000000001")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "4006381333930", "400638133393", "40063813339310", "400638133393A",
            "4006 38133393", ""})
    void aWrongCheckDigitOrLengthIsRefused(String number) {
        assertThat(CardNumbers.isValid(number)).isFalse();
    }

    @Test
    void everyNewNumberIsAValidEan13WithTheInStorePrefix() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            String number = CardNumbers.next(random);
            assertThat(number).hasSize(13).startsWith(CardNumbers.PREFIX);
            assertThat(CardNumbers.isValid(number)).as(number).isTrue();
        }
    }

    @Test
    void changingAnySingleDigitBreaksTheCheckDigit() {
        String number = CardNumbers.next(new Random(11));
        for (int position = 0; position < 13; position++) {
            char original = number.charAt(position);
            for (char other = '0'; other <= '9'; other++) {
                if (other != original) {
                    String typo = number.substring(0, position) + other + number.substring(position + 1);
                    assertThat(CardNumbers.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }
}
