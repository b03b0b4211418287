package io.kopilka.web.backoffice.notifications;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.notifications.Notifications;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages a customer was sent (or that wait, or were skipped and why), for consultants: a card htmx loads into
 * the customer page, and the same list as a page of its own without script; there staff also set the language the
 * customer is written in.
 */
@Controller
@RequestMapping("/backoffice/customers/{customerId}/messages")
class CustomerMessagesController {

    static final int SHOWN = 50;
    private static final String PAGE = "backoffice/notifications/customer-messages";

    private final Customers customers;
    private final Notifications notifications;

    CustomerMessagesController(Customers customers, Notifications notifications) {
        this.customers = customers;
        this.notifications = notifications;
    }

    @GetMapping
    String page(@PathVariable String customerId, Model model) {
        fill(customerId, model);
        return PAGE;
    }

    @GetMapping
    @HxRequest
    String card(@PathVariable String customerId, Model model) {
        fill(customerId, model);
        return PAGE + " :: card";
    }

    /** Sets the language the customer is written in; an unknown language is a bad request and changes nothing. */
    @PostMapping("/language")
    String language(@PathVariable String customerId, @RequestParam(defaultValue = "") String language,
                    Principal staff, RedirectAttributes redirect) {
        Customer customer = customer(customerId);
        if (!NotificationTemplates.LANGUAGES.contains(language)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        notifications.setLanguage(customer.customerId(), language, staff.getName());
        redirect.addFlashAttribute("languageSaved", true);
        return "redirect:/backoffice/customers/" + customer.customerId().value() + "/messages";
    }

    private void fill(String customerId, Model model) {
        Customer customer = customer(customerId);
        model.addAttribute("customer", customer);
        model.addAttribute("messages", notifications.messagesOf(customer.customerId(), SHOWN));
        model.addAttribute("language", notifications.languageOf(customer.customerId()));
        model.addAttribute("languages", NotificationTemplates.LANGUAGES);
    }

    private Customer customer(String customerId) {
        try {
            return customers.find(new CustomerId(Long.parseLong(customerId)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
