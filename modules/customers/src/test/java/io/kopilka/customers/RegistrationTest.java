package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RegistrationTest extends CustomersIntegrationTest {

    @Test
    void aNewPersonGetsTheNormalisedPhoneTheLowestTierAndAValidCard() {
        String phone = newPhone();
        String typed = "8 (" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8, 10) + "-" + phone.substring(10);

        Customer customer = customers.register(NewCustomer.withPhone(typed)
                .withEmail("  Anna.Sidorova@Example.COM ")
                .withNames("Анна", "Сидорова")
                .withBirthDate(LocalDate.of(1990, 5, 17))
                .withConsents(new Consents(true, false, true)));

        assertThat(customer.phone()).isEqualTo(phone);
        assertThat(customer.email()).isEqualTo("anna.sidorova@example.com");
        assertThat(customer.firstName()).isEqualTo("Анна");
        assertThat(customer.lastName()).isEqualTo("Сидорова");
        assertThat(customer.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(customer.consents()).isEqualTo(new Consents(true, false, true));
        assertThat(customer.tier()).isEqualTo(new CustomerTier("START", "Start"));
        assertThat(customer.cardNumber()).hasSize(13).startsWith("29");
        assertThat(customers.isValidCardNumber(customer.cardNumber())).isTrue();
        assertThat(customer.company()).isNull();
        assertThat(customers.tierHistory(customer.customerId()))
                .extracting(TierChange::fromTier, TierChange::toTier, TierChange::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "START", TierChange.REGISTRATION));
    }

    @Test
    void aPhoneAlreadyRegisteredIsRefusedWithTheExistingCustomer() {
        String phone = newPhone();
        Customer first = customers.register(NewCustomer.withPhone(phone));

        PhoneAlreadyRegisteredException refused = catchThrowableOfType(PhoneAlreadyRegisteredException.class,
                () -> customers.register(NewCustomer.withPhone(phone.substring(2)).withEmail(phone.substring(1) + "@example.org")));

        assertThat(refused.existing()).isEqualTo(first.customerId());
        assertThat(customers.findByEmail(phone.substring(1) + "@example.org")).isEmpty();
    }

    @Test
    void anEmailAlreadyRegisteredInAnyLetterCaseIsRefusedAsAFieldError() {
        String email = "taken" + newPhone().substring(1) + "@example.org";
        customers.register(NewCustomer.withPhone(newPhone()).withEmail(email));

        assertThatThrownBy(() -> customers.register(NewCustomer.withPhone(newPhone()).withEmail(email.toUpperCase())))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.fields())
                        .containsExactly(new InvalidField("email", "customer.email.taken")));
    }

    @Test
    void everyInvalidFieldIsListedWithItsMessageCodeAndNothingIsStored() {
        NewCustomer invalid = new NewCustomer("+7 999 000", "not-an-email", "R2-D2", "x".repeat(101),
                LocalDate.now(ZoneOffset.UTC).plusDays(1), Consents.none(), new NewCompany("7707083894", "", "77070100"));

        InvalidCustomerException refused = catchThrowableOfType(InvalidCustomerException.class, () -> customers.register(invalid));

        assertThat(refused.fields()).containsExactlyInAnyOrder(
                new InvalidField("phone", "customer.phone.invalid"),
                new InvalidField("email", "customer.email.invalid"),
                new InvalidField("firstName", "customer.firstName.invalid"),
                new InvalidField("lastName", "customer.lastName.tooLong"),
                new InvalidField("birthDate", "customer.birthDate.inFuture"),
                new InvalidField("company.inn", "customer.company.inn.checksum"),
                new InvalidField("company.name", "customer.company.name.required"),
                new InvalidField("company.kpp", "customer.company.kpp.invalid"));
        assertThat(refused.getMessage()).doesNotContainPattern("[А-Яа-я]");
        assertThat(customers.findCompanyByInn("7707083894")).isEmpty();
    }

    @Test
    void aMissingPhoneIsRefusedAsRequired() {
        assertThatThrownBy(() -> customers.register(NewCustomer.withPhone("  ")))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.fields())
                        .containsExactly(new InvalidField("phone", "customer.phone.required")));
    }

    @Test
    void theFirstBuyerCreatesTheCompanyAsItsAdminAndTheNextJoinsItByInn() {
        Customer admin = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(new NewCompany("7707083893", "Demo Trade LLC", "773601001")));
        Customer buyer = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(NewCompany.of(" 7707083893 ", "Another name typed")));

        CustomerCompany adminsCompany = admin.company();
        assertThat(adminsCompany).isNotNull();
        assertThat(adminsCompany.admin()).isTrue();
        assertThat(buyer.company()).isEqualTo(new CustomerCompany(adminsCompany.companyId(), "7707083893", "Demo Trade LLC", false));
        assertThat(customers.findCompanyByInn("7707083893")).contains(new Company(adminsCompany.companyId(), "7707083893",
                "773601001", "Demo Trade LLC", admin.customerId()));
        assertThat(customers.buyersOf(adminsCompany.companyId())).extracting(Customer::customerId)
                .containsExactly(admin.customerId(), buyer.customerId());
        assertThat(adminsCompany.companyId().value()).isNotEqualTo(admin.customerId().value());
    }

    @Test
    void anEntrepreneurIsRegisteredWithATwelveDigitInnAndNoKpp() {
        Customer buyer = customers.register(NewCustomer.withPhone(newPhone()).withCompany(NewCompany.of("500100732259", "ИП Петров")));

        assertThat(customers.findCompany(buyer.company().companyId()))
                .hasValueSatisfying(company -> assertThat(company.kpp()).isNull());
    }

    @Test
    void twoConcurrentRegistrationsOfTheSamePhoneCreateOneCustomer() throws Exception {
        for (int round = 0; round < 5; round++) {
            String phone = newPhone();
            List<Object> outcomes = concurrently(
                    () -> customers.register(NewCustomer.withPhone(phone)),
                    () -> customers.register(NewCustomer.withPhone("8" + phone.substring(2))));

            List<Customer> registered = outcomes.stream().filter(Customer.class::isInstance).map(Customer.class::cast).toList();
            List<PhoneAlreadyRegisteredException> refused = outcomes.stream()
                    .filter(PhoneAlreadyRegisteredException.class::isInstance).map(PhoneAlreadyRegisteredException.class::cast).toList();
            assertThat(registered).hasSize(1);
            assertThat(refused).singleElement().extracting(PhoneAlreadyRegisteredException::existing)
                    .isEqualTo(registered.get(0).customerId());
            assertThat(customers.search(phone, 10)).hasSize(1);
        }
    }

    @Test
    void twoBuyersRegisteringConcurrentlyForANewCompanyCreateOneCompanyWithOneAdmin() throws Exception {
        List<Object> outcomes = concurrently(
                () -> customers.register(NewCustomer.withPhone(newPhone()).withCompany(NewCompany.of("4041672111", "Race LLC"))),
                () -> customers.register(NewCustomer.withPhone(newPhone()).withCompany(NewCompany.of("4041672111", "Race LLC"))));

        assertThat(outcomes).allMatch(Customer.class::isInstance);
        List<Customer> buyers = outcomes.stream().map(Customer.class::cast).toList();
        assertThat(buyers).extracting(buyer -> buyer.company().companyId()).containsOnly(buyers.get(0).company().companyId());
        assertThat(buyers).filteredOn(buyer -> buyer.company().admin()).hasSize(1);
    }

    /** Runs both at the same moment and returns each one's result or exception. */
    private static List<Object> concurrently(Callable<Object> first, Callable<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }
}
