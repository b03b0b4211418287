package io.kopilka.promotions.internal;

import static io.kopilka.db.Tables.CUSTOMER;
import static io.kopilka.db.Tables.PROMO_GRANT;
import static io.kopilka.db.Tables.PROMO_PROMOTION;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.kopilka.ledger.BulkGrant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionGrants;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grant's chunk: the next customers of its audience without a grant row, their rows inserted, then one ledger
 * transfer for the chunk. The grant's business time is the promotion's start, so the points' validity counts from
 * the day the marketer chose, whenever the chunk runs.
 */
@Service
class JooqPromotionGrants implements PromotionGrants {

    /** Lots of grants to everyone are not earned in any one network. */
    static final String PROGRAMME_WIDE = "*";

    private final DSLContext db;
    private final Ledger ledger;

    JooqPromotionGrants(DSLContext db, Ledger ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    @Override
    public List<Long> due(LocalDateTime until) {
        return db.select(PROMO_PROMOTION.ID).from(PROMO_PROMOTION)
                .where(PROMO_PROMOTION.TYPE.eq(PromotionType.GRANT.name()))
                .and(PROMO_PROMOTION.STATUS.in(PromotionStatus.SCHEDULED.name(), PromotionStatus.ACTIVE.name()))
                .and(PROMO_PROMOTION.STARTS_AT.lt(until))
                .orderBy(PROMO_PROMOTION.STARTS_AT, PROMO_PROMOTION.ID)
                .fetch(PROMO_PROMOTION.ID);
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int grantNextChunk(long promotionId, int size) {
        Promotion promotion = db.selectFrom(PROMO_PROMOTION).where(PROMO_PROMOTION.ID.eq(promotionId)).forUpdate()
                .fetchOptional(PromotionRows::read).orElseThrow();
        PromotionTerms terms = promotion.terms();
        if (terms.type() != PromotionType.GRANT || promotion.status() == PromotionStatus.PAUSED
                || promotion.status() == PromotionStatus.ENDED || promotion.status() == PromotionStatus.DRAFT) {
            return 0;
        }
        var chunk = db.select(CUSTOMER.ID, CUSTOMER.TIER_CODE).from(CUSTOMER)
                .where(PromotionFigures.grantAudience(terms))
                .and(notExists(selectOne().from(PROMO_GRANT).where(PROMO_GRANT.PROMOTION_ID.eq(promotionId))
                        .and(PROMO_GRANT.MEMBER_ID.eq(CUSTOMER.ID))))
                .orderBy(CUSTOMER.ID).limit(size).fetch();
        LocalDateTime at = terms.startsAt();
        LocalDateTime expires = at.plusDays(terms.pointsValidDays());
        Map<Long, List<Long>> byPoints = new TreeMap<>();
        InsertValuesStep6<?, Long, Long, Long, Long, LocalDateTime, LocalDateTime> rows = db.insertInto(PROMO_GRANT,
                PROMO_GRANT.PROMOTION_ID, PROMO_GRANT.MEMBER_ID, PROMO_GRANT.CUSTOMER_ID, PROMO_GRANT.POINTS,
                PROMO_GRANT.GRANTED_AT, PROMO_GRANT.EXPIRES_AT);
        long total = 0;
        BigDecimal left = promotion.budgetLeft();
        for (var customer : chunk) {
            Long points = terms.tierPoints().isEmpty() ? terms.points() : terms.tierPoints().get(customer.value2());
            if (points == null || points <= 0) {
                continue;
            }
            if (left != null && left.compareTo(BigDecimal.valueOf(total + points)) < 0) {
                break; // the budget is used up: the rest of the audience gets nothing
            }
            byPoints.computeIfAbsent(points, p -> new ArrayList<>()).add(customer.value1());
            rows.values(promotionId, customer.value1(), customer.value1(), points, at, expires);
            total += points;
        }
        if (byPoints.isEmpty()) {
            return 0;
        }
        // The rows first: a second run racing for the same customers fails on their primary key and rolls back.
        rows.execute();
        long first = byPoints.values().stream().flatMap(List::stream).min(Long::compare).orElseThrow();
        String network = terms.audience().networks().size() == 1 ? terms.audience().networks().iterator().next()
                : PROGRAMME_WIDE;
        ledger.grantMembers(new BulkGrant(new Operation("promotion:" + promotionId + ":grant:" + first, network,
                Reason.of("promotion.grant", "promotion", terms.name()), at), byPoints, expires));
        db.update(PROMO_PROMOTION).set(PROMO_PROMOTION.BUDGET_USED,
                        PROMO_PROMOTION.BUDGET_USED.plus(BigDecimal.valueOf(total)))
                .where(PROMO_PROMOTION.ID.eq(promotionId)).execute();
        return byPoints.values().stream().mapToInt(List::size).sum();
    }
}
