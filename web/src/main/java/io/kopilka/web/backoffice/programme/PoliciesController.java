package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.TierQualification;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators change the programme's policies: tier qualification, availability of points, expiry, monthly cap. */
@Controller
@RequestMapping("/backoffice/programme/policies")
class PoliciesController {

    private final Programme programme;

    PoliciesController(Programme programme) {
        this.programme = programme;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PoliciesFormData.of(programme.policies()));
        return "backoffice/programme/policies";
    }

    @PostMapping
    String save(@ModelAttribute("form") PoliciesFormData form, BindingResult errors, Principal staff,
                RedirectAttributes redirect) {
        Optional<ProgrammePolicies> policies = read(form, errors);
        if (policies.isEmpty() || errors.hasErrors()) {
            return "backoffice/programme/policies";
        }
        try {
            programme.changePolicies(policies.get(), staff.getName());
            redirect.addFlashAttribute("savedSetting", "programme.policies.saved");
            return "redirect:/backoffice/programme";
        } catch (InvalidProgrammeSettingsException invalid) {
            FormNumbers.rejectAll(invalid.fields(), errors);
            return "backoffice/programme/policies";
        }
    }

    /**
     * The policies as typed, or empty with every problem bound to its field: what cannot be read is replaced by a
     * valid stand-in, so the range checks still speak about the other fields in the same answer.
     */
    private static Optional<ProgrammePolicies> read(PoliciesFormData form, BindingResult errors) {
        TierQualification.Model model = choice(TierQualification.Model.values(), form.getQualification(), "qualification", errors);
        PointsAvailability.Rule rule = choice(PointsAvailability.Rule.values(), form.getAvailability(), "availability", errors);
        PointsExpiry.Rule expiryRule = choice(PointsExpiry.Rule.values(), form.getExpiry(), "expiry", errors);
        TierQualification qualification = model == TierQualification.Model.PURCHASE_COUNT_FOR_LIFE
                ? TierQualification.purchaseCountForLife()
                : TierQualification.purchaseSumOver(
                        FormNumbers.wholeInt(form.getQualificationWindowMonths(), "qualificationWindowMonths", errors).orElse(1));
        PointsAvailability availability = PointsAvailability.onDeliverySettledDaily();
        if (rule == PointsAvailability.Rule.ON_DELIVERY_MONTHLY) {
            availability = PointsAvailability.onDeliverySettledMonthlyOn(
                    FormNumbers.wholeInt(form.getSettlementDay(), "settlementDay", errors).orElse(1));
        } else if (rule == PointsAvailability.Rule.HOURS_AFTER_PURCHASE) {
            availability = PointsAvailability.hoursAfterPurchase(
                    FormNumbers.wholeInt(form.getHoursAfterPurchase(), "hoursAfterPurchase", errors).orElse(0));
        }
        int months = FormNumbers.wholeInt(form.getExpiryMonths(), "expiryMonths", errors).orElse(1);
        Long cap = FormNumbers.blank(form.getMonthlyCashbackCap()) ? null
                : FormNumbers.whole(form.getMonthlyCashbackCap(), "monthlyCashbackCap", errors).orElse(1L);
        ProgrammePolicies policies = new ProgrammePolicies(qualification, availability,
                new PointsExpiry(expiryRule == null ? PointsExpiry.Rule.MONTHS_AFTER_ACCRUAL : expiryRule, months), cap);
        FormNumbers.rejectAll(policies.problems(), errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(policies);
    }

    private static <E extends Enum<E>> @Nullable E choice(E[] values, @Nullable String typed, String field,
                                                          BindingResult errors) {
        Optional<E> chosen = Arrays.stream(values).filter(value -> value.name().equals(typed)).findFirst();
        if (chosen.isEmpty()) {
            FormNumbers.reject(field, "programme.choice.required", errors);
        }
        return chosen.orElse(null);
    }
}
