package io.kopilka.web.cabinet;

import io.kopilka.customers.Customer;
import io.kopilka.programme.Programme;
import io.kopilka.web.orders.TierProgressReader;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The customer's personal cabinet: their points (available, pending, expiring soon), their card and tier. The
 * member is always the signed-in person; no request parameter can choose another.
 */
@Controller
@RequestMapping("/cabinet")
class CabinetController {

    private final Programme programme;
    private final CurrentMember currentMember;
    private final BalancesReader balances;
    private final TierProgressReader progress;

    CabinetController(Programme programme, CurrentMember currentMember, BalancesReader balances,
                      TierProgressReader progress) {
        this.programme = programme;
        this.currentMember = currentMember;
        this.balances = balances;
        this.progress = progress;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
        model.addAttribute("tiers", programme.tiers());
        Optional<Customer> customer = currentMember.customer(user);
        model.addAttribute("customer", customer.orElse(null));
        model.addAttribute("currentTier", customer.map(c -> c.tier().code()).orElse(null));
        model.addAttribute("progress", customer.flatMap(c -> progress.of(c, locale)).orElse(null));
        currentMember.personalMemberId(user)
                .ifPresent(memberId -> model.addAttribute("balances", balances.of(memberId, locale)));
        return "cabinet/home";
    }
}
