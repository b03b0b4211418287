package io.kopilka.promotions.internal;

import static io.kopilka.db.Tables.PROMO_PROMOTION;

import io.kopilka.db.tables.records.PromoPromotionRecord;
import io.kopilka.promotions.Audience;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.GrantAudience;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.TargetKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;

/** Promotions to and from their rows: lists as comma-separated codes, the per-tier points as TIER=points. */
final class PromotionRows {

    private PromotionRows() {
    }

    static Promotion read(PromoPromotionRecord r) {
        PromotionTerms terms = PromotionTerms.builder(r.getName(), PromotionType.valueOf(r.getType()), r.getStartsAt())
                .audience(new Audience(split(r.getAudienceTiers(), s -> s), split(r.getAudienceNetworks(), s -> s),
                        split(r.getAudienceRegions(), s -> s), split(r.getAudienceChannels(), Channel::valueOf)))
                .endsAt(r.getEndsAt())
                .priority(r.getPriority(), r.getStackable())
                .budgetCap(r.getBudgetCap())
                .percent(r.getPercent() == null ? null : r.getPercent().stripTrailingZeros())
                .paymentMethods(split(r.getPaymentMethods(), PaymentMethod::valueOf))
                .target(kind(r.getTargetKind()), split(r.getTargetValues(), s -> s))
                .trigger(kind(r.getTriggerKind()), split(r.getTriggerValues(), s -> s))
                .excludedBrands(split(r.getExcludedBrands(), s -> s))
                .threshold(r.getThresholdUnits(), r.getThresholdAmount())
                .points(r.getPoints(), r.getPointsValidDays())
                .grant(r.getGrantAudience() == null ? null : GrantAudience.valueOf(r.getGrantAudience()),
                        tierPoints(r.getTierPoints()), r.getSegment(), r.getSilentSince())
                .windowDays(r.getWindowDays())
                .build();
        return new Promotion(r.getId(), PromotionStatus.valueOf(r.getStatus()), terms, r.getBudgetUsed(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt());
    }

    /** A new record holding the terms (id, status and times are the caller's). */
    static PromoPromotionRecord write(DSLContext db, PromoPromotionRecord r, PromotionTerms t) {
        r.attach(db.configuration());
        r.setName(t.name().strip());
        r.setType(t.type().name());
        r.setPriority(t.priority());
        r.setStackable(t.stackable());
        r.setStartsAt(t.startsAt());
        r.setEndsAt(t.endsAt());
        r.setAudienceTiers(join(t.audience().tiers()));
        r.setAudienceNetworks(join(t.audience().networks()));
        r.setAudienceRegions(join(t.audience().regions()));
        r.setAudienceChannels(join(t.audience().channels().stream().map(Channel::name).toList()));
        r.setPercent(t.percent());
        r.setPaymentMethods(join(t.paymentMethods().stream().map(PaymentMethod::name).toList()));
        r.setTargetKind(t.targetKind() == null ? null : t.targetKind().name());
        r.setTargetValues(join(t.targetValues()));
        r.setTriggerKind(t.triggerKind() == null ? null : t.triggerKind().name());
        r.setTriggerValues(join(t.triggerValues()));
        r.setExcludedBrands(join(t.excludedBrands()));
        r.setThresholdUnits(t.thresholdUnits());
        r.setThresholdAmount(t.thresholdAmount());
        r.setPoints(t.points());
        r.setTierPoints(t.tierPoints().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        r.setGrantAudience(t.grantAudience() == null ? null : t.grantAudience().name());
        r.setSegment(t.segment());
        r.setSilentSince(t.silentSince());
        r.setPointsValidDays(t.pointsValidDays());
        r.setWindowDays(t.windowDays());
        r.setBudgetCap(t.budgetCap());
        return r;
    }

    static PromoPromotionRecord newRecord(DSLContext db) {
        return db.newRecord(PROMO_PROMOTION);
    }

    private static @Nullable TargetKind kind(@Nullable String value) {
        return value == null ? null : TargetKind.valueOf(value);
    }

    private static <T> Set<T> split(String value, Function<String, T> parse) {
        if (value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String join(Collection<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Map<String, Long> tierPoints(String value) {
        Map<String, Long> points = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                points.put(pair.substring(0, eq).strip(), Long.parseLong(pair.substring(eq + 1).strip()));
            }
        }
        return points;
    }

    /** A readable one-line form for the audit log. */
    static String describe(Promotion p) {
        PromotionTerms t = p.terms();
        return "status=" + p.status() + ", name=" + t.name() + ", type=" + t.type() + ", starts=" + t.startsAt()
                + ", ends=" + t.endsAt() + ", priority=" + t.priority() + ", stackable=" + t.stackable()
                + ", percent=" + t.percent() + ", points=" + t.points() + ", tierPoints=" + t.tierPoints()
                + ", budgetCap=" + t.budgetCap() + ", audience=" + t.audience();
    }
}
