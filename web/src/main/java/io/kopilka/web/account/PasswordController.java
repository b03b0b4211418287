package io.kopilka.web.account;

import io.kopilka.identity.Accounts;
import io.kopilka.identity.InvalidAccountException;
import io.kopilka.web.security.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Choose your password": the current password and a new one typed twice. A person who signed in with an initial
 * password lands here and goes on to their own area once they have chosen one; anyone else may change theirs here.
 */
@Controller
@RequestMapping(PasswordController.PATH)
class PasswordController {

    static final String PATH = "/account/password";
    private static final String PAGE = "account/password";

    private final Accounts accounts;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new PasswordFormData());
        return PAGE;
    }

    @PostMapping
    String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PasswordFormData form,
                  BindingResult errors, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String newPassword = Objects.requireNonNullElse(form.getNewPassword(), "");
        if (!newPassword.equals(Objects.requireNonNullElse(form.getNewPasswordAgain(), ""))) {
            // Nothing is changed, but the length is said at once rather than after the person has fixed the mismatch.
            if (newPassword.length() < Accounts.MIN_PASSWORD_LENGTH
                    || newPassword.length() > Accounts.MAX_PASSWORD_LENGTH) {
                errors.rejectValue("newPassword", "account.newPassword.length");
            }
            errors.rejectValue("newPasswordAgain", "account.newPasswordAgain.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(user.accountId(),
                        Objects.requireNonNullElse(form.getCurrentPassword(), ""), newPassword);
            } catch (InvalidAccountException refused) {
                refused.fields().forEach(field -> errors.rejectValue(field.field(), field.code()));
            }
        }
        if (errors.hasErrors()) {
            return PAGE; // the page never writes the typed passwords back
        }
        signInAgain(user, request, response);
        if (user.mustChangePassword()) {
            return "redirect:/";
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    /** Replaces the session's person with the account as it is now, no longer marked for a password change. */
    private void signInAgain(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        UserDetails now = users.loadUserByUsername(user.getUsername());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
