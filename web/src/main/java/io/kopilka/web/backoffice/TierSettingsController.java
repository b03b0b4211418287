package io.kopilka.web.backoffice;

import io.kopilka.programme.InvalidTierSettingsException;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierSettings;
import io.kopilka.web.layout.TypedNumbers;
import java.security.Principal;
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
import org.springframework.http.HttpStatus;

/** Administrators change a tier's name, threshold, cashback, redeemable share and discount; the change is audited. */
@Controller
@RequestMapping("/backoffice/programme/tiers/{code}")
class TierSettingsController {

    private final Programme programme;

    TierSettingsController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        Tier tier = existing(code);
        model.addAttribute("tier", tier);
        model.addAttribute("form", TierFormData.of(tier));
        return "backoffice/tier";
    }

    @PostMapping
    String save(@PathVariable String code, @ModelAttribute("form") TierFormData form, BindingResult errors,
                Principal staff, Model model, RedirectAttributes redirect) {
        Tier tier = existing(code);
        model.addAttribute("tier", tier);
        requireValue(form.getName() == null || form.getName().isBlank(), "name", "tier.name.required", errors);
        var threshold = TypedNumbers.decimal(form.getQualifyingPurchases());
        var cashback = TypedNumbers.decimal(form.getCashbackPercent());
        var maxRedeem = TypedNumbers.decimal(form.getMaxRedeemPercent());
        requireValue(threshold.isEmpty(), "qualifyingPurchases", "tier.value.number", errors);
        requireValue(cashback.isEmpty(), "cashbackPercent", "tier.value.number", errors);
        requireValue(maxRedeem.isEmpty(), "maxRedeemPercent", "tier.value.number", errors);
        boolean noDiscount = form.getDiscountPercent() == null || form.getDiscountPercent().isBlank();
        var discount = TypedNumbers.decimal(form.getDiscountPercent());
        requireValue(!noDiscount && discount.isEmpty(), "discountPercent", "tier.value.number", errors);
        if (errors.hasErrors()) {
            return "backoffice/tier";
        }
        try {
            Tier saved = programme.changeTier(code, new TierSettings(form.getName(), threshold.get(), cashback.get(),
                    maxRedeem.get(), discount.orElse(null), TierFormData.brands(form.getExcludedBrands())),
                    staff.getName());
            redirect.addFlashAttribute("savedTier", saved.name());
            return "redirect:/backoffice/programme";
        } catch (InvalidTierSettingsException invalid) {
            invalid.fields().forEach(errors::rejectValue);
            return "backoffice/tier";
        }
    }

    private static void requireValue(boolean missing, String field, String code, BindingResult errors) {
        if (missing && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    private Tier existing(String code) {
        return programme.tier(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
