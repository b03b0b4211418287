package io.kopilka.promotions.internal;

import static io.kopilka.db.Tables.PROMO_CHALLENGE_PROGRESS;
import static io.kopilka.db.Tables.PROMO_PERSONAL_USE;
import static io.kopilka.db.Tables.PROMO_PROMOTION;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.PromoPromotionRecord;
import io.kopilka.promotions.ChallengeProgress;
import io.kopilka.promotions.InvalidPromotionException;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.PromotionPreview;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.PromotionStatus;
import io.kopilka.promotions.PromotionTerms;
import io.kopilka.promotions.PromotionType;
import io.kopilka.promotions.Promotions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promotions in their table, every change audited in the same transaction. */
@Service
class JooqPromotions implements Promotions, PromotionCatalog {

    private static final Set<PromotionStatus> LIVE = EnumSet.of(PromotionStatus.SCHEDULED, PromotionStatus.ACTIVE);

    private final DSLContext db;
    private final AuditLog audit;
    private final PromotionFigures figures;
    private final Customers customers;
    private final Clock clock;

    JooqPromotions(DSLContext db, AuditLog audit, PromotionFigures figures, Customers customers) {
        this.db = db;
        this.customers = customers;
        this.audit = audit;
        this.figures = figures;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional
    public Promotion create(PromotionTerms terms, boolean launch, String actor) {
        PromotionRules.check(terms);
        LocalDateTime now = LocalDateTime.now(clock);
        PromoPromotionRecord r = PromotionRows.write(db, PromotionRows.newRecord(db), terms);
        r.setId(Ids.next());
        r.setStatus((launch ? PromotionStatus.SCHEDULED : PromotionStatus.DRAFT).name());
        r.setBudgetUsed(java.math.BigDecimal.ZERO.setScale(2));
        r.setCreatedBy(actor);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        db.executeInsert(r);
        Promotion created = find(r.getId()).orElseThrow();
        audit.record(new StaffChange(actor, "promotion.created", subject(created), null,
                PromotionRows.describe(created)));
        return created;
    }

    @Override
    @Transactional
    public Promotion update(long id, PromotionTerms terms, String actor) {
        PromotionRules.check(terms);
        PromoPromotionRecord r = lock(id);
        Promotion before = PromotionRows.read(r);
        if (before.status() == PromotionStatus.ENDED) {
            throw new InvalidPromotionException(Map.of("status", "promotions.error.ended"));
        }
        if (before.terms().type() != terms.type()) {
            throw new InvalidPromotionException(Map.of("type", "promotions.error.typeChanged"));
        }
        PromotionRows.write(db, r, terms);
        r.setUpdatedAt(LocalDateTime.now(clock));
        db.executeUpdate(r);
        Promotion after = find(id).orElseThrow();
        audit.record(new StaffChange(actor, "promotion.changed", subject(after), PromotionRows.describe(before),
                PromotionRows.describe(after)));
        return after;
    }

    @Override
    @Transactional
    public Promotion launch(long id, String actor) {
        return changeStatus(id, actor, EnumSet.of(PromotionStatus.DRAFT, PromotionStatus.PAUSED),
                PromotionStatus.SCHEDULED, "promotion.launched");
    }

    @Override
    @Transactional
    public Promotion pause(long id, String actor) {
        return changeStatus(id, actor, LIVE, PromotionStatus.PAUSED, "promotion.paused");
    }

    @Override
    @Transactional
    public Promotion end(long id, String actor) {
        return changeStatus(id, actor, EnumSet.complementOf(EnumSet.of(PromotionStatus.ENDED)),
                PromotionStatus.ENDED, "promotion.ended");
    }

    private Promotion changeStatus(long id, String actor, Set<PromotionStatus> from, PromotionStatus to,
                                   String action) {
        PromoPromotionRecord r = lock(id);
        Promotion before = PromotionRows.read(r);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!from.contains(before.status()) || before.statusAt(now) == PromotionStatus.ENDED) {
            throw new InvalidPromotionException(Map.of("status", "promotions.error.status"));
        }
        r.setStatus(to.name());
        r.setUpdatedAt(now);
        db.executeUpdate(r);
        Promotion after = find(id).orElseThrow();
        audit.record(new StaffChange(actor, action, subject(after), "status=" + before.status(),
                "status=" + after.status()));
        return after;
    }

    private PromoPromotionRecord lock(long id) {
        return db.selectFrom(PROMO_PROMOTION).where(PROMO_PROMOTION.ID.eq(id)).forUpdate().fetchOptional()
                .orElseThrow(() -> new InvalidPromotionException(Map.of("id", "promotions.error.unknown")));
    }

    private static String subject(Promotion promotion) {
        return "promotion " + promotion.id() + " " + promotion.terms().name();
    }

    @Override
    public Optional<Promotion> find(long id) {
        return db.selectFrom(PROMO_PROMOTION).where(PROMO_PROMOTION.ID.eq(id)).fetchOptional()
                .map(PromotionRows::read);
    }

    @Override
    public List<Promotion> list() {
        return db.selectFrom(PROMO_PROMOTION).orderBy(PROMO_PROMOTION.CREATED_AT.desc(), PROMO_PROMOTION.ID.desc())
                .fetch(PromotionRows::read);
    }

    @Override
    public List<Promotion> inEffect(LocalDateTime at) {
        // the challenges come along in the same read, for placing the order to move their progress on
        List<Promotion> live = db.selectFrom(PROMO_PROMOTION)
                .where(PROMO_PROMOTION.STATUS.in(PromotionStatus.SCHEDULED.name(), PromotionStatus.ACTIVE.name()))
                .and(PROMO_PROMOTION.TYPE.in(PromotionType.PAYMENT_CASHBACK.name(),
                        PromotionType.EXTRA_CASHBACK.name(), PromotionType.DISCOUNT.name(),
                        PromotionType.BUNDLE.name(), PromotionType.BIRTHDAY_DISCOUNT.name(),
                        PromotionType.CHALLENGE.name()))
                .and(PROMO_PROMOTION.STARTS_AT.le(at))
                .and(PROMO_PROMOTION.ENDS_AT.isNull().or(PROMO_PROMOTION.ENDS_AT.gt(at)))
                .fetch(PromotionRows::read);
        LiveChallenges.remember(at, live.stream().filter(p -> p.terms().type() == PromotionType.CHALLENGE).toList());
        return live.stream().filter(p -> p.terms().type() != PromotionType.CHALLENGE).toList();
    }

    @Override
    public boolean personalUsed(long promotionId, long customerId, int occasionYear,
                                @org.jspecify.annotations.Nullable String orderRef) {
        return db.fetchExists(PROMO_PERSONAL_USE, PROMO_PERSONAL_USE.PROMOTION_ID.eq(promotionId)
                .and(PROMO_PERSONAL_USE.CUSTOMER_ID.eq(customerId))
                .and(PROMO_PERSONAL_USE.OCCASION_YEAR.eq(occasionYear))
                // a revision of the order that took it keeps it
                .and(orderRef == null ? org.jooq.impl.DSL.trueCondition() : org.jooq.impl.DSL.concat(
                        PROMO_PERSONAL_USE.NETWORK_CODE, org.jooq.impl.DSL.inline(":"),
                        PROMO_PERSONAL_USE.EXTERNAL_ID).ne(orderRef)));
    }

    @Override
    public PromotionPreview preview(PromotionTerms terms, LocalDateTime now) {
        PromotionRules.check(terms);
        return figures.preview(terms, now);
    }

    @Override
    public PromotionResults results(long id) {
        return figures.results(id);
    }

    @Override
    public List<Promotion> offersFor(long customerId, LocalDateTime now) {
        var customer = customers.find(new CustomerId(customerId));
        String tier = customer.map(c -> c.tier().code()).orElse(null);
        // a birthday discount is an offer only to those who told us their birthday
        boolean birthDate = customer.map(c -> c.birthDate() != null).orElse(false);
        List<Promotion> offers = new ArrayList<>();
        for (Promotion p : db.selectFrom(PROMO_PROMOTION)
                .where(PROMO_PROMOTION.STATUS.in(PromotionStatus.SCHEDULED.name(), PromotionStatus.ACTIVE.name()))
                .and(PROMO_PROMOTION.TYPE.ne(PromotionType.GRANT.name()))
                .orderBy(PROMO_PROMOTION.PRIORITY.desc(), PROMO_PROMOTION.ID).fetch(PromotionRows::read)) {
            Set<String> tiers = p.terms().audience().tiers();
            boolean budgetLeft = p.budgetLeft() == null || p.budgetLeft().signum() > 0;
            boolean personal = p.terms().type() != PromotionType.BIRTHDAY_DISCOUNT || birthDate;
            if (p.inEffectAt(now) && budgetLeft && personal
                    && (tiers.isEmpty() || tier != null && tiers.contains(tier))) {
                offers.add(p);
            }
        }
        return offers;
    }

    @Override
    public List<ChallengeProgress> challengesOf(long customerId, LocalDateTime now) {
        Map<Long, io.kopilka.db.tables.records.PromoChallengeProgressRecord> progress = db
                .selectFrom(PROMO_CHALLENGE_PROGRESS).where(PROMO_CHALLENGE_PROGRESS.CUSTOMER_ID.eq(customerId))
                .fetchMap(PROMO_CHALLENGE_PROGRESS.PROMOTION_ID);
        List<ChallengeProgress> challenges = new ArrayList<>();
        for (Promotion p : offersFor(customerId, now)) {
            if (p.terms().type() == PromotionType.CHALLENGE) {
                var row = progress.get(p.id());
                challenges.add(row == null ? new ChallengeProgress(p, 0, java.math.BigDecimal.ZERO, null)
                        : new ChallengeProgress(p, row.getUnits(), row.getAmount(), row.getCompletedAt()));
            }
        }
        return challenges;
    }
}
