package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedContactsTest {

    @Test
    void anSmtpRefusalShowsNoAddressInClear() {
        assertThat(MaskedContacts.in("SMTP: 550 5.1.1 <olga.ivanova@example.com>: Recipient address rejected"))
                .isEqualTo("SMTP: 550 5.1.1 <o***@example.com>: Recipient address rejected");
    }

    @Test
    void aProvidersAnswerShowsNoPhoneInClearButKeepsCodesAndShortNumbers() {
        assertThat(MaskedContacts.in("provider: HTTP 400 {\"to\":\"+79990000001\",\"error\":\"blocked\"}"))
                .isEqualTo("provider: HTTP 400 {\"to\":\"+*********01\",\"error\":\"blocked\"}");
        assertThat(MaskedContacts.in("8 (999) 000-00-01 unreachable")).isEqualTo("*********01 unreachable");
        assertThat(MaskedContacts.in("HTTP 503 after 30000 ms")).isEqualTo("HTTP 503 after 30000 ms");
        assertThat(MaskedContacts.in(null)).isNull();
    }
}
