package io.kopilka.web.buyers;

import io.kopilka.customers.Buyer;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.InvalidField;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites and disables a company's buyers: the customer record (customers module) and the sign-in account (identity
 * module) change together in one transaction.
 */
@Service
class CompanyBuyers {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int PASSWORD_LENGTH = 12;

    private final Customers customers;
    private final Accounts accounts;
    private final SecureRandom random = new SecureRandom();

    CompanyBuyers(Customers customers, Accounts accounts) {
        this.customers = customers;
        this.accounts = accounts;
    }

    /** The invited buyer and their one-time initial password. */
    record Invited(Customer buyer, String password) {
    }

    /**
     * Registers the person as a buyer of the admin's company with a sign-in account and a new random password.
     *
     * @throws io.kopilka.customers.NotCompanyAdminException when the admin is not the company's admin buyer
     * @throws InvalidCustomerException listing the refused fields
     */
    @Transactional
    Invited invite(Customer admin, String phone, @Nullable String firstName, @Nullable String lastName) {
        Customer buyer = customers.inviteBuyer(admin.customerId(), phone, firstName, lastName);
        if (accounts.findByLogin(buyer.phone()).isPresent()) {
            throw new InvalidCustomerException(List.of(new InvalidField("phone", "buyers.phone.account")));
        }
        String password = newPassword();
        accounts.register(NewAccount.withInitialPassword(buyer.phone(), password, displayName(buyer),
                Set.of(Role.B2B_BUYER)));
        return new Invited(buyer, password);
    }

    /**
     * Lets the buyer buy for the company and sign in again, or stops both.
     *
     * @throws io.kopilka.customers.NotCompanyAdminException when the admin is not the admin of the buyer's company
     */
    @Transactional
    Buyer setEnabled(Customer admin, CustomerId buyer, boolean enabled) {
        Buyer changed = customers.setBuyerEnabled(admin.customerId(), buyer, enabled);
        accounts.findByLogin(changed.customer().phone())
                .ifPresent(account -> accounts.setEnabled(account.id(), enabled, admin.phone()));
        return changed;
    }

    static String displayName(Customer customer) {
        String name = ((customer.firstName() == null ? "" : customer.firstName()) + " "
                + (customer.lastName() == null ? "" : customer.lastName())).strip();
        return name.isEmpty() ? customer.phone() : name;
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }
}
