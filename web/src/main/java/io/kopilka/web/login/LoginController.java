package io.kopilka.web.login;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, one for customers, buyers and staff. */
@Controller
class LoginController {

    /** How long a lock-out lasts (the identity module's sign-in throttle reads the same property). */
    private final long lockMinutes;

    LoginController(@Value("${kopilka.sign-in.lock-duration:PT15M}") Duration lockDuration) {
        this.lockMinutes = lockDuration.toMinutes();
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String logout,
                 @RequestParam(required = false) @Nullable String locked, Model model) {
        boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
        if (signedIn) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        // the same words whether or not an account has the login: a lock-out must not tell which logins exist
        model.addAttribute("locked", locked != null);
        model.addAttribute("lockMinutes", lockMinutes);
        return "login";
    }
}
