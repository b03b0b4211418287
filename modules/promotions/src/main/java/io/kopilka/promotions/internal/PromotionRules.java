package io.kopilka.promotions.internal;

import io.kopilka.promotions.GrantAudience;
import io.kopilka.promotions.InvalidPromotionException;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks terms before anything is stored; each error is a message key next to its field. */
final class PromotionRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PromotionRules() {
    }

    static void check(PromotionTerms t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.name().isBlank() || t.name().strip().length() > 200) {
            errors.put("name", "promotions.error.name");
        }
        if (t.endsAt() != null && !t.endsAt().isAfter(t.startsAt())) {
            errors.put("endsAt", "promotions.error.endsAt");
        }
        if (t.budgetCap() != null && t.budgetCap().signum() <= 0) {
            errors.put("budgetCap", "promotions.error.positive");
        }
        PromotionType type = t.type();
        if (type.inCalculation() && (t.percent() == null || t.percent().signum() <= 0
                || t.percent().compareTo(HUNDRED) > 0 || t.percent().scale() > 3)) {
            errors.put("percent", "promotions.error.percent");
        }
        if (type == PromotionType.PAYMENT_CASHBACK && (t.paymentMethods().isEmpty()
                || t.paymentMethods().contains(PaymentMethod.POINTS))) {
            errors.put("paymentMethods", "promotions.error.paymentMethods");
        }
        if ((type == PromotionType.BUNDLE || type == PromotionType.CHALLENGE)
                && (t.targetKind() == null || t.targetValues().isEmpty())) {
            errors.put("targetValues", "promotions.error.target");
        }
        if (type == PromotionType.BUNDLE && (t.triggerKind() == null || t.triggerValues().isEmpty())) {
            errors.put("triggerValues", "promotions.error.trigger");
        }
        if (type == PromotionType.CHALLENGE) {
            boolean units = t.thresholdUnits() != null && t.thresholdUnits() > 0;
            boolean amount = t.thresholdAmount() != null && t.thresholdAmount().signum() > 0;
            if (!units && !amount) {
                errors.put("thresholdUnits", "promotions.error.threshold");
            }
        }
        if (type == PromotionType.CHALLENGE || type == PromotionType.GRANT) {
            boolean perTier = type == PromotionType.GRANT
                    && (t.grantAudience() == GrantAudience.TIERS || !t.tierPoints().isEmpty());
            if (perTier ? t.tierPoints().isEmpty() || t.tierPoints().values().stream().anyMatch(p -> p <= 0)
                    : t.points() == null || t.points() <= 0) {
                errors.put(perTier ? "tierPoints" : "points", "promotions.error.points");
            }
            if (t.pointsValidDays() == null || t.pointsValidDays() < 1 || t.pointsValidDays() > 3650) {
                errors.put("pointsValidDays", "promotions.error.validDays");
            }
        }
        if (type == PromotionType.BIRTHDAY_DISCOUNT && t.windowDays() != null
                && (t.windowDays() < 0 || t.windowDays() > 60)) {
            errors.put("windowDays", "promotions.error.windowDays");
        }
        if (type == PromotionType.GRANT) {
            if (t.grantAudience() == null) {
                errors.put("grantAudience", "promotions.error.required");
            } else if (t.grantAudience() == GrantAudience.SEGMENT && (t.segment() == null || t.segment().isBlank())) {
                errors.put("segment", "promotions.error.required");
            } else if (t.grantAudience() == GrantAudience.SILENT_SINCE && t.silentSince() == null) {
                errors.put("silentSince", "promotions.error.required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPromotionException(errors);
        }
    }
}
