package io.kopilka.web.backoffice.orders;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.Orders;
import io.kopilka.programme.Programme;
import io.kopilka.web.orders.OrderPageModel;
import io.kopilka.web.orders.OrderListRows;
import io.kopilka.web.orders.UnknownOrderException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's orders: found by the network and the client's order number (a found order opens at once), the
 * service centre's latest orders, and one order in full.
 */
@Controller
@RequestMapping("/backoffice/orders")
class BackofficeOrdersController {

    /** The network whose repair orders the page lists. */
    static final String SERVICE_NETWORK = "service";
    static final int SERVICE_ORDERS = 30;

    private final Orders orders;
    private final Programme programme;
    private final OrderListRows rows;
    private final OrderPageModel pages;
    private final Customers customers;

    BackofficeOrdersController(Orders orders, Programme programme, OrderListRows rows, OrderPageModel pages,
                               Customers customers) {
        this.customers = customers;
        this.orders = orders;
        this.programme = programme;
        this.rows = rows;
        this.pages = pages;
    }

    @GetMapping
    String lookup(@RequestParam(required = false) @Nullable String network,
                  @RequestParam(required = false) @Nullable String externalId, Locale locale, Model model) {
        String number = externalId == null ? "" : externalId.strip();
        String chosen = network == null || network.isBlank() ? "" : network;
        if (!number.isEmpty()) {
            Optional<OrderDetails> found = chosen.isEmpty()
                    ? programme.networks().stream().map(n -> orders.find(n.code(), number))
                            .flatMap(Optional::stream).findFirst()
                    : orders.find(chosen, number);
            if (found.isPresent()) {
                return "redirect:/backoffice/orders/" + found.get().orderId().value();
            }
            model.addAttribute("notFound", true);
        }
        model.addAttribute("networks", programme.networks());
        model.addAttribute("network", chosen);
        model.addAttribute("externalId", number);
        model.addAttribute("serviceOrders", rows.of(orders.recent(SERVICE_NETWORK, SERVICE_ORDERS), locale));
        return "backoffice/orders/lookup";
    }

    @GetMapping("/{orderId}")
    String order(@PathVariable String orderId, Locale locale, Model model) {
        OrderDetails order = UnknownOrderException.orderOf(orders, orderId, details -> true);
        pages.order(order, locale, model);
        model.addAttribute("customer", order.customerId() == null ? null
                : customers.find(new CustomerId(order.customerId())).orElse(null));
        return "backoffice/orders/order";
    }
}
