package io.kopilka.web.backoffice.promotions;

import io.kopilka.programme.Programme;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.GrantAudience;
import io.kopilka.promotions.InvalidPromotionException;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionGrants;
import io.kopilka.promotions.PromotionPreview;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import io.kopilka.promotions.TargetKind;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The launch wizard and the list (MARKETER and ADMIN): choose a type, fill its short form, see the preview (eligible
 * customers, the cost on the last 30 days), then launch now, schedule (a start in the future) or keep a draft.
 * Every change goes through the promotions module, which audits it.
 */
@Controller
@RequestMapping("/backoffice/promotions")
class PromotionsController {

    private static final String FORM = "backoffice/promotions/form";

    /** Customers per grant chunk: one transaction and one ledger transfer each. */
    static final int GRANT_CHUNK = 10_000;

    private final Promotions promotions;
    private final PromotionGrants grants;
    private final Programme programme;

    PromotionsController(Promotions promotions, PromotionGrants grants, Programme programme) {
        this.promotions = promotions;
        this.grants = grants;
        this.programme = programme;
    }

    /** A promotion in the list with its status now. */
    record Row(Promotion promotion, String status) {
    }

    @GetMapping
    String list(Model model) {
        LocalDateTime now = now();
        model.addAttribute("rows", promotions.list().stream()
                .map(p -> new Row(p, p.statusAt(now).name())).toList());
        return "backoffice/promotions/list";
    }

    @GetMapping("/new")
    String chooseType(Model model) {
        model.addAttribute("types", PromotionType.values());
        return "backoffice/promotions/types";
    }

    @GetMapping("/new/{type}")
    String newForm(@PathVariable String type, Model model) {
        PromotionType chosen = type(type);
        return form(model, PromotionForm.of(chosen), null, null);
    }

    /** Preview, launch or keep as a draft, as the pressed button says; errors come back next to their fields. */
    @PostMapping("/new")
    String create(@ModelAttribute("form") PromotionForm form, BindingResult errors,
                  @RequestParam(defaultValue = "preview") String action, Principal staff, Model model,
                  RedirectAttributes redirect) {
        PromotionTerms terms = form.terms(now(), errors);
        if (terms == null) {
            return form(model, form, null, null);
        }
        try {
            if ("preview".equals(action)) {
                PromotionPreview preview = promotions.preview(terms, now());
                return form(model, form, null, preview);
            }
            Promotion created = promotions.create(terms, !"draft".equals(action), staff.getName());
            grantIfStarted(created);
            redirect.addFlashAttribute("saved", created.terms().name());
            return "redirect:/backoffice/promotions/" + created.id();
        } catch (InvalidPromotionException invalid) {
            reject(invalid, errors);
            return form(model, form, null, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Promotion promotion = find(id);
        return form(model, PromotionForm.of(promotion), promotion, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PromotionForm form, BindingResult errors,
                  Principal staff, Model model, RedirectAttributes redirect) {
        Promotion promotion = find(id);
        form.setType(promotion.terms().type());
        PromotionTerms terms = form.terms(now(), errors);
        if (terms == null) {
            return form(model, form, promotion, null);
        }
        try {
            promotions.update(id, terms, staff.getName());
        } catch (InvalidPromotionException invalid) {
            reject(invalid, errors);
            return form(model, form, promotion, null);
        }
        redirect.addFlashAttribute("saved", terms.name());
        return "redirect:/backoffice/promotions/" + id;
    }

    @PostMapping("/{id}/{change:launch|pause|end}")
    String change(@PathVariable long id, @PathVariable String change, Principal staff,
                  RedirectAttributes redirect) {
        find(id);
        try {
            Promotion changed = switch (change) {
                case "launch" -> promotions.launch(id, staff.getName());
                case "pause" -> promotions.pause(id, staff.getName());
                default -> promotions.end(id, staff.getName());
            };
            grantIfStarted(changed);
            redirect.addFlashAttribute("changed", changed.terms().name());
        } catch (InvalidPromotionException refused) {
            redirect.addFlashAttribute("refused", refused.errors().values().iterator().next());
        }
        return "redirect:/backoffice/promotions";
    }

    /**
     * A grant launched to start now is granted at once, chunk by chunk (each its own transaction); one that starts
     * later is granted by the nightly grants job for its start date.
     */
    private void grantIfStarted(Promotion promotion) {
        if (promotion.terms().type() == PromotionType.GRANT && promotion.inEffectAt(now())) {
            while (grants.grantNextChunk(promotion.id(), GRANT_CHUNK) > 0) {
                // the next chunk starts after the customers just granted
            }
        }
    }

    private String form(Model model, PromotionForm form, @Nullable Promotion editing,
                        @Nullable PromotionPreview preview) {
        programme.tiers().forEach(tier -> form.getTierPoints().putIfAbsent(tier.code(), ""));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("preview", preview);
        model.addAttribute("tiers", programme.tiers());
        model.addAttribute("networks", programme.networks());
        model.addAttribute("regions", programme.regions());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("methods", Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::isMoney).toList());
        model.addAttribute("targetKinds", TargetKind.values());
        model.addAttribute("grantAudiences", GrantAudience.values());
        model.addAttribute("segments", io.kopilka.customers.Segment.values());
        return FORM;
    }

    private static void reject(InvalidPromotionException invalid, BindingResult errors) {
        for (Map.Entry<String, String> error : invalid.errors().entrySet()) {
            if (errors.getFieldType(error.getKey()) != null) {
                errors.rejectValue(error.getKey(), error.getValue());
            } else {
                errors.reject(error.getValue());
            }
        }
    }

    private Promotion find(long id) {
        return promotions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static PromotionType type(String type) {
        try {
            return PromotionType.valueOf(type.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
