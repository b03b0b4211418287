package io.kopilka.web.points;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.web.security.PortalUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the customer record of the signed-in person (their login is their phone) and the ledger member whose points
 * they see: their own for a customer, their company's for a B2B buyer.
 */
@Component
public class CurrentMember {

    private final Customers customers;

    CurrentMember(Customers customers) {
        this.customers = customers;
    }

    /** The signed-in person's customer record, if they have one. */
    public Optional<Customer> customer(PortalUser user) {
        return customers.findByPhone(user.getUsername());
    }

    /** The ledger member id of the signed-in customer's own points. */
    public Optional<Long> personalMemberId(PortalUser user) {
        return customer(user).map(customer -> customer.customerId().value());
    }

    /** The ledger member id of the signed-in buyer's company, if they buy for one. */
    public Optional<Long> companyMemberId(PortalUser user) {
        return customer(user).flatMap(customer -> Optional.ofNullable(customer.company()))
                .map(company -> company.companyId().value());
    }
}
