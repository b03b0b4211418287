package io.kopilka.web.business.orders;

import io.kopilka.customers.Customer;
import io.kopilka.web.orders.MemberOrders;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The orders on the signed-in buyer's company account, and one of them per destination. An order of another company
 * (or of a person) is answered like an order that does not exist.
 */
@Controller
@RequestMapping("/business/orders")
class BusinessOrdersController {

    private final CurrentMember currentMember;
    private final MemberOrders orders;

    BusinessOrdersController(CurrentMember currentMember, MemberOrders orders) {
        this.currentMember = currentMember;
        this.orders = orders;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
        model.addAttribute("company", currentMember.customer(user).map(Customer::company).orElse(null));
        orders.list(currentMember.companyMemberId(user), locale, model);
        return "business/orders/list";
    }

    @GetMapping("/{orderId}")
    String order(@AuthenticationPrincipal PortalUser user, @PathVariable String orderId, Locale locale, Model model) {
        orders.order(currentMember.companyMemberId(user), orderId, locale, model);
        return "business/orders/order";
    }
}
