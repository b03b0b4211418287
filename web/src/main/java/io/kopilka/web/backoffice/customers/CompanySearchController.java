package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.Company;
import io.kopilka.customers.Customers;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff's company search: one field for an INN (or its start) or a name (its start, or the starts of its words);
 * the results update while typing (htmx) and on submit (with or without script).
 */
@Controller
@RequestMapping("/backoffice/companies")
class CompanySearchController extends SearchPageController {

    static final int MAX_RESULTS = 20;

    private final Customers customers;

    CompanySearchController(Customers customers) {
        super("backoffice/companies/search");
        this.customers = customers;
    }

    @Override
    List<Company> find(String query) {
        return customers.searchCompanies(query, MAX_RESULTS);
    }
}
