package io.kopilka.customers.internal;

import io.kopilka.customers.Consents;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.InvalidField;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import io.kopilka.customers.ProfileChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks every field of a registration and collects all problems at once, as message codes
 * {@code customer.<field>.<problem>}: a form can then mark every wrong field in one round trip.
 */
final class RegistrationCheck {

    /** The oldest plausible age; an older birth date is a typing mistake (1925 for 1995). */
    static final int MAX_AGE_YEARS = 120;

    static final int MAX_NAME_LENGTH = 100;

    static final int MAX_COMPANY_NAME_LENGTH = 300;

    /** Letters (any script) with inner spaces, hyphens, apostrophes and dots: "Анна-Мария", "O'Neil", "Jr." */
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

    private final List<InvalidField> problems = new ArrayList<>();

    private RegistrationCheck() {
    }

    /**
     * The registration in stored forms.
     *
     * @throws InvalidCustomerException listing every invalid field
     */
    static ValidRegistration validate(NewCustomer customer, LocalDate today) {
        return new RegistrationCheck().check(customer, today);
    }

    /**
     * A profile change in stored forms, for the person with the stored-form {@code phone}.
     *
     * @throws InvalidCustomerException listing every invalid field
     */
    static ValidRegistration validateProfile(String phone, ProfileChange change, LocalDate today) {
        return validate(new NewCustomer(phone, change.email(), change.firstName(), change.lastName(),
                change.birthDate(), change.consents(), null), today);
    }

    private ValidRegistration check(NewCustomer customer, LocalDate today) {
        String phone = phone(customer.phone());
        String email = email(customer.email());
        String firstName = personName("firstName", customer.firstName());
        String lastName = personName("lastName", customer.lastName());
        LocalDate birthDate = birthDate(customer.birthDate(), today);
        ValidRegistration.ValidCompany company = customer.company() == null ? null : company(customer.company());
        if (!problems.isEmpty()) {
            throw new InvalidCustomerException(problems);
        }
        Consents consents = Objects.requireNonNullElse(customer.consents(), Consents.none());
        return new ValidRegistration(Objects.requireNonNull(phone), email, firstName, lastName, birthDate, consents, company);
    }

    private @Nullable String phone(@Nullable String typed) {
        if (isBlank(typed)) {
            return refuse("phone", "required");
        }
        return PhoneNumbers.normalize(typed).orElseGet(() -> refuse("phone", "invalid"));
    }

    private @Nullable String email(@Nullable String typed) {
        if (isBlank(typed)) {
            return null;
        }
        return EmailAddresses.normalize(typed).orElseGet(() -> refuse("email", "invalid"));
    }

    private @Nullable String personName(String field, @Nullable String typed) {
        if (isBlank(typed)) {
            return null;
        }
        String name = typed.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            return refuse(field, "tooLong");
        }
        return PERSON_NAME.matcher(name).matches() ? name : refuse(field, "invalid");
    }

    private @Nullable LocalDate birthDate(@Nullable LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return null;
        }
        if (birthDate.isAfter(today)) {
            return refuse("birthDate", "inFuture");
        }
        if (birthDate.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            return refuse("birthDate", "tooOld");
        }
        return birthDate;
    }

    private ValidRegistration.@Nullable ValidCompany company(NewCompany company) {
        String inn = inn(company.inn());
        String name = companyName(company.name());
        String kpp = kpp(company.kpp(), inn);
        return inn == null || name == null ? null : new ValidRegistration.ValidCompany(inn, kpp, name);
    }

    private @Nullable String inn(@Nullable String typed) {
        if (isBlank(typed)) {
            return refuse("company.inn", "required");
        }
        String inn = typed.strip();
        if (!Inns.hasInnFormat(inn)) {
            return refuse("company.inn", "invalid");
        }
        return Inns.isValid(inn) ? inn : refuse("company.inn", "checksum");
    }

    private @Nullable String companyName(@Nullable String typed) {
        if (isBlank(typed)) {
            return refuse("company.name", "required");
        }
        String name = typed.strip();
        return name.length() <= MAX_COMPANY_NAME_LENGTH ? name : refuse("company.name", "tooLong");
    }

    private @Nullable String kpp(@Nullable String typed, @Nullable String inn) {
        if (isBlank(typed)) {
            return null;
        }
        String kpp = Kpps.normalize(typed);
        if (!Kpps.isValid(kpp)) {
            return refuse("company.kpp", "invalid");
        }
        if (inn != null && Inns.isEntrepreneur(inn)) {
            return refuse("company.kpp", "notForEntrepreneur");
        }
        return kpp;
    }

    private <T> @Nullable T refuse(String field, String problem) {
        problems.add(new InvalidField(field, "customer." + field + "." + problem));
        return null;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
