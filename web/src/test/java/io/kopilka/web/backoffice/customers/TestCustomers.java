package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** People of the tests' own, so their balances move only by what each test does (the context is shared). */
final class TestCustomers {

    private TestCustomers() {
    }

    static Customer registerWithPoints(Customers customers, Ledger ledger, String surname, long points) {
        String phone = "+7998" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        Customer customer = customers.register(NewCustomer.withPhone(phone).withNames("Тест", surname));
        if (points > 0) {
            grant(ledger, customer.customerId().value(), points, "Тестовая");
        }
        return customer;
    }

    static void grant(Ledger ledger, long memberId, long points, String promotion) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        ledger.grant(new Grant(new Operation("test-" + UUID.randomUUID(), "gadgets",
                Reason.of("promotion.grant", "promotion", promotion), now), memberId, points, now.plusMonths(6)));
    }

    static long available(Ledger ledger, long memberId) {
        return ledger.balances(memberId, LocalDateTime.now(ZoneOffset.UTC)).available();
    }
}
