package io.kopilka.promotions.internal;

import static io.kopilka.db.Tables.PROMO_CHALLENGE_LINE;
import static io.kopilka.db.Tables.PROMO_CHALLENGE_PROGRESS;
import static io.kopilka.db.Tables.PROMO_EFFECT;
import static io.kopilka.db.Tables.PROMO_GRANT;
import static io.kopilka.db.Tables.PROMO_PERSONAL_USE;
import static io.kopilka.db.Tables.PROMO_PROMOTION;

import io.kopilka.db.tables.records.PromoChallengeLineRecord;
import io.kopilka.db.tables.records.PromoChallengeProgressRecord;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionOrders;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * The promotions' side of an order, in the order's transaction: effects recorded and budgets used under the rows'
 * locks taken before the calculation, challenge progress moved on and taken back, a challenge's bonus granted once.
 */
@Service
class JooqPromotionOrders implements PromotionOrders {

    private final DSLContext db;
    private final Ledger ledger;

    JooqPromotionOrders(DSLContext db, Ledger ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    @Override
    public void lockBudgets(LocalDateTime at) {
        db.select(PROMO_PROMOTION.ID).from(PROMO_PROMOTION)
                .where(live(at)).and(PROMO_PROMOTION.BUDGET_CAP.isNotNull())
                // grants never touch orders: their chunks keep their own lock
                .and(PROMO_PROMOTION.TYPE.ne(PromotionType.GRANT.name()))
                .orderBy(PROMO_PROMOTION.ID).forUpdate().fetch();
    }

    private static Condition live(LocalDateTime at) {
        return PROMO_PROMOTION.STATUS.in(PromotionStatus.SCHEDULED.name(), PromotionStatus.ACTIVE.name())
                .and(PROMO_PROMOTION.STARTS_AT.le(at))
                .and(PROMO_PROMOTION.ENDS_AT.isNull().or(PROMO_PROMOTION.ENDS_AT.gt(at)));
    }

    @Override
    public void placed(PlacedOrderFacts order) {
        for (AppliedPromotion applied : order.calculation().promotions()) {
            BigDecimal cost = applied.discount().add(BigDecimal.valueOf(applied.points()));
            if (cost.signum() == 0) {
                continue;
            }
            long id = Long.parseLong(applied.promotionId());
            db.insertInto(PROMO_EFFECT)
                    .set(PROMO_EFFECT.PROMOTION_ID, id)
                    .set(PROMO_EFFECT.NETWORK_CODE, order.basket().network())
                    .set(PROMO_EFFECT.EXTERNAL_ID, order.externalId())
                    .set(PROMO_EFFECT.CUSTOMER_ID, order.customerId())
                    .set(PROMO_EFFECT.MEMBER_ID, order.memberId())
                    .set(PROMO_EFFECT.PLACED_AT, order.at())
                    .set(PROMO_EFFECT.ORDER_TOTAL, order.calculation().total())
                    .set(PROMO_EFFECT.POINTS, applied.points())
                    .set(PROMO_EFFECT.DISCOUNT, applied.discount())
                    .execute();
            personalUse(order, applied, id);
            // The CHECK on budget_used <= budget_cap refuses the order should the lock ever have been skipped.
            db.update(PROMO_PROMOTION).set(PROMO_PROMOTION.BUDGET_USED, PROMO_PROMOTION.BUDGET_USED.plus(cost))
                    .where(PROMO_PROMOTION.ID.eq(id)).execute();
        }
        if (order.customerId() != null && order.memberId() != null) {
            challenges(order);
        }
    }

    /**
     * Notes the birthday a birthday discount was given for; the primary key refuses a second order of the same
     * birthday should two ever race past the account's lock.
     */
    private void personalUse(PlacedOrderFacts order, AppliedPromotion applied, long id) {
        if (!ExplanationCodes.PROMOTION_BIRTHDAY_DISCOUNT.equals(applied.effect().code())
                || order.customerId() == null) {
            return;
        }
        int year = LocalDate.parse(applied.effect().params().get("birthday")).getYear();
        db.insertInto(PROMO_PERSONAL_USE)
                .set(PROMO_PERSONAL_USE.PROMOTION_ID, id)
                .set(PROMO_PERSONAL_USE.CUSTOMER_ID, order.customerId())
                .set(PROMO_PERSONAL_USE.OCCASION_YEAR, year)
                .set(PROMO_PERSONAL_USE.NETWORK_CODE, order.basket().network())
                .set(PROMO_PERSONAL_USE.EXTERNAL_ID, order.externalId())
                .set(PROMO_PERSONAL_USE.USED_AT, order.at())
                .execute();
    }

    private void challenges(PlacedOrderFacts order) {
        List<Promotion> challenges = LiveChallenges.at(order.at()).orElseGet(() -> db.selectFrom(PROMO_PROMOTION)
                .where(live(order.at())).and(PROMO_PROMOTION.TYPE.eq(PromotionType.CHALLENGE.name()))
                .fetch(PromotionRows::read));
        if (challenges.isEmpty()) {
            return;
        }
        Map<String, LineCalculation> results = order.calculation().lines().stream()
                .collect(Collectors.toMap(LineCalculation::lineId, Function.identity()));
        for (Promotion challenge : challenges) {
            PromotionTerms terms = challenge.terms();
            if (!terms.audience().includes(order.basket(), order.tier())) {
                continue;
            }
            int units = 0;
            BigDecimal amount = BigDecimal.ZERO;
            for (BasketLine line : order.basket().lines()) {
                if (!terms.targets(line) || terms.excludes(line)) {
                    continue;
                }
                BigDecimal net = line.gross().setScale(2, RoundingMode.HALF_UP)
                        .subtract(results.get(line.lineId()).discount());
                db.insertInto(PROMO_CHALLENGE_LINE)
                        .set(PROMO_CHALLENGE_LINE.PROMOTION_ID, challenge.id())
                        .set(PROMO_CHALLENGE_LINE.NETWORK_CODE, order.basket().network())
                        .set(PROMO_CHALLENGE_LINE.EXTERNAL_ID, order.externalId())
                        .set(PROMO_CHALLENGE_LINE.LINE_ID, line.lineId())
                        .set(PROMO_CHALLENGE_LINE.CUSTOMER_ID, order.customerId())
                        .set(PROMO_CHALLENGE_LINE.QUANTITY, line.quantity())
                        .set(PROMO_CHALLENGE_LINE.AMOUNT, net)
                        .execute();
                units += line.quantity();
                amount = amount.add(net);
            }
            if (units > 0) {
                progress(challenge, order, units, amount);
            }
        }
    }

    /** Adds to the customer's progress under its row's lock and grants the bonus the first time it is reached. */
    private void progress(Promotion challenge, PlacedOrderFacts order, int units, BigDecimal amount) {
        db.insertInto(PROMO_CHALLENGE_PROGRESS)
                .set(PROMO_CHALLENGE_PROGRESS.PROMOTION_ID, challenge.id())
                .set(PROMO_CHALLENGE_PROGRESS.CUSTOMER_ID, order.customerId())
                .set(PROMO_CHALLENGE_PROGRESS.UNITS, units)
                .set(PROMO_CHALLENGE_PROGRESS.AMOUNT, amount)
                .onDuplicateKeyUpdate()
                .set(PROMO_CHALLENGE_PROGRESS.UNITS, PROMO_CHALLENGE_PROGRESS.UNITS.plus(units))
                .set(PROMO_CHALLENGE_PROGRESS.AMOUNT, PROMO_CHALLENGE_PROGRESS.AMOUNT.plus(amount))
                .execute();
        PromoChallengeProgressRecord row = db.selectFrom(PROMO_CHALLENGE_PROGRESS)
                .where(PROMO_CHALLENGE_PROGRESS.PROMOTION_ID.eq(challenge.id()))
                .and(PROMO_CHALLENGE_PROGRESS.CUSTOMER_ID.eq(order.customerId())).forUpdate().fetchSingle();
        PromotionTerms terms = challenge.terms();
        boolean reached = terms.thresholdUnits() != null && terms.thresholdUnits() > 0
                ? row.getUnits() >= terms.thresholdUnits()
                : terms.thresholdAmount() != null && row.getAmount().compareTo(terms.thresholdAmount()) >= 0;
        long points = terms.points();
        BigDecimal left = challenge.budgetLeft();
        if (!reached || row.getCompletedAt() != null || left != null && left.compareTo(BigDecimal.valueOf(points)) < 0) {
            return; // not yet, already rewarded, or the budget cannot pay the bonus any more
        }
        LocalDateTime expires = order.at().plusDays(terms.pointsValidDays());
        ledger.grant(new Grant(new Operation("promotion:" + challenge.id() + ":challenge:" + order.customerId(),
                order.basket().network(), Reason.of("promotion.grant", "promotion", terms.name()), order.at()),
                order.memberId(), points, expires));
        db.update(PROMO_CHALLENGE_PROGRESS).set(PROMO_CHALLENGE_PROGRESS.COMPLETED_AT, order.at())
                .where(PROMO_CHALLENGE_PROGRESS.PROMOTION_ID.eq(challenge.id()))
                .and(PROMO_CHALLENGE_PROGRESS.CUSTOMER_ID.eq(order.customerId())).execute();
        // Two buyers of one company may each complete it: the company's account then holds both bonuses.
        db.insertInto(PROMO_GRANT)
                .set(PROMO_GRANT.PROMOTION_ID, challenge.id())
                .set(PROMO_GRANT.MEMBER_ID, order.memberId())
                .set(PROMO_GRANT.CUSTOMER_ID, order.customerId())
                .set(PROMO_GRANT.POINTS, points)
                .set(PROMO_GRANT.GRANTED_AT, order.at())
                .set(PROMO_GRANT.EXPIRES_AT, expires)
                .onDuplicateKeyUpdate()
                .set(PROMO_GRANT.POINTS, PROMO_GRANT.POINTS.plus(points))
                .execute();
        db.update(PROMO_PROMOTION).set(PROMO_PROMOTION.BUDGET_USED, PROMO_PROMOTION.BUDGET_USED.plus(points))
                .where(PROMO_PROMOTION.ID.eq(challenge.id())).execute();
    }

    @Override
    public void returned(String network, String externalId, Map<String, Integer> units, LocalDateTime at) {
        takeBack(network, externalId, units);
    }

    @Override
    public void cancelled(String network, String externalId, LocalDateTime at) {
        takeBack(network, externalId, null);
        // the birthday is given back: a later order of the same birthday may take the discount
        db.deleteFrom(PROMO_PERSONAL_USE).where(PROMO_PERSONAL_USE.NETWORK_CODE.eq(network))
                .and(PROMO_PERSONAL_USE.EXTERNAL_ID.eq(externalId)).execute();
    }

    /**
     * Takes the returned units' share out of the progress; a bonus already granted stays (the customer reached the
     * goal; the return takes back the points its own lines earned, not the bonus).
     */
    private void takeBack(String network, String externalId, @Nullable Map<String, Integer> units) {
        List<PromoChallengeLineRecord> lines = db.selectFrom(PROMO_CHALLENGE_LINE)
                .where(PROMO_CHALLENGE_LINE.NETWORK_CODE.eq(network))
                .and(PROMO_CHALLENGE_LINE.EXTERNAL_ID.eq(externalId))
                .orderBy(PROMO_CHALLENGE_LINE.PROMOTION_ID, PROMO_CHALLENGE_LINE.LINE_ID).forUpdate().fetch();
        for (PromoChallengeLineRecord line : lines) {
            int left = line.getQuantity() - line.getReturned();
            int back = units == null ? left : Math.min(left, units.getOrDefault(line.getLineId(), 0));
            if (back <= 0) {
                continue;
            }
            int after = line.getReturned() + back;
            BigDecimal amount = share(line.getAmount(), line.getQuantity(), after)
                    .subtract(share(line.getAmount(), line.getQuantity(), line.getReturned()));
            db.update(PROMO_CHALLENGE_LINE).set(PROMO_CHALLENGE_LINE.RETURNED, after)
                    .where(PROMO_CHALLENGE_LINE.PROMOTION_ID.eq(line.getPromotionId()))
                    .and(PROMO_CHALLENGE_LINE.NETWORK_CODE.eq(network))
                    .and(PROMO_CHALLENGE_LINE.EXTERNAL_ID.eq(externalId))
                    .and(PROMO_CHALLENGE_LINE.LINE_ID.eq(line.getLineId())).execute();
            db.update(PROMO_CHALLENGE_PROGRESS)
                    .set(PROMO_CHALLENGE_PROGRESS.UNITS, PROMO_CHALLENGE_PROGRESS.UNITS.minus(back))
                    .set(PROMO_CHALLENGE_PROGRESS.AMOUNT, PROMO_CHALLENGE_PROGRESS.AMOUNT.minus(amount))
                    .where(PROMO_CHALLENGE_PROGRESS.PROMOTION_ID.eq(line.getPromotionId()))
                    .and(PROMO_CHALLENGE_PROGRESS.CUSTOMER_ID.eq(line.getCustomerId())).execute();
        }
    }

    /** The part of a line's amount for {@code units} of its quantity; differences of these add up to the whole. */
    private static BigDecimal share(BigDecimal amount, int quantity, int units) {
        return amount.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }
}
