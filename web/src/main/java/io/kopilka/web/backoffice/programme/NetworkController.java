package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators rename a network or add one; audited. */
@Controller
@RequestMapping("/backoffice/programme/networks")
class NetworkController {

    private static final String PAGE = "backoffice/programme/network";
    /** The add form's path segment, so no network may take it as its code. */
    private static final String NEW = "new";

    private final Programme programme;

    NetworkController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/" + NEW)
    String newForm(Model model) {
        model.addAttribute("adding", true);
        model.addAttribute("form", new NetworkFormData());
        return PAGE;
    }

    @PostMapping("/" + NEW)
    String add(@ModelAttribute("form") NetworkFormData form, BindingResult errors, Principal staff, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("adding", true);
        if (NEW.equals(text(form.getCode()).strip())) {
            FormNumbers.reject("code", "programme.code.taken", errors);
            return PAGE;
        }
        try {
            Network added = programme.addNetwork(new Network(text(form.getCode()), text(form.getName())), staff.getName());
            return saved(redirect, added.name());
        } catch (InvalidProgrammeSettingsException invalid) {
            FormNumbers.rejectAll(invalid.fields(), errors);
            return PAGE;
        }
    }

    @GetMapping("/{code}")
    String form(@PathVariable String code, Model model) {
        Network network = existing(code);
        model.addAttribute("adding", false);
        model.addAttribute("network", network);
        model.addAttribute("form", NetworkFormData.of(network));
        return PAGE;
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") NetworkFormData form, BindingResult errors,
                Principal staff, Model model, RedirectAttributes redirect) {
        Network network = existing(code);
        model.addAttribute("adding", false);
        model.addAttribute("network", network);
        form.setCode(network.code());
        try {
            Network saved = programme.renameNetwork(code, text(form.getName()), staff.getName());
            return saved(redirect, saved.name());
        } catch (InvalidProgrammeSettingsException invalid) {
            FormNumbers.rejectAll(invalid.fields(), errors);
            return PAGE;
        }
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("savedSetting", "programme.network.saved");
        redirect.addFlashAttribute("savedName", name);
        return "redirect:/backoffice/programme";
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }

    private Network existing(String code) {
        return programme.network(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
