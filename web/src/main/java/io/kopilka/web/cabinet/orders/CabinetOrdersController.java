package io.kopilka.web.cabinet.orders;

import io.kopilka.web.orders.MemberOrders;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The signed-in customer's orders on their own points account, newest first, and one of them. An order of anyone
 * else's account is answered like an order that does not exist.
 */
@Controller
@RequestMapping("/cabinet/orders")
class CabinetOrdersController {

    private final CurrentMember currentMember;
    private final MemberOrders orders;

    CabinetOrdersController(CurrentMember currentMember, MemberOrders orders) {
        this.currentMember = currentMember;
        this.orders = orders;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
        Optional<Long> member = currentMember.personalMemberId(user);
        model.addAttribute("hasAccount", member.isPresent());
        orders.list(member, locale, model);
        return "cabinet/orders/list";
    }

    @GetMapping("/{orderId}")
    String order(@AuthenticationPrincipal PortalUser user, @PathVariable String orderId, Locale locale, Model model) {
        orders.order(currentMember.personalMemberId(user), orderId, locale, model);
        return "cabinet/orders/order";
    }
}
