package io.kopilka.web.backoffice.customers;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.customers.Customer;
import io.kopilka.orders.Orders;
import io.kopilka.web.orders.OrderListRows;
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
 * A customer as staff see them: profile, balances, tiers and the points history with reasons, newest first, "show
 * more" loading older entries with htmx (or as a page of its own without script). Read-only except for the
 * administrators' adjustment form, which {@link ManualAdjustmentController} answers.
 */
@Controller
@RequestMapping("/backoffice/customers/{customerId}")
class CustomerPageController {

    static final String PAGE = "backoffice/customers/customer";

    private final CustomerPageModel pages;
    private final Orders orders;
    private final OrderListRows orderListRows;

    CustomerPageController(CustomerPageModel pages, Orders orders, OrderListRows orderListRows) {
        this.pages = pages;
        this.orders = orders;
        this.orderListRows = orderListRows;
    }

    @GetMapping
    String page(@PathVariable String customerId, @RequestParam(required = false) @Nullable String after,
                HttpServletRequest request, Locale locale, Model model) {
        Customer customer = pages.customer(customerId);
        pages.profile(customer, locale, model);
        pages.balances(customer, model);
        pages.history(customer, after == null ? null : CustomerPageModel.cursor(after), locale, model);
        model.addAttribute("orders",
                orderListRows.of(orders.ordersOfCustomer(customer.customerId().value(), OrderListRows.LIST_SIZE), locale));
        if (request.isUserInRole("ADMIN")) {
            model.addAttribute("adjustment", AdjustmentFormData.fresh());
        }
        return PAGE;
    }

    @GetMapping(params = "after")
    @HxRequest
    String olderHistory(@PathVariable String customerId, @RequestParam String after, Locale locale, Model model) {
        Customer customer = pages.customer(customerId);
        model.addAttribute("customer", customer);
        pages.history(customer, CustomerPageModel.cursor(after), locale, model);
        return PAGE + " :: history-rows";
    }

    @ExceptionHandler(CustomerPageModel.UnknownCustomerException.class)
    ModelAndView unknownCustomer(HttpServletRequest request) {
        return CustomerPageModel.notFoundPage(request);
    }
}
