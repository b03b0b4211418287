package io.kopilka.web.backoffice.promotions;

import io.kopilka.promotions.Audience;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.GrantAudience;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The wizard's form: every field typed as text, so a wrong number comes back next to its field instead of failing
 * the binding. Defaults make the short form enough: the type's few fields, the rest under "more settings".
 */
public class PromotionForm {

    private PromotionType type = PromotionType.PAYMENT_CASHBACK;
    private String name = "";
    private String percent = "";
    private List<PaymentMethod> paymentMethods = new ArrayList<>();
    private @Nullable TargetKind targetKind;
    private String targetValues = "";
    private @Nullable TargetKind triggerKind;
    private String triggerValues = "";
    private String excludedBrands = "";
    private String thresholdUnits = "";
    private String thresholdAmount = "";
    private String points = "";
    private String pointsValidDays = "30";
    private @Nullable GrantAudience grantAudience;
    private Map<String, String> tierPoints = new LinkedHashMap<>();
    private String segment = "";
    private String silentSince = "";
    private String windowDays = "";
    private String startsAt = "";
    private String endsAt = "";
    private String priority = "0";
    private boolean stackable = true;
    private String budgetCap = "";
    private List<String> audienceTiers = new ArrayList<>();
    private List<String> audienceNetworks = new ArrayList<>();
    private List<String> audienceRegions = new ArrayList<>();
    private List<Channel> audienceChannels = new ArrayList<>();

    /** A fresh form for the type with the case studies' defaults. */
    static PromotionForm of(PromotionType type) {
        PromotionForm form = new PromotionForm();
        form.type = type;
        switch (type) {
            case PAYMENT_CASHBACK -> {
                form.percent = "1";
                form.paymentMethods = new ArrayList<>(List.of(PaymentMethod.SBP, PaymentMethod.CASH));
            }
            case EXTRA_CASHBACK -> form.percent = "1";
            case DISCOUNT -> {
                form.percent = "10";
                form.targetKind = TargetKind.CATEGORY;
            }
            case BUNDLE -> {
                form.percent = "30";
                form.targetKind = TargetKind.CATEGORY;
                form.triggerKind = TargetKind.CATEGORY;
            }
            case CHALLENGE -> {
                form.targetKind = TargetKind.SUPPLIER;
                form.thresholdUnits = "5";
            }
            case GRANT -> form.grantAudience = GrantAudience.ALL;
            case BIRTHDAY_DISCOUNT -> {
                form.percent = "10";
                form.windowDays = Integer.toString(PromotionTerms.DEFAULT_WINDOW_DAYS);
            }
        }
        return form;
    }

    /** The form of a stored promotion, to change it. */
    static PromotionForm of(Promotion promotion) {
        PromotionTerms t = promotion.terms();
        PromotionForm form = new PromotionForm();
        form.type = t.type();
        form.name = t.name();
        form.percent = text(t.percent());
        form.paymentMethods = new ArrayList<>(t.paymentMethods());
        form.targetKind = t.targetKind();
        form.targetValues = String.join(", ", t.targetValues());
        form.triggerKind = t.triggerKind();
        form.triggerValues = String.join(", ", t.triggerValues());
        form.excludedBrands = String.join(", ", t.excludedBrands());
        form.thresholdUnits = t.thresholdUnits() == null ? "" : t.thresholdUnits().toString();
        form.thresholdAmount = text(t.thresholdAmount());
        form.points = t.points() == null ? "" : t.points().toString();
        form.pointsValidDays = t.pointsValidDays() == null ? "" : t.pointsValidDays().toString();
        form.grantAudience = t.grantAudience();
        t.tierPoints().forEach((tier, p) -> form.tierPoints.put(tier, p.toString()));
        form.segment = t.segment() == null ? "" : t.segment();
        form.silentSince = t.silentSince() == null ? "" : t.silentSince().toString();
        form.windowDays = t.windowDays() == null ? "" : t.windowDays().toString();
        form.startsAt = t.startsAt().withNano(0).toString();
        form.endsAt = t.endsAt() == null ? "" : t.endsAt().withNano(0).toString();
        form.priority = Integer.toString(t.priority());
        form.stackable = t.stackable();
        form.budgetCap = text(t.budgetCap());
        form.audienceTiers = new ArrayList<>(t.audience().tiers());
        form.audienceNetworks = new ArrayList<>(t.audience().networks());
        form.audienceRegions = new ArrayList<>(t.audience().regions());
        form.audienceChannels = new ArrayList<>(t.audience().channels());
        return form;
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * The terms the form describes, or null with the fields that are not numbers or dates rejected; {@code now}
     * (UTC) starts a promotion whose start is left empty.
     */
    @Nullable PromotionTerms terms(LocalDateTime now, Errors errors) {
        Map<String, Long> perTier = new LinkedHashMap<>();
        tierPoints.forEach((tier, value) -> {
            if (!value.isBlank()) {
                Long parsed = number("tierPoints", value, Long::valueOf, errors);
                if (parsed != null) {
                    perTier.put(tier, parsed);
                }
            }
        });
        PromotionTerms.Builder builder = PromotionTerms.builder(name,
                        type, startsAt.isBlank() ? now.withNano(0) : orNow(dateTime("startsAt", startsAt, errors), now))
                .audience(new Audience(Set.copyOf(audienceTiers), Set.copyOf(audienceNetworks),
                        Set.copyOf(audienceRegions), Set.copyOf(audienceChannels)))
                .endsAt(endsAt.isBlank() ? null : dateTime("endsAt", endsAt, errors))
                .priority(orZero(number("priority", priority, Integer::valueOf, errors)), stackable)
                .budgetCap(number("budgetCap", budgetCap, BigDecimal::new, errors))
                .percent(number("percent", percent, BigDecimal::new, errors))
                .paymentMethods(Set.copyOf(paymentMethods))
                .target(targetKind, list(targetValues))
                .trigger(triggerKind, list(triggerValues))
                .excludedBrands(list(excludedBrands))
                .threshold(number("thresholdUnits", thresholdUnits, Integer::valueOf, errors),
                        number("thresholdAmount", thresholdAmount, BigDecimal::new, errors))
                .points(number("points", points, Long::valueOf, errors),
                        number("pointsValidDays", pointsValidDays, Integer::valueOf, errors))
                .grant(grantAudience, perTier, segment.isBlank() ? null : segment.strip(),
                        silentSince.isBlank() ? null : date("silentSince", silentSince, errors))
                .windowDays(number("windowDays", windowDays, Integer::valueOf, errors));
        return errors.hasErrors() ? null : builder.build();
    }

    private static LocalDateTime orNow(@Nullable LocalDateTime value, LocalDateTime now) {
        return value == null ? now : value;
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static Set<String> list(String values) {
        return Arrays.stream(values.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> @Nullable T number(String field, String value, Function<String, T> parse, Errors errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "promotions.error.number");
            return null;
        }
    }

    private static @Nullable LocalDateTime dateTime(String field, String value, Errors errors) {
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "promotions.error.date");
            return null;
        }
    }

    private static @Nullable LocalDate date(String field, String value, Errors errors) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "promotions.error.date");
            return null;
        }
    }

    public PromotionType getType() { return type; }
    public void setType(PromotionType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPercent() { return percent; }
    public void setPercent(String percent) { this.percent = percent; }
    public List<PaymentMethod> getPaymentMethods() { return paymentMethods; }
    public void setPaymentMethods(List<PaymentMethod> paymentMethods) { this.paymentMethods = paymentMethods; }
    public @Nullable TargetKind getTargetKind() { return targetKind; }
    public void setTargetKind(@Nullable TargetKind targetKind) { this.targetKind = targetKind; }
    public String getTargetValues() { return targetValues; }
    public void setTargetValues(String targetValues) { this.targetValues = targetValues; }
    public @Nullable TargetKind getTriggerKind() { return triggerKind; }
    public void setTriggerKind(@Nullable TargetKind triggerKind) { this.triggerKind = triggerKind; }
    public String getTriggerValues() { return triggerValues; }
    public void setTriggerValues(String triggerValues) { this.triggerValues = triggerValues; }
    public String getExcludedBrands() { return excludedBrands; }
    public void setExcludedBrands(String excludedBrands) { this.excludedBrands = excludedBrands; }
    public String getThresholdUnits() { return thresholdUnits; }
    public void setThresholdUnits(String thresholdUnits) { this.thresholdUnits = thresholdUnits; }
    public String getThresholdAmount() { return thresholdAmount; }
    public void setThresholdAmount(String thresholdAmount) { this.thresholdAmount = thresholdAmount; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getPointsValidDays() { return pointsValidDays; }
    public void setPointsValidDays(String pointsValidDays) { this.pointsValidDays = pointsValidDays; }
    public @Nullable GrantAudience getGrantAudience() { return grantAudience; }
    public void setGrantAudience(@Nullable GrantAudience grantAudience) { this.grantAudience = grantAudience; }
    public Map<String, String> getTierPoints() { return tierPoints; }
    public void setTierPoints(Map<String, String> tierPoints) { this.tierPoints = tierPoints; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public String getSilentSince() { return silentSince; }
    public void setSilentSince(String silentSince) { this.silentSince = silentSince; }
    public String getWindowDays() { return windowDays; }
    public void setWindowDays(String windowDays) { this.windowDays = windowDays; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public boolean isStackable() { return stackable; }
    public void setStackable(boolean stackable) { this.stackable = stackable; }
    public String getBudgetCap() { return budgetCap; }
    public void setBudgetCap(String budgetCap) { this.budgetCap = budgetCap; }
    public List<String> getAudienceTiers() { return audienceTiers; }
    public void setAudienceTiers(List<String> audienceTiers) { this.audienceTiers = audienceTiers; }
    public List<String> getAudienceNetworks() { return audienceNetworks; }
    public void setAudienceNetworks(List<String> audienceNetworks) { this.audienceNetworks = audienceNetworks; }
    public List<String> getAudienceRegions() { return audienceRegions; }
    public void setAudienceRegions(List<String> audienceRegions) { this.audienceRegions = audienceRegions; }
    public List<Channel> getAudienceChannels() { return audienceChannels; }
    public void setAudienceChannels(List<Channel> audienceChannels) { this.audienceChannels = audienceChannels; }
}
