package io.kopilka.web.backoffice.customers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consultants' customer search: one field for a phone in any form, a card number, an e-mail or a name; the
 * results update while typing (htmx) and on submit (with or without script).
 */
@Controller
@RequestMapping("/backoffice/customers")
class CustomerSearchController {

    static final int MAX_RESULTS = 20;

    private static final String PAGE = "backoffice/customers/search";

    private final Customers customers;

    CustomerSearchController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String q, Model model) {
        search(q, model);
        return PAGE;
    }

    @GetMapping
    @HxRequest
    String results(@RequestParam(required = false) @Nullable String q, Model model) {
        search(q, model);
        return PAGE + " :: results";
    }

    private void search(@Nullable String typed, Model model) {
        String query = typed == null ? "" : typed.strip();
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", query.isEmpty() ? List.of() : find(query));
    }

    /** Exact matches by phone, card and e-mail come first: a consultant with a card in hand wants that one person. */
    private List<Customer> find(String query) {
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
