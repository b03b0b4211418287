package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The consultants' customer search: one field for a phone in any form, a card number, an e-mail or a name; the
 * results update while typing (htmx) and on submit (with or without script).
 */
@Controller
@RequestMapping("/backoffice/customers")
class CustomerSearchController extends SearchPageController {

    static final int MAX_RESULTS = 20;

    private final Customers customers;

    CustomerSearchController(Customers customers) {
        super("backoffice/customers/search");
        this.customers = customers;
    }

    /** Exact matches by phone, card and e-mail come first: a consultant with a card in hand wants that one person. */
    @Override
    List<Customer> find(String query) {
        Map<Long, Customer> found = new LinkedHashMap<>();
        Stream.of(customers.findByPhone(query), customers.findByCardNumber(query),
                        query.contains("@") ? customers.findByEmail(query) : Optional.<Customer>empty())
                .flatMap(Optional::stream)
                .forEach(customer -> found.putIfAbsent(customer.customerId().value(), customer));
        for (Customer customer : customers.search(query, MAX_RESULTS)) {
            found.putIfAbsent(customer.customerId().value(), customer);
        }
        return found.values().stream().limit(MAX_RESULTS).toList();
    }
}
