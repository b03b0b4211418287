package io.kopilka.web.cabinet.offers;

import io.kopilka.customers.Customer;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Offers: the promotions in effect whose audience includes the signed-in customer's tier, and the challenges with a
 * progress bar each. Always the signed-in person's; no parameter chooses another.
 */
@Controller
class OffersController {

    private final CurrentMember currentMember;
    private final Promotions promotions;

    OffersController(CurrentMember currentMember, Promotions promotions) {
        this.currentMember = currentMember;
        this.promotions = promotions;
    }

    @GetMapping("/cabinet/offers")
    String offers(@AuthenticationPrincipal PortalUser user, Model model) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Optional<Customer> customer = currentMember.customer(user);
        long id = customer.map(c -> c.customerId().value()).orElse(-1L);
        model.addAttribute("offers", customer.isEmpty() ? List.of() : promotions.offersFor(id, now).stream()
                .filter(p -> p.terms().type() != PromotionType.CHALLENGE).toList());
        model.addAttribute("challenges", customer.isEmpty() ? List.of() : promotions.challengesOf(id, now));
        return "cabinet/offers";
    }
}
