package io.kopilka.web.login;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.InvalidCustomerException;
import io.kopilka.customers.InvalidField;
import io.kopilka.customers.NewCustomer;
import io.kopilka.customers.PhoneAlreadyRegisteredException;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.PasswordRules;
import io.kopilka.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Self sign-up in the cabinet: a customer record and a sign-in account made together, then the new customer is
 * signed in and lands in the cabinet with their card.
 */
@Controller
@RequestMapping("/signup")
class SignUpController {

    private final Customers customers;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final UserDetailsService users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignUpController(Customers customers, Accounts accounts, TransactionTemplate transaction, UserDetailsService users) {
        this.customers = customers;
        this.accounts = accounts;
        this.transaction = transaction;
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new SignUpFormData());
        return "signup";
    }

    @PostMapping
    String signUp(@Valid @ModelAttribute("form") SignUpFormData form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordAgain())) {
            errors.rejectValue("passwordAgain", "signup.passwordAgain.different");
        }
        if (form.getPassword() != null && !errors.hasFieldErrors("password")) {
            // length is the form's own check; here: not a commonly leaked password, not the phone itself
            PasswordRules.check(form.getPassword(), form.getPhone() == null ? "" : form.getPhone())
                    .ifPresent(problem -> errors.rejectValue("password", "signup.password." + problem.code()));
        }
        NewCustomer registration = new NewCustomer(form.getPhone(), blankToNull(form.getEmail()),
                blankToNull(form.getFirstName()), null, null,
                new Consents(form.isConsentEmail(), form.isConsentSms(), form.isConsentPush()), null);
        // The customer's own checks run even when the password is wrong, so every field's problem shows at once;
        // the registration is then rolled back.
        Customer customer = transaction.execute(status -> {
            try {
                // with a refused password no account is made (bcrypt would refuse a too long one with an exception)
                Customer registered = register(registration, form, !errors.hasErrors());
                if (errors.hasErrors()) {
                    status.setRollbackOnly();
                }
                return registered;
            } catch (InvalidCustomerException invalid) {
                status.setRollbackOnly();
                invalid.fields().forEach(field -> reject(errors, field));
            } catch (PhoneAlreadyRegisteredException taken) {
                status.setRollbackOnly();
                errors.rejectValue("phone", "signup.phone.taken");
            }
            return null;
        });
        if (errors.hasErrors() || customer == null) {
            return "signup";
        }
        signIn(customer.phone(), request, response);
        return "redirect:/cabinet";
    }

    private static void reject(BindingResult errors, InvalidField field) {
        if (Set.of("phone", "email", "firstName").contains(field.field())) {
            errors.rejectValue(field.field(), field.code());
        } else {
            errors.reject(field.code());
        }
    }

    private Customer register(NewCustomer registration, SignUpFormData form, boolean withAccount) {
        Customer customer = customers.register(registration);
        if (accounts.findByLogin(customer.phone()).isPresent()) {
            throw new PhoneAlreadyRegisteredException(customer.customerId()); // rolls the customer back too
        }
        if (!withAccount) {
            return customer;
        }
        String name = customer.firstName() != null ? customer.firstName() : customer.phone();
        String password = form.getPassword() == null ? "" : form.getPassword();
        accounts.register(new NewAccount(customer.phone(), password, name, Set.of(Role.CUSTOMER)));
        return customer;
    }

    /** Signs the new customer in, in a new session (no session fixation). */
    private void signIn(String login, HttpServletRequest request, HttpServletResponse response) {
        var user = users.loadUserByUsername(login);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        sessions.saveContext(context, request, response);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
