package io.kopilka.web.backoffice.customers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.web.layout.TypedNumbers;
import io.kopilka.customers.Customer;
import io.kopilka.ledger.InsufficientPointsException;
import io.kopilka.ledger.Ledger;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * Administrators' manual adjustments of a customer's available points (security lets only ADMIN post here). With
 * htmx the form, balances and history are swapped in place; without script the page is posted and redirected.
 */
@Controller
@RequestMapping("/backoffice/customers/{customerId}/adjustments")
class ManualAdjustmentController {

    /** A sanity limit: a typo of three extra zeros should not make anyone rich. */
    static final long MAX_POINTS = 1_000_000;

    private static final String PAGE = CustomerPageController.PAGE;

    private final CustomerPageModel pages;
    private final ManualAdjustments adjustments;
    private final Ledger ledger;

    ManualAdjustmentController(CustomerPageModel pages, ManualAdjustments adjustments, Ledger ledger) {
        this.pages = pages;
        this.adjustments = adjustments;
        this.ledger = ledger;
    }

    @PostMapping
    @HxRequest
    View adjustInPlace(@PathVariable String customerId, @Valid @ModelAttribute("adjustment") AdjustmentFormData form,
                       BindingResult errors, Principal staff, Locale locale, Model model) {
        Customer customer = pages.customer(customerId);
        model.addAttribute("customer", customer);
        ManualAdjustments.@Nullable Outcome outcome = adjust(customer, form, errors, staff);
        if (outcome == null) {
            return FragmentsRendering.with(PAGE + " :: adjust").build();
        }
        model.addAttribute("adjustment", AdjustmentFormData.fresh());
        model.addAttribute("adjustmentOutcome", outcome.name());
        model.addAttribute("oob", true); // balances and history follow the form out of band
        pages.balances(customer, model);
        pages.history(customer, null, locale, model);
        return FragmentsRendering.with(PAGE + " :: adjust")
                .fragment(PAGE + " :: balances")
                .fragment(PAGE + " :: history")
                .build();
    }

    @PostMapping
    String adjustWithoutScript(@PathVariable String customerId,
                               @Valid @ModelAttribute("adjustment") AdjustmentFormData form, BindingResult errors,
                               Principal staff, Locale locale, Model model, RedirectAttributes redirect) {
        Customer customer = pages.customer(customerId);
        ManualAdjustments.@Nullable Outcome outcome = adjust(customer, form, errors, staff);
        if (outcome == null) {
            pages.profile(customer, locale, model);
            pages.balances(customer, model);
            pages.history(customer, null, locale, model);
            return PAGE;
        }
        redirect.addFlashAttribute("adjustmentOutcome", outcome.name());
        return "redirect:/backoffice/customers/" + customer.customerId().value();
    }

    /** Checks the form and makes the adjustment; null when the form has errors and nothing changed. */
    private ManualAdjustments.@Nullable Outcome adjust(Customer customer, AdjustmentFormData form,
                                                       BindingResult errors, Principal staff) {
        long memberId = customer.customerId().value();
        Long points = points(form, errors);
        if (points != null && points < 0) {
            long available = ledger.balances(memberId, LocalDateTime.now(ZoneOffset.UTC)).available();
            if (-points > available) {
                errors.rejectValue("points", "adjustment.points.moreThanAvailable", new Object[] {available}, null);
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (points != null && points > 0 && !errors.hasFieldErrors("expiresOn")) {
            if (form.getExpiresOn() == null) {
                errors.rejectValue("expiresOn", "adjustment.expiresOn.required");
            } else if (!form.getExpiresOn().isAfter(today)) {
                errors.rejectValue("expiresOn", "adjustment.expiresOn.past");
            }
        }
        String key = form.getIdempotencyKey();
        if (key == null || key.isBlank() || key.length() > 100) {
            // a form without its key (hand-made) still works once; it just loses the protection against repeats
            form.setIdempotencyKey("adjustment-" + UUID.randomUUID());
        }
        if (errors.hasErrors() || points == null) {
            return null;
        }
        LocalDate expiresOn = points > 0 ? form.getExpiresOn() : today.plusDays(1); // the ledger ignores it for a debit
        try {
            return adjustments.adjust(memberId, points, expiresOn.atTime(LocalTime.of(23, 59, 59)),
                    form.getComment().strip(), form.getIdempotencyKey(), staff.getName());
        } catch (InsufficientPointsException e) {
            // the balance changed between the check above and the posting (a purchase, a colleague)
            long available = ledger.balances(memberId, LocalDateTime.now(ZoneOffset.UTC)).available();
            errors.rejectValue("points", "adjustment.points.moreThanAvailable", new Object[] {available}, null);
            return null;
        }
    }

    private static @Nullable Long points(AdjustmentFormData form, BindingResult errors) {
        if (TypedNumbers.blank(form.getPoints())) {
            errors.rejectValue("points", "adjustment.points.required");
            return null;
        }
        var whole = TypedNumbers.whole(form.getPoints());
        if (whole.isEmpty()) {
            errors.rejectValue("points", "adjustment.points.notWhole");
            return null;
        }
        long points = whole.get();
        if (points == 0) {
            errors.rejectValue("points", "adjustment.points.zero");
            return null;
        }
        if (Math.abs(points) > MAX_POINTS) {
            errors.rejectValue("points", "adjustment.points.tooMany", new Object[] {MAX_POINTS}, null);
            return null;
        }
        return points;
    }

    @ExceptionHandler(CustomerPageModel.UnknownCustomerException.class)
    ModelAndView unknownCustomer(HttpServletRequest request) {
        return CustomerPageModel.notFoundPage(request);
    }
}
