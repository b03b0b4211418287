package io.kopilka.web.backoffice.customers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Company;
import io.kopilka.customers.CompanyId;
import io.kopilka.customers.Customers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A company as staff see it: INN, KPP, its buyers (each linking to their customer page) and its own points — the
 * company's id is its ledger member id — with the history shown as on a customer's page. Read-only.
 */
@Controller
@RequestMapping(CompanyPageController.PATH)
class CompanyPageController {

    static final String PATH = "/backoffice/companies/{companyId}";
    private static final String PAGE = "backoffice/companies/company";

    private final Customers customers;
    private final CustomerPageModel pages;

    CompanyPageController(Customers customers, CustomerPageModel pages) {
        this.customers = customers;
        this.pages = pages;
    }

    @GetMapping
    String page(@PathVariable String companyId, @RequestParam(required = false) @Nullable String after,
                Locale locale, Model model) {
        Company company = company(companyId);
        model.addAttribute("company", company);
        model.addAttribute("buyers", customers.companyBuyers(company.companyId()));
        pages.balances(company.companyId().value(), model);
        pages.history(company.companyId().value(), path(company), after == null ? null : CustomerPageModel.cursor(after),
                locale, model);
        return PAGE;
    }

    @GetMapping(params = "after")
    @HxRequest
    String olderHistory(@PathVariable String companyId, @RequestParam String after, Locale locale, Model model) {
        Company company = company(companyId);
        pages.history(company.companyId().value(), path(company), CustomerPageModel.cursor(after), locale, model);
        return CustomerPageController.PAGE + " :: history-rows";
    }

    @ExceptionHandler(CustomerPageModel.UnknownCustomerException.class)
    ModelAndView unknownCompany(HttpServletRequest request) {
        return CustomerPageModel.notFoundPage(request);
    }

    private static String path(Company company) {
        return "/backoffice/companies/" + company.companyId().value();
    }

    /** The company the path names; an id that is not a number or names none is a 404, as a mistyped address is. */
    private Company company(String companyId) {
        long id;
        try {
            id = Long.parseLong(companyId);
        } catch (NumberFormatException e) {
            throw new CustomerPageModel.UnknownCustomerException();
        }
        return customers.findCompany(new CompanyId(id)).orElseThrow(CustomerPageModel.UnknownCustomerException::new);
    }
}
