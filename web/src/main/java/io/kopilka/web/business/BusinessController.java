package io.kopilka.web.business;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerCompany;
import io.kopilka.customers.Customers;
import io.kopilka.programme.Programme;
import io.kopilka.web.cabinet.BalancesReader;
import io.kopilka.web.cabinet.HistoryRows;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cabinet of a company customer's buyers: the company's points (they belong to the company, not the buyer)
 * and its history, whose "show more" asks this same path for the next rows. The company is always the signed-in
 * buyer's own.
 */
@Controller
@RequestMapping(BusinessController.PATH)
class BusinessController {

    static final String PATH = "/business";
    private static final String PAGE = "business/home";

    private final Programme programme;
    private final CurrentMember currentMember;
    private final BalancesReader balances;
    private final HistoryRows history;
    private final Customers customers;

    BusinessController(Programme programme, CurrentMember currentMember, BalancesReader balances,
                       HistoryRows history, Customers customers) {
        this.customers = customers;
        this.programme = programme;
        this.currentMember = currentMember;
        this.balances = balances;
        this.history = history;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable String after,
                Locale locale, Model model) {
        model.addAttribute("networks", programme.networks());
        Optional<CustomerCompany> company = currentMember.customer(user).map(Customer::company);
        model.addAttribute("company", company.orElse(null));
        model.addAttribute("companyProfile", company.flatMap(c -> customers.findCompany(c.companyId())).orElse(null));
        model.addAttribute("continued", after != null && !after.isBlank());
        Optional<Long> member = currentMember.companyMemberId(user);
        if (member.isPresent()) {
            model.addAttribute("balances", balances.of(member.get(), locale));
            history.addPage(member.get(), after, PATH, locale, model);
        }
        return PAGE;
    }

    @GetMapping(params = "after")
    @HxRequest
    String nextRows(@AuthenticationPrincipal PortalUser user, @RequestParam String after, Locale locale, Model model) {
        Optional<Long> member = currentMember.companyMemberId(user);
        if (member.isPresent()) {
            history.addPage(member.get(), after, PATH, locale, model);
        } else {
            model.addAttribute("rows", List.of());
        }
        return "cabinet/history :: rows";
    }
}
