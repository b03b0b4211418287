package io.kopilka.web.buyers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerCompany;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.NotCompanyAdminException;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in buyer's company's buyers: everyone sees the list; only the company's admin buyer invites (the
 * one-time password is shown once, on the answer to the invite) and disables or enables buyers. The company is
 * always the signed-in buyer's own.
 */
@Controller
@RequestMapping(BuyersController.PATH)
class BuyersController {

    static final String PATH = "/business/buyers";
    private static final String PAGE = "business/buyers";

    private final Customers customers;
    private final CurrentMember currentMember;
    private final CompanyBuyers companyBuyers;

    BuyersController(Customers customers, CurrentMember currentMember, CompanyBuyers companyBuyers) {
        this.customers = customers;
        this.currentMember = currentMember;
        this.companyBuyers = companyBuyers;
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalUser user, Model model) {
        common(user, model);
        model.addAttribute("form", new InviteFormData());
        return PAGE;
    }

    @PostMapping
    String invite(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") InviteFormData form,
                  BindingResult errors, Model model) {
        Customer admin = companyAdmin(user);
        try {
            CompanyBuyers.Invited invited = companyBuyers.invite(admin, form.getPhone() == null ? "" : form.getPhone(),
                    form.getFirstName(), form.getLastName());
            model.addAttribute("invitedName", CompanyBuyers.displayName(invited.buyer()));
            model.addAttribute("invitedPhone", invited.buyer().phone());
            model.addAttribute("invitedPassword", invited.password());
            model.addAttribute("form", new InviteFormData());
        } catch (InvalidCustomerException invalid) {
            invalid.fields().forEach(field -> errors.rejectValue(
                    field.field().equals("firstName") || field.field().equals("lastName") ? field.field() : "phone",
                    field.code()));
        } catch (NotCompanyAdminException notAdmin) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        common(user, model);
        return PAGE;
    }

    @PostMapping("/{customerId}/enabled")
    String setEnabled(@AuthenticationPrincipal PortalUser user, @PathVariable long customerId,
                      @RequestParam boolean enabled, RedirectAttributes redirect) {
        Customer admin = companyAdmin(user);
        try {
            var buyer = companyBuyers.setEnabled(admin, new CustomerId(customerId), enabled);
            redirect.addFlashAttribute("notice", enabled ? "buyers.enabledNow" : "buyers.disabledNow");
            redirect.addFlashAttribute("noticeName", CompanyBuyers.displayName(buyer.customer()));
        } catch (NotCompanyAdminException notAdmin) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return "redirect:" + PATH;
    }

    private void common(PortalUser user, Model model) {
        Customer me = currentMember.customer(user).orElse(null);
        CustomerCompany company = me == null ? null : me.company();
        model.addAttribute("company", company);
        model.addAttribute("me", me);
        model.addAttribute("isAdmin", company != null && company.admin());
        if (company != null) {
            model.addAttribute("buyers", customers.companyBuyers(company.companyId()));
        }
    }

    /** The signed-in buyer when they are their company's admin; anyone else is refused with 403. */
    private Customer companyAdmin(PortalUser user) {
        return currentMember.customer(user)
                .filter(me -> me.company() != null && me.company().admin())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
