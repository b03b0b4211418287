package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.RegionSettings;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.Optional;
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

/** Administrators change a region's name and minimum order for cashback, or add a region; audited. */
@Controller
@RequestMapping("/backoffice/programme/regions")
class RegionController {

    private static final String PAGE = "backoffice/programme/region";

    private final Programme programme;

    RegionController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("adding", true);
        model.addAttribute("form", new RegionFormData());
        return PAGE;
    }

    @PostMapping("/new")
    String add(@ModelAttribute("form") RegionFormData form, BindingResult errors, Principal staff, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("adding", true);
        Optional<BigDecimal> minimum = FormNumbers.amount(form.getMinOrderForCashback(), "minOrderForCashback", errors);
        if (minimum.isEmpty()) {
            // the module checks the code and name with a number only; say what is visibly missing meanwhile
            if (FormNumbers.blank(form.getName())) {
                FormNumbers.reject("name", "programme.name.required", errors);
            }
            if (FormNumbers.blank(form.getCode())) {
                FormNumbers.reject("code", "programme.region.code.format", errors);
            }
            return PAGE;
        }
        try {
            Region added = programme.addRegion(new Region(text(form.getCode()), text(form.getName()), minimum.get()),
                    staff.getName());
            return saved(redirect, added.name());
        } catch (InvalidProgrammeSettingsException invalid) {
            FormNumbers.rejectAll(invalid.fields(), errors);
            return PAGE;
        }
    }

    @GetMapping("/{code}")
    String form(@PathVariable String code, Model model) {
        Region region = existing(code);
        model.addAttribute("adding", false);
        model.addAttribute("region", region);
        model.addAttribute("form", RegionFormData.of(region));
        return PAGE;
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") RegionFormData form, BindingResult errors,
                Principal staff, Model model, RedirectAttributes redirect) {
        Region region = existing(code);
        model.addAttribute("adding", false);
        model.addAttribute("region", region);
        form.setCode(region.code());
        Optional<BigDecimal> minimum = FormNumbers.amount(form.getMinOrderForCashback(), "minOrderForCashback", errors);
        if (minimum.isEmpty()) {
            if (FormNumbers.blank(form.getName())) {
                FormNumbers.reject("name", "programme.name.required", errors);
            }
            return PAGE;
        }
        try {
            Region saved = programme.changeRegion(code, new RegionSettings(text(form.getName()), minimum.get()),
                    staff.getName());
            return saved(redirect, saved.name());
        } catch (InvalidProgrammeSettingsException invalid) {
            FormNumbers.rejectAll(invalid.fields(), errors);
            return PAGE;
        }
    }

    private static String saved(RedirectAttributes redirect, String name) {
        redirect.addFlashAttribute("savedSetting", "programme.region.saved");
        redirect.addFlashAttribute("savedName", name);
        return "redirect:/backoffice/programme";
    }

    private static String text(@org.jspecify.annotations.Nullable String typed) {
        return typed == null ? "" : typed;
    }

    private Region existing(String code) {
        return programme.region(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
