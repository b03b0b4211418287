package io.kopilka.web.backoffice;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.IssuedApiKey;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import jakarta.validation.Valid;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * API keys of the integrations (administrators only): issue a key for a network, shown once, and revoke it.
 * Works with htmx (fragments swapped in place) and without (full pages).
 */
@Controller
@RequestMapping("/backoffice/api-keys")
class ApiKeysController {

    private static final String PAGE = "backoffice/api-keys";

    private final ApiKeys apiKeys;
    private final Programme programme;

    ApiKeysController(ApiKeys apiKeys, Programme programme) {
        this.apiKeys = apiKeys;
        this.programme = programme;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("networks", programme.networks());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("keys", apiKeys.list());
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", IssueApiKeyFormData.empty());
        return PAGE;
    }

    @PostMapping
    @HxRequest
    View issueInPlace(@Valid @ModelAttribute("form") IssueApiKeyFormData form, BindingResult errors,
                      Principal staff, Model model) {
        if (issue(form, errors, staff, model) == null) {
            return FragmentsRendering.with(PAGE + " :: issue").build();
        }
        model.addAttribute("oob", true); // the key list is swapped out of band, next to the form
        return FragmentsRendering.with(PAGE + " :: issue").fragment(PAGE + " :: list").build();
    }

    @PostMapping
    String issueWithoutScript(@Valid @ModelAttribute("form") IssueApiKeyFormData form, BindingResult errors,
                              Principal staff, Model model) {
        issue(form, errors, staff, model);
        return PAGE;
    }

    @PostMapping("/{keyId}/revoke")
    @HxRequest
    String revokeInPlace(@PathVariable long keyId, Principal staff, Model model) {
        apiKeys.revoke(keyId, staff.getName());
        model.addAttribute("keys", apiKeys.list());
        return PAGE + " :: list";
    }

    @PostMapping("/{keyId}/revoke")
    String revokeWithoutScript(@PathVariable long keyId, Principal staff) {
        apiKeys.revoke(keyId, staff.getName());
        return "redirect:/backoffice/api-keys";
    }

    private @Nullable IssuedApiKey issue(IssueApiKeyFormData form, BindingResult errors, Principal staff, Model model) {
        String network = form.networkOrNull();
        if (form.getScope() == ApiScope.ORDERS && network == null) {
            errors.rejectValue("network", "apiKeys.network.required");
        } else if (form.getScope() == ApiScope.ORDERS
                && programme.networks().stream().map(Network::code).noneMatch(network::equals)) {
            errors.rejectValue("network", "apiKeys.network.unknown");
        } else if (form.getScope() == ApiScope.OPERATOR && network != null) {
            errors.rejectValue("network", "apiKeys.network.notForOperator");
        }
        if (errors.hasErrors()) {
            return null;
        }
        IssuedApiKey issued = apiKeys.issue(form.getName(), network, form.getScope(), staff.getName());
        model.addAttribute("issued", issued);
        model.addAttribute("form", IssueApiKeyFormData.empty());
        model.addAttribute("keys", apiKeys.list());
        return issued;
    }
}
