package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators merge a duplicate registration into the customer the path names (security lets only ADMIN here):
 * GET finds the duplicate by phone or card and shows both people side by side (nothing changes), POST merges.
 * Refusals show next to the phone-or-card field.
 */
@Controller
@RequestMapping("/backoffice/customers/{customerId}/merge")
class CustomerMergeController {

    static final String PAGE = "backoffice/customers/merge";

    private final CustomerPageModel pages;
    private final CustomerMerges merges;

    CustomerMergeController(CustomerPageModel pages, CustomerMerges merges) {
        this.pages = pages;
        this.merges = merges;
    }

    @GetMapping
    String find(@PathVariable String customerId, @ModelAttribute("mergeForm") MergeFormData form,
                BindingResult errors, Model model) {
        Customer kept = kept(customerId, model);
        if (form.getQuery() != null) {
            try {
                CustomerMerges.Preview preview = merges.preview(kept, form.getQuery().strip());
                model.addAttribute("preview", preview);
                form.setDuplicateId(preview.duplicate().customer().customerId().value());
            } catch (CustomerMerges.Refused refused) {
                errors.rejectValue("query", refused.code());
            }
        }
        return PAGE;
    }

    @PostMapping
    String merge(@PathVariable String customerId, @ModelAttribute("mergeForm") MergeFormData form,
                 BindingResult errors, Principal staff, Model model, RedirectAttributes redirect) {
        Customer kept = kept(customerId, model);
        if (form.getDuplicateId() == null) {
            errors.rejectValue("query", "merge.query.required");
            return PAGE;
        }
        try {
            CustomerMerges.Merged merged = merges.merge(kept.customerId(), new CustomerId(form.getDuplicateId()),
                    staff.getName());
            redirect.addFlashAttribute("mergedDuplicate", CustomerPageModel.displayName(merged.duplicate()));
            return "redirect:/backoffice/customers/" + kept.customerId().value();
        } catch (CustomerMerges.Refused refused) {
            errors.rejectValue("query", refused.code());
            return PAGE;
        }
    }

    private Customer kept(String customerId, Model model) {
        Customer kept = pages.customer(customerId);
        model.addAttribute("customer", kept);
        model.addAttribute("customerName", CustomerPageModel.displayName(kept));
        return kept;
    }

    @ExceptionHandler(CustomerPageModel.UnknownCustomerException.class)
    ModelAndView unknownCustomer(HttpServletRequest request) {
        return CustomerPageModel.notFoundPage(request);
    }
}
