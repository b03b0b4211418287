package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile a person edits in the cabinet, and the buyers a company admin invites and disables. */
class PeopleTest extends CustomersIntegrationTest {

    private static final String INN = "7702070139";

    private static Customer admin;

    @BeforeEach
    void company() {
        if (admin == null) {
            admin = customers.register(NewCustomer.withPhone(newPhone()).withNames("Дмитрий", "Волков")
                    .withCompany(new NewCompany(INN, "Профиль-Трейд", "770201001")));
        }
    }

    private static List<String> codes(InvalidCustomerException refused) {
        return refused.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void aPersonChangesNamesEmailBirthDateAndConsentsAndNothingElse() {
        Customer anna = customers.register(NewCustomer.withPhone(newPhone()).withNames("Анна", null));
        Customer boris = customers.register(NewCustomer.withPhone(newPhone()).withNames("Борис", "Кузнецов")
                .withEmail(newPhone().substring(1) + "@boris.example"));

        Customer changed = customers.updateProfile(anna.customerId(), new ProfileChange(" Анна-Мария ", "Смирнова",
                " Anna@Example.COM ", LocalDate.of(1990, 5, 17), new Consents(true, false, true)));

        assertThat(changed.firstName()).isEqualTo("Анна-Мария");
        assertThat(changed.lastName()).isEqualTo("Смирнова");
        assertThat(changed.email()).isEqualTo("anna@example.com");
        assertThat(changed.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(changed.consents()).isEqualTo(new Consents(true, false, true));
        assertThat(changed.phone()).isEqualTo(anna.phone());
        assertThat(changed.cardNumber()).isEqualTo(anna.cardNumber());
        assertThat(customers.find(anna.customerId())).contains(changed);
        assertThat(customers.find(boris.customerId())).contains(boris);
    }

    @Test
    void blankNamesAndEmailClearThem() {
        Customer vera = customers.register(NewCustomer.withPhone(newPhone()).withNames("Вера", "Орлова")
                .withEmail(newPhone().substring(1) + "@vera.example"));

        Customer changed = customers.updateProfile(vera.customerId(), new ProfileChange(" ", "", null, null,
                Consents.none()));

        assertThat(changed.firstName()).isNull();
        assertThat(changed.lastName()).isNull();
        assertThat(changed.email()).isNull();
    }

    @Test
    void anInvalidProfileIsRefusedFieldByFieldAndLeftAsItWas() {
        Customer gleb = customers.register(NewCustomer.withPhone(newPhone()).withNames("Глеб", null));

        assertThatThrownBy(() -> customers.updateProfile(gleb.customerId(), new ProfileChange("Глеб1", "x".repeat(101),
                "not-an-email", LocalDate.now().plusDays(1), Consents.none())))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("email:customer.email.invalid", "firstName:customer.firstName.invalid",
                                "lastName:customer.lastName.tooLong", "birthDate:customer.birthDate.inFuture"));
        assertThatThrownBy(() -> customers.updateProfile(gleb.customerId(), new ProfileChange(null, null, null,
                LocalDate.now().minusYears(121), Consents.none())))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("birthDate:customer.birthDate.tooOld"));
        assertThat(customers.find(gleb.customerId())).contains(gleb);
    }

    @Test
    void anotherPersonsEmailIsRefusedButKeepingOnesOwnIsFine() {
        String email = newPhone().substring(1) + "@taken.example";
        Customer owner = customers.register(NewCustomer.withPhone(newPhone()).withEmail(email));
        Customer other = customers.register(NewCustomer.withPhone(newPhone()));

        assertThatThrownBy(() -> customers.updateProfile(other.customerId(), new ProfileChange(null, null,
                email.toUpperCase(), null, Consents.none())))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("email:customer.email.taken"));
        assertThat(customers.updateProfile(owner.customerId(), new ProfileChange("Олег", null, email, null,
                Consents.none())).email()).isEqualTo(email);
    }

    @Test
    void theCompanyAdminInvitesANewPersonAsAnEnabledBuyerWhoIsNotAnAdmin() {
        String phone = newPhone();

        Customer invited = customers.inviteBuyer(admin.customerId(), "8" + phone.substring(2), "Елена", "Морозова");

        assertThat(invited.phone()).isEqualTo(phone);
        assertThat(invited.company()).isEqualTo(new CustomerCompany(admin.company().companyId(), INN, "Профиль-Трейд", false));
        assertThat(customers.isValidCardNumber(invited.cardNumber())).isTrue();
        assertThat(customers.findByPhone(phone)).contains(invited);
        assertThat(customers.companyBuyers(admin.company().companyId())).first()
                .isEqualTo(new Buyer(customers.find(admin.customerId()).orElseThrow(), true, true));
        assertThat(customers.companyBuyers(admin.company().companyId()))
                .contains(new Buyer(invited, false, true));
    }

    @Test
    void anInviteOfAnExistingCustomerOrABadPhoneIsRefused() {
        Customer loner = customers.register(NewCustomer.withPhone(newPhone()));
        Customer buyer = customers.inviteBuyer(admin.customerId(), newPhone(), null, null);

        assertThatThrownBy(() -> customers.inviteBuyer(admin.customerId(), loner.phone(), null, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("phone:customer.phone.registered"));
        assertThatThrownBy(() -> customers.inviteBuyer(admin.customerId(), buyer.phone(), null, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("phone:customer.phone.buyer"));
        assertThatThrownBy(() -> customers.inviteBuyer(admin.customerId(), "12345", null, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, refused -> assertThat(codes(refused))
                        .containsExactly("phone:customer.phone.invalid"));
        assertThat(customers.find(loner.customerId()).orElseThrow().company()).isNull();
    }

    @Test
    void onlyTheCompanyAdminInvitesAndDisables() {
        Customer buyer = customers.inviteBuyer(admin.customerId(), newPhone(), null, null);
        Customer loner = customers.register(NewCustomer.withPhone(newPhone()));

        assertThatThrownBy(() -> customers.inviteBuyer(buyer.customerId(), newPhone(), null, null))
                .isInstanceOf(NotCompanyAdminException.class);
        assertThatThrownBy(() -> customers.inviteBuyer(loner.customerId(), newPhone(), null, null))
                .isInstanceOf(NotCompanyAdminException.class);
        assertThatThrownBy(() -> customers.setBuyerEnabled(buyer.customerId(), admin.customerId(), false))
                .isInstanceOf(NotCompanyAdminException.class);
        assertThatThrownBy(() -> customers.setBuyerEnabled(admin.customerId(), admin.customerId(), false))
                .isInstanceOf(NotCompanyAdminException.class);
        assertThatThrownBy(() -> customers.setBuyerEnabled(admin.customerId(), loner.customerId(), false))
                .isInstanceOf(NotCompanyAdminException.class);
    }

    @Test
    void aDisabledBuyerNoLongerSeesTheCompanyUntilEnabledAgain() {
        Customer buyer = customers.inviteBuyer(admin.customerId(), newPhone(), "Пётр", null);

        Buyer disabled = customers.setBuyerEnabled(admin.customerId(), buyer.customerId(), false);

        assertThat(disabled.enabled()).isFalse();
        assertThat(customers.find(buyer.customerId()).orElseThrow().company()).isNull();
        assertThat(customers.companyBuyers(admin.company().companyId()))
                .anySatisfy(b -> assertThat(b).isEqualTo(disabled));
        assertThat(customers.setBuyerEnabled(admin.customerId(), buyer.customerId(), true).enabled()).isTrue();
        assertThat(customers.find(buyer.customerId()).orElseThrow().company()).isEqualTo(buyer.company());
    }
}
