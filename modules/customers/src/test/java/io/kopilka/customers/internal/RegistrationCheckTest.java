package io.kopilka.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.InvalidField;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final NewCustomer PHONE_ONLY = NewCustomer.withPhone("+7 999 000 00 01");

    @Test
    void aBirthDateFromTodayBackTo120YearsIsAccepted() {
        assertThat(RegistrationCheck.validate(PHONE_ONLY.withBirthDate(TODAY), TODAY).birthDate()).isEqualTo(TODAY);
        assertThat(RegistrationCheck.validate(PHONE_ONLY.withBirthDate(TODAY.minusYears(120)), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1906, 11, 23));
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        assertRefused(PHONE_ONLY.withBirthDate(TODAY.plusDays(1)), new InvalidField("birthDate", "customer.birthDate.inFuture"));
    }

    @Test
    void aBirthDateMoreThan120YearsAgoIsRefused() {
        assertRefused(PHONE_ONLY.withBirthDate(TODAY.minusYears(120).minusDays(1)),
                new InvalidField("birthDate", "customer.birthDate.tooOld"));
    }

    @Test
    void blankOptionalFieldsAreLeftOut() {
        ValidRegistration registration = RegistrationCheck.validate(PHONE_ONLY.withEmail(" ").withNames("", null), TODAY);

        assertThat(registration.email()).isNull();
        assertThat(registration.firstName()).isNull();
        assertThat(registration.lastName()).isNull();
        assertThat(registration.company()).isNull();
    }

    @Test
    void namesInAnyScriptWithHyphensAndApostrophesAreAcceptedUpTo100Characters() {
        assertThat(RegistrationCheck.validate(PHONE_ONLY.withNames(" Анна-Мария ", "O'Neil"), TODAY).firstName()).isEqualTo("Анна-Мария");
        assertThat(RegistrationCheck.validate(PHONE_ONLY.withNames("Ё".repeat(100), null), TODAY).firstName()).hasSize(100);
        assertRefused(PHONE_ONLY.withNames("Ё".repeat(101), null), new InvalidField("firstName", "customer.firstName.tooLong"));
        assertRefused(PHONE_ONLY.withNames(null, "-Petrov"), new InvalidField("lastName", "customer.lastName.invalid"));
    }

    @Test
    void aCompanyNeedsAValidInnAndAName() {
        assertRefused(PHONE_ONLY.withCompany(new NewCompany(null, null, null)),
                new InvalidField("company.inn", "customer.company.inn.required"),
                new InvalidField("company.name", "customer.company.name.required"));
        assertRefused(PHONE_ONLY.withCompany(NewCompany.of("77070838", "Trade")),
                new InvalidField("company.inn", "customer.company.inn.invalid"));
        assertRefused(PHONE_ONLY.withCompany(NewCompany.of("500100732258", "Trade")),
                new InvalidField("company.inn", "customer.company.inn.checksum"));
        assertRefused(PHONE_ONLY.withCompany(NewCompany.of("7707083893", "x".repeat(301))),
                new InvalidField("company.name", "customer.company.name.tooLong"));
    }

    @Test
    void onlyAnOrganisationHasAKpp() {
        assertThat(RegistrationCheck.validate(PHONE_ONLY.withCompany(new NewCompany("7707083893", "Trade", "7736ab001")), TODAY)
                .company()).isEqualTo(new ValidRegistration.ValidCompany("7707083893", "7736AB001", "Trade"));
        assertRefused(PHONE_ONLY.withCompany(new NewCompany("500100732259", "ИП Петров", "773601001")),
                new InvalidField("company.kpp", "customer.company.kpp.notForEntrepreneur"));
    }

    private static void assertRefused(NewCustomer customer, InvalidField... fields) {
        assertThatThrownBy(() -> RegistrationCheck.validate(customer, TODAY))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.fields()).containsExactly(fields));
    }
}
