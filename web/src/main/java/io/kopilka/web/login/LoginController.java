package io.kopilka.web.login;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, one for customers, buyers and staff. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String logout, Model model) {
        boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
        if (signedIn) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
