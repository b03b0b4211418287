package io.kopilka.web.login;

import io.kopilka.identity.Role;
import io.kopilka.web.security.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends a signed-in person to their own area: customers to the cabinet, buyers to the company's, staff to the back office. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        if (user.roles().stream().anyMatch(Role::isStaff)) {
            return "redirect:/backoffice";
        }
        if (user.roles().contains(Role.B2B_BUYER)) {
            return "redirect:/business";
        }
        return "redirect:/cabinet";
    }
}
