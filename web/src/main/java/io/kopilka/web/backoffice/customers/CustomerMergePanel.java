package io.kopilka.web.backoffice.customers;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the customer page shows of merges, kept apart from its controller: on a merged duplicate's page whom it was
 * merged into ({@code mergedInto}, with a link); on anyone else's page, for administrators, the start of a merge
 * ({@code mergeForm}). The page includes both from {@code backoffice/customers/merge.html}.
 */
@ControllerAdvice(assignableTypes = CustomerPageController.class)
class CustomerMergePanel {

    private final Customers customers;

    CustomerMergePanel(Customers customers) {
        this.customers = customers;
    }

    @ModelAttribute
    void merges(@PathVariable String customerId, HttpServletRequest request, Model model) {
        if (request.getHeader("HX-Request") != null) {
            return; // fragments of the page (older history) show neither
        }
        long id;
        try {
            id = Long.parseLong(customerId);
        } catch (NumberFormatException e) {
            return; // the page answers 404 itself
        }
        customers.mergedInto(new CustomerId(id)).flatMap(customers::find).ifPresentOrElse(kept -> {
            model.addAttribute("mergedInto", kept);
            model.addAttribute("mergedIntoName", CustomerPageModel.displayName(kept));
        }, () -> {
            if (request.isUserInRole("ADMIN")) {
                model.addAttribute("mergeForm", new MergeFormData());
            }
        });
    }
}
