package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MergeTest extends CustomersIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 12, 0);

    private Customer person() {
        return customers.register(NewCustomer.withPhone(newPhone()));
    }

    private static void assertRefused(Runnable merge, String code) {
        assertThatThrownBy(merge::run).isInstanceOfSatisfying(MergeRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theDuplicatesPhoneEmailAndCardFindTheKeptPerson() {
        Customer kept = person();
        Customer duplicate = customers.register(NewCustomer.withPhone(newPhone())
                .withEmail("merge-" + System.nanoTime() + "@example.com"));

        CustomerMerge merge = customers.merge(kept.customerId(), duplicate.customerId(), AT);

        assertThat(merge).isEqualTo(new CustomerMerge(kept.customerId(), duplicate.customerId(), "START", "START"));
        assertThat(customers.findByPhone(duplicate.phone())).map(Customer::customerId).contains(kept.customerId());
        assertThat(customers.findByCardNumber(duplicate.cardNumber())).map(Customer::customerId)
                .contains(kept.customerId());
        assertThat(customers.findByEmail(duplicate.email().toUpperCase())).map(Customer::customerId)
                .contains(kept.customerId());
        assertThat(customers.findCurrent(duplicate.customerId())).map(Customer::customerId)
                .contains(kept.customerId());
        assertThat(customers.find(duplicate.customerId())).as("the duplicate's own record stays readable")
                .contains(duplicate);
        assertThat(customers.findRegistered(duplicate.phone())).contains(duplicate);
        assertThat(customers.findRegistered(duplicate.cardNumber())).contains(duplicate);
        assertThat(customers.mergedInto(duplicate.customerId())).contains(kept.customerId());
        assertThat(customers.mergedInto(kept.customerId())).isEmpty();
        assertThatThrownBy(() -> customers.register(NewCustomer.withPhone(duplicate.phone())))
                .as("the phone stays taken").isInstanceOf(PhoneAlreadyRegisteredException.class);
    }

    @Test
    void theKeptPersonGetsTheHigherTierRecordedAsAMerge() {
        Customer kept = person();
        Customer duplicate = person();
        customers.assignTier(duplicate.customerId(), "GOLD", "MANUAL", AT.minusDays(1));

        CustomerMerge merge = customers.merge(kept.customerId(), duplicate.customerId(), AT);

        assertThat(merge.keptTierAfter()).isEqualTo("GOLD");
        assertThat(customers.find(kept.customerId()).orElseThrow().tier().code()).isEqualTo("GOLD");
        assertThat(customers.tierHistory(kept.customerId()))
                .contains(new TierChange("START", "GOLD", CustomerMerge.TIER_REASON, AT));
    }

    @Test
    void aLowerTierOfTheDuplicateChangesNothing() {
        Customer kept = person();
        Customer duplicate = person();
        customers.assignTier(kept.customerId(), "SILVER", "MANUAL", AT.minusDays(1));

        customers.merge(kept.customerId(), duplicate.customerId(), AT);

        assertThat(customers.find(kept.customerId()).orElseThrow().tier().code()).isEqualTo("SILVER");
        assertThat(customers.tierHistory(kept.customerId())).hasSize(2);
    }

    @Test
    void peopleMergedIntoTheDuplicateBeforeFollowItToTheNextPersonKept() {
        Customer first = person();
        Customer second = person();
        Customer third = person();

        customers.merge(second.customerId(), first.customerId(), AT);
        customers.merge(third.customerId(), second.customerId(), AT);

        assertThat(customers.findByPhone(first.phone())).map(Customer::customerId).contains(third.customerId());
        assertThat(customers.mergedInto(first.customerId())).contains(third.customerId());
    }

    @Test
    void aPersonCannotBeMergedIntoThemselvesNorTwice() {
        Customer kept = person();
        Customer duplicate = person();
        Customer other = person();
        assertRefused(() -> customers.merge(kept.customerId(), kept.customerId(), AT), "customer.merge.self");

        customers.merge(kept.customerId(), duplicate.customerId(), AT);

        assertRefused(() -> customers.merge(other.customerId(), duplicate.customerId(), AT),
                "customer.merge.alreadyMerged");
        assertRefused(() -> customers.merge(duplicate.customerId(), other.customerId(), AT),
                "customer.merge.keptMerged");
        assertThat(customers.mergedInto(other.customerId())).isEmpty();
        assertThatThrownBy(() -> customers.merge(kept.customerId(), new CustomerId(-1), AT))
                .isInstanceOf(CustomerNotFoundException.class);
    }

    @Test
    void aBuyerIsMergedOnlyIntoABuyerOfTheSameCompanyAndNeverAsItsAdmin() {
        // INNs of this test's own, so the first buyer is the company's admin whatever else the database holds
        Customer admin = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(NewCompany.of("5500000015", "ООО Слияние")));
        Customer buyer = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(NewCompany.of("5500000015", "ООО Слияние")));
        Customer colleague = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(NewCompany.of("5500000015", "ООО Слияние")));
        Customer otherCompanysBuyer = customers.register(NewCustomer.withPhone(newPhone())
                .withCompany(NewCompany.of("5500000022", "ООО Другое")));
        Customer privatePerson = person();
        assertThat(admin.company().admin()).isTrue();

        assertRefused(() -> customers.merge(otherCompanysBuyer.customerId(), buyer.customerId(), AT),
                "customer.merge.otherCompany");
        assertRefused(() -> customers.merge(privatePerson.customerId(), buyer.customerId(), AT),
                "customer.merge.otherCompany");
        assertRefused(() -> customers.merge(buyer.customerId(), admin.customerId(), AT),
                "customer.merge.companyAdmin");

        customers.merge(colleague.customerId(), buyer.customerId(), AT);
        customers.merge(colleague.customerId(), privatePerson.customerId(), AT);
        assertThat(customers.mergedInto(buyer.customerId())).contains(colleague.customerId());
        assertThat(customers.mergedInto(privatePerson.customerId())).contains(colleague.customerId());
    }
}
