package io.kopilka.promotions.internal;

import static io.kopilka.db.Tables.CUSTOMER;
import static io.kopilka.db.Tables.CUSTOMER_RFM;
import static io.kopilka.db.Tables.ORDERS_LINE;
import static io.kopilka.db.Tables.ORDERS_ORDER;
import static io.kopilka.db.Tables.ORDERS_PAYMENT;
import static io.kopilka.db.Tables.PROMO_EFFECT;
import static io.kopilka.db.Tables.PROMO_GRANT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trim;

import io.kopilka.db.tables.OrdersLine;
import io.kopilka.ledger.Ledger;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.GrantAudience;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.PromotionPreview;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The preview before a launch and the results after, each a few grouped statements. The preview reads the orders'
 * tables (read only, as reporting does): a promotion's estimate is "what it would have cost on the last 30 days".
 */
@Component
class PromotionFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DSLContext db;
    private final Ledger ledger;

    PromotionFigures(DSLContext db, Ledger ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    PromotionPreview preview(PromotionTerms t, LocalDateTime now) {
        if (t.type() == PromotionType.GRANT) {
            return grantPreview(t, now);
        }
        boolean birthday = t.type() == PromotionType.BIRTHDAY_DISCOUNT;
        Condition customers = birthday ? tiers(t.audience().tiers()).and(CUSTOMER.BIRTH_DATE.isNotNull())
                : tiers(t.audience().tiers());
        long eligible = db.fetchCount(CUSTOMER, customers);
        LocalDateTime from = now.minusDays(30);
        Condition orders = ORDERS_ORDER.PLACED_AT.ge(from).and(ORDERS_ORDER.PLACED_AT.lt(now))
                .and(ORDERS_ORDER.STATUS.ne("CANCELLED")).and(ORDERS_ORDER.CUSTOMER_ID.isNotNull())
                .and(audience(t));
        if (birthday) {
            orders = orders.and(ORDERS_ORDER.CUSTOMER_ID.in(select(CUSTOMER.ID).from(CUSTOMER).where(customers)));
        }
        BigDecimal base;
        long count;
        if (t.type() == PromotionType.PAYMENT_CASHBACK) {
            var row = db.select(coalesce(sum(ORDERS_PAYMENT.AMOUNT), BigDecimal.ZERO),
                            countDistinct(ORDERS_ORDER.ID))
                    .from(ORDERS_ORDER).join(ORDERS_PAYMENT).on(ORDERS_PAYMENT.ORDER_ID.eq(ORDERS_ORDER.ID))
                    .where(orders).and(ORDERS_PAYMENT.METHOD.in(t.paymentMethods().stream()
                            .map(PaymentMethod::name).toList()))
                    .fetchSingle();
            base = row.value1();
            count = row.value2();
        } else if (t.type() == PromotionType.CHALLENGE) {
            Field<BigDecimal> measure = t.thresholdUnits() != null && t.thresholdUnits() > 0
                    ? sum(ORDERS_LINE.QUANTITY) : sum(net(ORDERS_LINE));
            BigDecimal threshold = t.thresholdUnits() != null && t.thresholdUnits() > 0
                    ? BigDecimal.valueOf(t.thresholdUnits()) : t.thresholdAmount();
            long reaching = db.fetchCount(db.select(ORDERS_ORDER.CUSTOMER_ID).from(ORDERS_ORDER).join(ORDERS_LINE)
                    .on(ORDERS_LINE.ORDER_ID.eq(ORDERS_ORDER.ID)).where(orders).and(lines(t, ORDERS_LINE))
                    .groupBy(ORDERS_ORDER.CUSTOMER_ID).having(measure.ge(threshold)));
            return new PromotionPreview(eligible, capped(t, BigDecimal.valueOf(reaching * t.points())), reaching);
        } else {
            Condition bundle = DSL.trueCondition();
            if (t.type() == PromotionType.BUNDLE) {
                OrdersLine trigger = ORDERS_LINE.as("trigger_line");
                bundle = exists(selectOne().from(trigger).where(trigger.ORDER_ID.eq(ORDERS_ORDER.ID))
                        .and(matches(t.triggerKind(), t.triggerValues(), trigger)));
            }
            var row = db.select(coalesce(sum(net(ORDERS_LINE)), BigDecimal.ZERO), countDistinct(ORDERS_ORDER.ID))
                    .from(ORDERS_ORDER).join(ORDERS_LINE).on(ORDERS_LINE.ORDER_ID.eq(ORDERS_ORDER.ID))
                    .where(orders).and(lines(t, ORDERS_LINE)).and(bundle).fetchSingle();
            base = row.value1();
            count = row.value2();
        }
        BigDecimal cost = base.multiply(t.percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (birthday) {
            // birthdays spread over the year: the window's share of the days, one order per birthday at most
            int days = 2 * t.birthdayWindowDays() + 1;
            cost = cost.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
            count = Math.min(count * days / 365, eligible);
        }
        return new PromotionPreview(eligible, capped(t, cost), count);
    }

    private PromotionPreview grantPreview(PromotionTerms t, LocalDateTime now) {
        Condition who = grantAudience(t);
        Map<String, Integer> byTier = db.select(CUSTOMER.TIER_CODE, count()).from(CUSTOMER).where(who)
                .groupBy(CUSTOMER.TIER_CODE).fetchMap(CUSTOMER.TIER_CODE, count());
        long eligible = byTier.values().stream().mapToLong(Integer::longValue).sum();
        long points = 0;
        for (Map.Entry<String, Integer> tier : byTier.entrySet()) {
            Long each = t.tierPoints().isEmpty() ? t.points() : t.tierPoints().get(tier.getKey());
            points += tier.getValue() * (each == null ? 0 : each);
        }
        return new PromotionPreview(eligible, capped(t, BigDecimal.valueOf(points)), 0);
    }

    /** The customers a grant goes to. */
    static Condition grantAudience(PromotionTerms t) {
        Condition who = tiers(t.audience().tiers());
        if (!t.tierPoints().isEmpty()) {
            // Amounts per tier (reactivation 500/700/1000) limit any audience to those tiers.
            who = who.and(CUSTOMER.TIER_CODE.in(t.tierPoints().keySet()));
        }
        GrantAudience audience = t.grantAudience() == null ? GrantAudience.ALL : t.grantAudience();
        return switch (audience) {
            case TIERS -> who;
            case SEGMENT -> who.and(exists(selectOne().from(CUSTOMER_RFM)
                    .where(CUSTOMER_RFM.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_RFM.SEGMENT.eq(t.segment()))));
            case SILENT_SINCE -> who.and(notExists(selectOne().from(ORDERS_ORDER)
                    .where(ORDERS_ORDER.CUSTOMER_ID.eq(CUSTOMER.ID))
                    .and(ORDERS_ORDER.PLACED_AT.ge(silentSince(t)))));
            case NO_EMAIL -> who.and(CUSTOMER.EMAIL.isNull());
            case ALL -> who;
        };
    }

    private static LocalDateTime silentSince(PromotionTerms t) {
        LocalDate since = t.silentSince() == null ? LocalDate.now() : t.silentSince();
        return since.atStartOfDay();
    }

    private static BigDecimal capped(PromotionTerms t, BigDecimal cost) {
        return t.budgetCap() == null ? cost : cost.min(t.budgetCap());
    }

    private static Condition tiers(Set<String> tiers) {
        return tiers.isEmpty() ? DSL.trueCondition() : CUSTOMER.TIER_CODE.in(tiers);
    }

    /** The audience's networks, regions and channels on the orders; its tiers on the customers' tiers now. */
    private static Condition audience(PromotionTerms t) {
        Condition c = DSL.trueCondition();
        if (!t.audience().networks().isEmpty()) {
            c = c.and(ORDERS_ORDER.NETWORK_CODE.in(t.audience().networks()));
        }
        if (!t.audience().regions().isEmpty()) {
            c = c.and(ORDERS_ORDER.REGION_CODE.in(t.audience().regions()));
        }
        if (!t.audience().channels().isEmpty()) {
            c = c.and(ORDERS_ORDER.CHANNEL.in(t.audience().channels().stream().map(Channel::name).toList()));
        }
        if (!t.audience().tiers().isEmpty()) {
            c = c.and(exists(selectOne().from(CUSTOMER).where(CUSTOMER.ID.eq(ORDERS_ORDER.CUSTOMER_ID))
                    .and(CUSTOMER.TIER_CODE.in(t.audience().tiers()))));
        }
        return c;
    }

    private static Condition lines(PromotionTerms t, OrdersLine line) {
        Condition c = t.targetKind() == null || t.targetValues().isEmpty() ? DSL.trueCondition()
                : matches(t.targetKind(), t.targetValues(), line);
        if (!t.excludedBrands().isEmpty()) {
            c = c.and(line.BRAND.isNull().or(lower(trim(line.BRAND)).notIn(t.excludedBrands())));
        }
        return c;
    }

    private static Condition matches(TargetKind kind, Set<String> values, OrdersLine line) {
        Field<String> column = switch (kind) {
            case CATEGORY -> line.CATEGORY;
            case BRAND -> line.BRAND;
            case SUPPLIER -> line.SUPPLIER;
            case SKU -> line.SKU;
        };
        return lower(trim(column)).in(values);
    }

    private static Field<BigDecimal> net(OrdersLine line) {
        return line.UNIT_PRICE.mul(line.QUANTITY).minus(line.DISCOUNT);
    }

    PromotionResults results(long id) {
        var effects = db.select(coalesce(sum(PROMO_EFFECT.POINTS), BigDecimal.ZERO),
                        coalesce(sum(PROMO_EFFECT.DISCOUNT), BigDecimal.ZERO), count(),
                        coalesce(sum(PROMO_EFFECT.ORDER_TOTAL), BigDecimal.ZERO))
                .from(PROMO_EFFECT).where(PROMO_EFFECT.PROMOTION_ID.eq(id)).fetchSingle();
        long granted = db.select(coalesce(sum(PROMO_GRANT.POINTS), BigDecimal.ZERO)).from(PROMO_GRANT)
                .where(PROMO_GRANT.PROMOTION_ID.eq(id)).fetchSingle().value1().longValue();
        long customers = db.fetchCount(db.select(PROMO_EFFECT.CUSTOMER_ID).from(PROMO_EFFECT)
                .where(PROMO_EFFECT.PROMOTION_ID.eq(id)).and(PROMO_EFFECT.CUSTOMER_ID.isNotNull())
                .union(db.select(PROMO_GRANT.CUSTOMER_ID).from(PROMO_GRANT).where(PROMO_GRANT.PROMOTION_ID.eq(id))
                        .and(PROMO_GRANT.CUSTOMER_ID.isNotNull())));
        Map<LocalDate, PromotionResults.Day> days = new TreeMap<>();
        Field<LocalDate> effectDay = DSL.cast(PROMO_EFFECT.PLACED_AT, LocalDate.class);
        db.select(effectDay, coalesce(sum(PROMO_EFFECT.POINTS), BigDecimal.ZERO),
                        coalesce(sum(PROMO_EFFECT.DISCOUNT), BigDecimal.ZERO), count(),
                        coalesce(sum(PROMO_EFFECT.ORDER_TOTAL), BigDecimal.ZERO))
                .from(PROMO_EFFECT).where(PROMO_EFFECT.PROMOTION_ID.eq(id)).groupBy(effectDay)
                .forEach(r -> days.put(r.value1(), new PromotionResults.Day(r.value1(), r.value2().longValue(),
                        r.value3(), r.value4(), r.value5())));
        Field<LocalDate> grantDay = DSL.cast(PROMO_GRANT.GRANTED_AT, LocalDate.class);
        db.select(grantDay, coalesce(sum(PROMO_GRANT.POINTS), BigDecimal.ZERO)).from(PROMO_GRANT)
                .where(PROMO_GRANT.PROMOTION_ID.eq(id)).groupBy(grantDay)
                .forEach(r -> days.merge(r.value1(), new PromotionResults.Day(r.value1(), r.value2().longValue(),
                        BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2)), PromotionFigures::add));
        long redeemed = ledger.redeemedOfGrants("promotion:" + id + ":");
        return new PromotionResults(effects.value1().longValue() + granted, granted, redeemed, effects.value2(),
                effects.value3(), effects.value4(), customers, new ArrayList<>(days.values()));
    }

    private static PromotionResults.Day add(PromotionResults.Day a, PromotionResults.Day b) {
        return new PromotionResults.Day(a.date(), a.points() + b.points(), a.discount().add(b.discount()),
                a.orders() + b.orders(), a.ordersSum().add(b.ordersSum()));
    }

}
