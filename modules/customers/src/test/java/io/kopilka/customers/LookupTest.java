package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookupTest extends CustomersIntegrationTest {

    private Customer anna;

    @BeforeEach
    void registerAnna() {
        String phone = newPhone();
        anna = customers.register(NewCustomer.withPhone(phone).withEmail("anna" + phone.substring(1) + "@lookup.example.org")
                .withNames("Анна", "Кузьмина" + lettersOf(phone.substring(5))));
    }

    /** A surname unique to this test's person: its phone digits spelt as letters. */
    private static String lettersOf(String digits) {
        return digits.chars().mapToObj(digit -> String.valueOf((char) ('а' + digit - '0'))).reduce("", String::concat);
    }

    @Test
    void aPersonIsFoundById() {
        assertThat(customers.find(anna.customerId())).contains(anna);
        assertThat(customers.find(new CustomerId(-1))).isEmpty();
    }

    @Test
    void aPersonIsFoundByPhoneTypedInAnyCommonForm() {
        String national = anna.phone().substring(2);
        String spaced = "+7 " + national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6, 8)
                + " " + national.substring(8);
        String trunk = "8 (" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6, 8)
                + "-" + national.substring(8);

        assertThat(customers.findByPhone(spaced)).contains(anna);
        assertThat(customers.findByPhone(trunk)).contains(anna);
        assertThat(customers.findByPhone(national)).contains(anna);
        assertThat(customers.findByPhone("+7 000 000 00 00")).isEmpty();
        assertThat(customers.findByPhone("not a phone")).isEmpty();
    }

    @Test
    void aPersonIsFoundByEmailWhateverItsLetterCase() {
        assertThat(customers.findByEmail(" " + anna.email().toUpperCase() + " ")).contains(anna);
        assertThat(customers.findByEmail("nobody@lookup.example.org")).isEmpty();
    }

    @Test
    void aPersonIsFoundByCardNumberButNotByOneWithAWrongCheckDigit() {
        String card = anna.cardNumber();
        String wrongCheckDigit = card.substring(0, 12) + (char) ('0' + (card.charAt(12) - '0' + 1) % 10);

        assertThat(customers.findByCardNumber(card)).contains(anna);
        assertThat(customers.findByCardNumber(card.substring(0, 4) + " " + card.substring(4))).contains(anna);
        assertThat(customers.findByCardNumber(wrongCheckDigit)).isEmpty();
    }

    @Test
    void aConsultantFindsAPersonByAPrefixOfPhoneCardEmailOrName() {
        String national = anna.phone().substring(2);

        assertThat(customers.search("8 " + national.substring(0, 3) + " " + national.substring(3, 9), 20)).contains(anna);
        assertThat(customers.search(anna.phone().substring(0, 11), 20)).contains(anna);
        assertThat(customers.search(anna.cardNumber().substring(0, 11), 20)).contains(anna);
        assertThat(customers.search("nobody" + anna.email(), 20)).isEmpty();
        assertThat(customers.search(anna.email().substring(0, anna.email().indexOf('@') + 3).toUpperCase(), 20)).contains(anna);
        assertThat(customers.search(anna.lastName().toLowerCase(), 20)).containsExactly(anna);
        assertThat(customers.search("Анна " + anna.lastName(), 20)).containsExactly(anna);
        assertThat(customers.search(anna.lastName() + " Ан", 20)).containsExactly(anna);
        assertThat(customers.search(anna.lastName() + " Борис", 20)).isEmpty();
    }

    @Test
    void aSearchReturnsEachPersonOnceAndNoMoreThanTheLimit() {
        for (int i = 0; i < 4; i++) {
            customers.register(NewCustomer.withPhone(newPhone()).withNames("Limitless", "Limitless"));
        }

        assertThat(customers.search("Limitless", 3)).hasSize(3).doesNotHaveDuplicates();
        assertThat(customers.search("Limitless", 20)).hasSize(4).doesNotHaveDuplicates();
        assertThat(customers.search("Limitless", 1000)).hasSizeLessThanOrEqualTo(Customers.MAX_SEARCH_RESULTS);
        assertThatThrownBy(() -> customers.search("Limitless", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wildcardsTypedIntoTheSearchMatchOnlyThemselves() {
        assertThat(customers.search("%", 20)).isEmpty();
        assertThat(customers.search("_", 20)).isEmpty();
        assertThat(customers.search("   ", 20)).isEmpty();
    }
}
