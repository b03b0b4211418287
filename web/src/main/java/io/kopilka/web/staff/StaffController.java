package io.kopilka.web.staff;

import io.kopilka.identity.Accounts;
import io.kopilka.identity.InvalidAccountException;
import io.kopilka.identity.NewStaffAccount;
import io.kopilka.identity.Role;
import io.kopilka.identity.SignInAccount;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff users (administrators only): the list with roles and state, a form to create one, and per-user forms to
 * change roles and to disable or enable; every change is audited by the identity module.
 */
@Controller
@RequestMapping(StaffController.PATH)
class StaffController {

    static final String PATH = "/backoffice/staff";
    private static final String PAGE = "backoffice/staff/list";

    private final Accounts accounts;

    StaffController(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute
    void common(Principal staff, Model model) {
        List<SignInAccount> list = accounts.listStaff();
        model.addAttribute("staff", list);
        model.addAttribute("staffRoles", Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        model.addAttribute("self", staff.getName());
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffFormData());
        }
        return PAGE;
    }

    @PostMapping
    String create(@ModelAttribute("form") StaffFormData form, BindingResult errors, Principal staff,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            SignInAccount created = accounts.createStaff(new NewStaffAccount(form.getLogin(), form.getDisplayName(),
                    form.getRoles(), form.getPassword()), staff.getName());
            redirect.addFlashAttribute("notice", "staff.created");
            redirect.addFlashAttribute("noticeName", created.login());
            return "redirect:" + PATH;
        } catch (InvalidAccountException refused) {
            refused.fields().forEach(field -> errors.rejectValue(field.field(), field.code()));
            form.setPassword(null);
            return PAGE;
        }
    }

    @PostMapping("/{accountId}/roles")
    String changeRoles(@PathVariable long accountId, @RequestParam(required = false) @Nullable Set<Role> roles,
                       Principal staff, RedirectAttributes redirect) {
        return change(accountId, redirect, "staff.rolesChanged",
                () -> accounts.changeRoles(accountId, StaffFormData.chosen(roles), staff.getName()));
    }

    @PostMapping("/{accountId}/enabled")
    String setEnabled(@PathVariable long accountId, @RequestParam boolean enabled, Principal staff,
                      RedirectAttributes redirect) {
        return change(accountId, redirect, enabled ? "staff.enabledNow" : "staff.disabledNow",
                () -> accounts.setEnabled(accountId, enabled, staff.getName()));
    }

    private String change(long accountId, RedirectAttributes redirect, String done,
                          java.util.function.Supplier<SignInAccount> change) {
        boolean staffUser = accounts.find(accountId).map(a -> a.roles().stream().anyMatch(Role::isStaff)).orElse(false);
        try {
            if (!staffUser) {
                throw new NoSuchElementException();
            }
            SignInAccount changed = change.get();
            redirect.addFlashAttribute("notice", done);
            redirect.addFlashAttribute("noticeName", changed.login());
        } catch (InvalidAccountException refused) {
            redirect.addFlashAttribute("problem", refused.fields().get(0).code());
        } catch (NoSuchElementException missing) {
            redirect.addFlashAttribute("problem", "staff.notFound");
        }
        redirect.addFlashAttribute("changedId", accountId);
        return "redirect:" + PATH;
    }
}
