package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com", "anna.sidorova+loyalty@mail.example.ru", "a@b.co", "o'neil@example.org",
            "petr@почта.рф", "user@xn--80a1acny.xn--p1ai", "first_last-1@sub-domain.example.travel"})
    void aUsualAddressIsAccepted(String typed) {
        assertThat(EmailAddresses.normalize(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@example.com", "anna@example", "anna@@example.com", "anna@example.c",
            "anna.@example.com", ".anna@example.com", "an..na@example.com", "anna@-example.com", "anna@example-.com",
            "an na@example.com", "anna@exa_mple.com", "anna@example.123"})
    void aMalformedAddressIsRefused(String typed) {
        assertThat(EmailAddresses.normalize(typed)).isEmpty();
    }

    @Test
    void addressesAreStoredTrimmedInLowerCase() {
        assertThat(EmailAddresses.normalize("  Anna.Sidorova@Example.COM ")).contains("anna.sidorova@example.com");
    }

    @Test
    void theLengthLimitsOfTheStandardAreKept() {
        String local64 = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".ru";
        String longestLocal = "a".repeat(254 - 1 - domain.length());
        assertThat(EmailAddresses.normalize(local64 + "@example.com")).isPresent();
        assertThat(EmailAddresses.normalize(local64 + "a@example.com")).isEmpty();
        assertThat(EmailAddresses.normalize(longestLocal + "@" + domain)).hasValueSatisfying(a -> assertThat(a).hasSize(254));
        assertThat(EmailAddresses.normalize(longestLocal + "a@" + domain)).isEmpty();
    }
}
