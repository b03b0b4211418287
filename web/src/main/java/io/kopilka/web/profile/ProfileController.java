package io.kopilka.web.profile;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.ProfileChange;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in customer's profile: names, e-mail, birth date and consents, with messages next to the fields.
 * Whose profile it is comes only from the session; no request parameter names a customer.
 */
@Controller
@RequestMapping(ProfileController.PATH)
class ProfileController {

    static final String PATH = "/cabinet/profile";
    private static final String PAGE = "cabinet/profile";
    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "birthDate");

    private final Customers customers;
    private final CurrentMember currentMember;

    ProfileController(Customers customers, CurrentMember currentMember) {
        this.customers = customers;
        this.currentMember = currentMember;
    }

    @InitBinder("form")
    void onlyProfileFields(WebDataBinder binder) {
        binder.setAllowedFields("firstName", "lastName", "email", "birthDate", "consentEmail", "consentSms",
                "consentPush");
    }

    @GetMapping
    String page(@AuthenticationPrincipal PortalUser user, Model model) {
        Customer customer = currentMember.customer(user).orElse(null);
        if (customer == null) {
            return "redirect:/cabinet";
        }
        model.addAttribute("customer", customer);
        model.addAttribute("form", ProfileFormData.of(customer));
        return PAGE;
    }

    @PostMapping
    String save(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ProfileFormData form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Customer customer = currentMember.customer(user).orElse(null);
        if (customer == null) {
            return "redirect:/cabinet";
        }
        model.addAttribute("customer", customer);
        ProfileChange change = new ProfileChange(form.getFirstName(), form.getLastName(), form.getEmail(),
                errors.hasFieldErrors("birthDate") ? customer.birthDate() : form.getBirthDate(),
                new Consents(form.isConsentEmail(), form.isConsentSms(), form.isConsentPush()));
        if (!errors.hasErrors()) {
            try {
                customers.updateProfile(customer.customerId(), change);
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + PATH;
            } catch (InvalidCustomerException invalid) {
                invalid.fields().forEach(field -> {
                    if (FIELDS.contains(field.field())) {
                        errors.rejectValue(field.field(), field.code());
                    } else {
                        errors.reject(field.code());
                    }
                });
            }
        }
        return PAGE;
    }
}
