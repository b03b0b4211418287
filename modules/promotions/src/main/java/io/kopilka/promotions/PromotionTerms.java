package io.kopilka.promotions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything a marketer sets on a promotion. Which fields a type uses: {@code percent} and {@code paymentMethods}
 * for PAYMENT_CASHBACK; {@code percent}, an optional target and {@code excludedBrands} for EXTRA_CASHBACK and
 * DISCOUNT; {@code percent}, the target and the trigger for BUNDLE; the target, {@code thresholdUnits} or
 * {@code thresholdAmount}, {@code points} and {@code pointsValidDays} for CHALLENGE; {@code grantAudience},
 * {@code points} or {@code tierPoints}, {@code segment}, {@code silentSince} and {@code pointsValidDays} for GRANT; {@code percent}, an optional target,
 * {@code excludedBrands} and {@code windowDays} for BIRTHDAY_DISCOUNT.
 * Target, trigger and brand values are kept normalised ({@link TargetKind#normalised}).
 *
 * @param priority  higher applies first among the promotions of one phase (discounts, cashback)
 * @param stackable whether it combines with other promotions of its phase in one order
 * @param budgetCap roubles of discounts plus points it may give in all (one point is one rouble); none when null
 * @param windowDays days before and after the birthday a birthday discount applies; {@link #DEFAULT_WINDOW_DAYS}
 *                   when null
 */
public record PromotionTerms(String name, PromotionType type, Audience audience, LocalDateTime startsAt,
                             @Nullable LocalDateTime endsAt, int priority, boolean stackable,
                             @Nullable BigDecimal budgetCap, @Nullable BigDecimal percent,
                             Set<PaymentMethod> paymentMethods, @Nullable TargetKind targetKind,
                             Set<String> targetValues, @Nullable TargetKind triggerKind, Set<String> triggerValues,
                             Set<String> excludedBrands, @Nullable Integer thresholdUnits,
                             @Nullable BigDecimal thresholdAmount, @Nullable Long points,
                             Map<String, Long> tierPoints, @Nullable GrantAudience grantAudience,
                             @Nullable String segment, @Nullable LocalDate silentSince,
                             @Nullable Integer pointsValidDays, @Nullable Integer windowDays) {

    /** The birthday window when the marketer leaves it empty: a week before and after. */
    public static final int DEFAULT_WINDOW_DAYS = 7;

    /** Copies the collections and normalises the codes. */
    public PromotionTerms {
        paymentMethods = paymentMethods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(paymentMethods));
        targetValues = normalisedSet(targetValues);
        triggerValues = normalisedSet(triggerValues);
        excludedBrands = normalisedSet(excludedBrands);
        tierPoints = Map.copyOf(tierPoints);
    }

    /** A builder with the defaults: everyone, priority 0, stacking, no budget cap, no end. */
    public static Builder builder(String name, PromotionType type, LocalDateTime startsAt) {
        return new Builder(name, type, startsAt);
    }

    /** A builder starting from these terms. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type, startsAt);
        b.audience = audience;
        b.endsAt = endsAt;
        b.priority = priority;
        b.stackable = stackable;
        b.budgetCap = budgetCap;
        b.percent = percent;
        b.paymentMethods = new LinkedHashSet<>(paymentMethods);
        b.targetKind = targetKind;
        b.targetValues = new LinkedHashSet<>(targetValues);
        b.triggerKind = triggerKind;
        b.triggerValues = new LinkedHashSet<>(triggerValues);
        b.excludedBrands = new LinkedHashSet<>(excludedBrands);
        b.thresholdUnits = thresholdUnits;
        b.thresholdAmount = thresholdAmount;
        b.points = points;
        b.tierPoints = new LinkedHashMap<>(tierPoints);
        b.grantAudience = grantAudience;
        b.segment = segment;
        b.silentSince = silentSince;
        b.pointsValidDays = pointsValidDays;
        b.windowDays = windowDays;
        return b;
    }

    /** Whether the line is one the promotion targets (every line when there is no target). */
    public boolean targets(BasketLine line) {
        return targetKind == null || targetValues.isEmpty() || targetKind.matches(line, targetValues);
    }

    /** Whether the line is one that triggers a bundle. */
    public boolean triggeredBy(BasketLine line) {
        return triggerKind != null && triggerKind.matches(line, triggerValues);
    }

    /** Whether the line's brand is excluded. */
    public boolean excludes(BasketLine line) {
        return line.brand() != null && excludedBrands.contains(TargetKind.normalised(line.brand()));
    }

    /** The birthday window in days, the default when not set. */
    public int birthdayWindowDays() {
        return windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
    }

    /** The per-tier amounts as {@code TIER amount}, smallest amount first, for showing them. */
    public java.util.List<String> tierPointsByAmount() {
        return tierPoints.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
    }

    private static Set<String> normalisedSet(Set<String> values) {
        return values.stream().filter(v -> !v.isBlank()).map(TargetKind::normalised)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Builds terms field by field. */
    public static final class Builder {
        private final String name;
        private final PromotionType type;
        private final LocalDateTime startsAt;
        private Audience audience = Audience.everyone();
        private @Nullable LocalDateTime endsAt;
        private int priority;
        private boolean stackable = true;
        private @Nullable BigDecimal budgetCap;
        private @Nullable BigDecimal percent;
        private Set<PaymentMethod> paymentMethods = new LinkedHashSet<>();
        private @Nullable TargetKind targetKind;
        private Set<String> targetValues = new LinkedHashSet<>();
        private @Nullable TargetKind triggerKind;
        private Set<String> triggerValues = new LinkedHashSet<>();
        private Set<String> excludedBrands = new LinkedHashSet<>();
        private @Nullable Integer thresholdUnits;
        private @Nullable BigDecimal thresholdAmount;
        private @Nullable Long points;
        private Map<String, Long> tierPoints = new LinkedHashMap<>();
        private @Nullable GrantAudience grantAudience;
        private @Nullable String segment;
        private @Nullable LocalDate silentSince;
        private @Nullable Integer pointsValidDays;
        private @Nullable Integer windowDays;

        private Builder(String name, PromotionType type, LocalDateTime startsAt) {
            this.name = name;
            this.type = type;
            this.startsAt = startsAt;
        }

        /** Sets the audience. */
        public Builder audience(Audience value) {
            audience = value;
            return this;
        }

        /** Sets the end (exclusive). */
        public Builder endsAt(@Nullable LocalDateTime value) {
            endsAt = value;
            return this;
        }

        /** Sets the priority and whether it stacks. */
        public Builder priority(int value, boolean stacks) {
            priority = value;
            stackable = stacks;
            return this;
        }

        /** Sets the budget cap in roubles. */
        public Builder budgetCap(@Nullable BigDecimal value) {
            budgetCap = value;
            return this;
        }

        /** Sets the percentage. */
        public Builder percent(@Nullable BigDecimal value) {
            percent = value;
            return this;
        }

        /** Sets the payment methods. */
        public Builder paymentMethods(Set<PaymentMethod> value) {
            paymentMethods = new LinkedHashSet<>(value);
            return this;
        }

        /** Sets the target. */
        public Builder target(@Nullable TargetKind kind, Set<String> values) {
            targetKind = kind;
            targetValues = new LinkedHashSet<>(values);
            return this;
        }

        /** Sets a bundle's trigger. */
        public Builder trigger(@Nullable TargetKind kind, Set<String> values) {
            triggerKind = kind;
            triggerValues = new LinkedHashSet<>(values);
            return this;
        }

        /** Sets the excluded brands. */
        public Builder excludedBrands(Set<String> value) {
            excludedBrands = new LinkedHashSet<>(value);
            return this;
        }

        /** Sets a challenge's thresholds. */
        public Builder threshold(@Nullable Integer units, @Nullable BigDecimal amount) {
            thresholdUnits = units;
            thresholdAmount = amount;
            return this;
        }

        /** Sets the points given (a challenge's bonus, a flat grant) and how many days they stay valid. */
        public Builder points(@Nullable Long value, @Nullable Integer validDays) {
            points = value;
            pointsValidDays = validDays;
            return this;
        }

        /** Sets a grant's audience, its amounts per tier, its segment and its silence date. */
        public Builder grant(@Nullable GrantAudience who, Map<String, Long> perTier, @Nullable String rfmSegment,
                             @Nullable LocalDate since) {
            grantAudience = who;
            tierPoints = new LinkedHashMap<>(perTier);
            segment = rfmSegment;
            silentSince = since;
            return this;
        }

        /** Sets the days before and after the birthday a birthday discount applies. */
        public Builder windowDays(@Nullable Integer value) {
            windowDays = value;
            return this;
        }

        /** The terms. */
        public PromotionTerms build() {
            return new PromotionTerms(name, type, audience, startsAt, endsAt, priority, stackable, budgetCap, percent,
                    paymentMethods, targetKind, targetValues, triggerKind, triggerValues, excludedBrands,
                    thresholdUnits, thresholdAmount, points, tierPoints, grantAudience, segment, silentSince,
                    pointsValidDays, windowDays);
        }
    }
}
