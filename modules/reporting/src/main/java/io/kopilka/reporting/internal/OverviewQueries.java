package io.kopilka.reporting.internal;

import static io.kopilka.db.Tables.REPORT_DAY;
import static io.kopilka.db.Tables.REPORT_FILLED_DAY;
import static io.kopilka.db.Tables.REPORT_MEMBERS_DAY;
import static io.kopilka.db.Tables.REPORT_SEGMENT;
import static io.kopilka.db.Tables.REPORT_SNAPSHOT;
import static io.kopilka.db.Tables.REPORT_TIER;
import static io.kopilka.db.Tables.TIER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.year;

import io.kopilka.db.ReplicaReads;
import io.kopilka.reporting.Freshness;
import io.kopilka.reporting.MonthFigures;
import io.kopilka.reporting.Overview;
import io.kopilka.reporting.ReportFilter;
import io.kopilka.reporting.Reports;
import io.kopilka.reporting.SegmentFigures;
import io.kopilka.reporting.Share;
import io.kopilka.reporting.TierShare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Service;

/**
 * The overview from the roll-ups alone: a period of a year is at most a few thousand rows of {@code report_day} read
 * by its primary key range, and the stock figures are single rows of the latest snapshot, so a report answers in
 * milliseconds whatever the size of the orders and the ledger.
 *
 * <p>It reads the replica when one is configured ({@link ReplicaReads}), all statements of one overview in one
 * transaction there, so the figures and their freshness come from the same moment of the replica; the roll-up job
 * writes on the primary ({@link RollUpStatements}).
 */
@Service
class OverviewQueries implements Reports {

    /** The order the RFM segments are listed in (as the customers module names them). */
    private static final List<String> SEGMENTS = List.of("NEW", "ACTIVE", "LOYAL", "AT_RISK", "CHURNED");

    private final DSLContext db;

    OverviewQueries(@ReplicaReads DSLContext db) {
        this.db = db;
    }

    @Override
    public Overview overview(ReportFilter filter) {
        return db.transactionResult(transaction -> overview(transaction.dsl(), filter));
    }

    private static Overview overview(DSLContext db, ReportFilter filter) {
        List<MonthFigures> months = months(db, filter);
        MonthFigures totals = months.stream().reduce(MonthFigures.empty(YearMonth.from(filter.from())),
                MonthFigures::plus);
        LocalDate daysUpTo = db.select(max(REPORT_FILLED_DAY.DAY)).from(REPORT_FILLED_DAY)
                .where(REPORT_FILLED_DAY.DAY.le(filter.to())).fetchOne(0, LocalDate.class);
        String network = filter.network() == null ? RollUpStatements.ALL : filter.network();
        LocalDate asOf = db.select(max(REPORT_SNAPSHOT.AS_OF)).from(REPORT_SNAPSHOT)
                .where(REPORT_SNAPSHOT.AS_OF.le(filter.to())).fetchOne(0, LocalDate.class);
        if (asOf == null) {
            return new Overview(filter, new Freshness(daysUpTo, null, null, null), months, totals, 0, 0, List.of(),
                    List.of());
        }
        var snapshot = db.selectFrom(REPORT_SNAPSHOT)
                .where(REPORT_SNAPSHOT.AS_OF.eq(asOf), REPORT_SNAPSHOT.NETWORK_CODE.eq(network)).fetchOne();
        var any = db.selectFrom(REPORT_SNAPSHOT)
                .where(REPORT_SNAPSHOT.AS_OF.eq(asOf), REPORT_SNAPSHOT.NETWORK_CODE.eq(RollUpStatements.ALL))
                .fetchOne();
        Freshness freshness = new Freshness(daysUpTo, asOf, any == null ? null : any.getComputedAt(),
                any == null ? null : any.getRfmAsOf());
        long members = snapshot == null ? 0 : snapshot.getMembers();
        long active = snapshot == null ? 0 : snapshot.getActiveAccounts();
        return new Overview(filter, freshness, months, totals, members, active, tiers(db, asOf),
                segments(db, asOf, network));
    }

    private static List<MonthFigures> months(DSLContext db, ReportFilter filter) {
        Map<YearMonth, MonthFigures> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            byMonth.put(m, MonthFigures.empty(m));
        }
        Condition days = REPORT_DAY.DAY.between(filter.from(), filter.to());
        if (filter.network() != null) {
            days = days.and(REPORT_DAY.NETWORK_CODE.eq(filter.network()));
        }
        Field<Integer> y = year(REPORT_DAY.DAY);
        Field<Integer> mo = month(REPORT_DAY.DAY);
        for (Record r : db.select(y, mo, sum(REPORT_DAY.ORDERS), sum(REPORT_DAY.IDENTIFIED_ORDERS),
                        sum(REPORT_DAY.REPEAT_ORDERS), sum(REPORT_DAY.REVENUE), sum(REPORT_DAY.POINTS_ACCRUED),
                        sum(REPORT_DAY.POINTS_REDEEMED), sum(REPORT_DAY.POINTS_EXPIRED),
                        sum(REPORT_DAY.REDEEMED_FROM_LOTS), sum(REPORT_DAY.REDEEMED_CROSS_NETWORK))
                .from(REPORT_DAY).where(days).groupBy(y, mo).fetch()) {
            YearMonth m = YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class));
            byMonth.put(m, new MonthFigures(m, 0, r.get(2, Long.class), r.get(3, Long.class), r.get(4, Long.class),
                    r.get(5, BigDecimal.class).setScale(2), r.get(6, Long.class), r.get(7, Long.class),
                    r.get(8, Long.class), r.get(9, Long.class), r.get(10, Long.class)));
        }
        Field<Integer> my = year(REPORT_MEMBERS_DAY.DAY);
        Field<Integer> mm = month(REPORT_MEMBERS_DAY.DAY);
        db.select(my, mm, sum(REPORT_MEMBERS_DAY.NEW_MEMBERS)).from(REPORT_MEMBERS_DAY)
                .where(REPORT_MEMBERS_DAY.DAY.between(filter.from(), filter.to())).groupBy(my, mm)
                .forEach(r -> {
                    YearMonth m = YearMonth.of(r.value1(), r.value2());
                    MonthFigures f = byMonth.get(m);
                    byMonth.put(m, new MonthFigures(m, r.value3().longValue(), f.orders(), f.identifiedOrders(),
                            f.repeatOrders(), f.revenue(), f.pointsAccrued(), f.pointsRedeemed(), f.pointsExpired(),
                            f.redeemedFromLots(), f.redeemedCrossNetwork()));
                });
        return new ArrayList<>(byMonth.values());
    }

    private static List<TierShare> tiers(DSLContext db, LocalDate asOf) {
        var rows = db.select(REPORT_TIER.TIER_CODE, REPORT_TIER.CUSTOMERS)
                .from(REPORT_TIER).leftJoin(TIER).on(TIER.CODE.eq(REPORT_TIER.TIER_CODE))
                .where(REPORT_TIER.AS_OF.eq(asOf))
                .orderBy(coalesce(TIER.RANK_ORDER, inline(Integer.MAX_VALUE)), REPORT_TIER.TIER_CODE)
                .fetch();
        long all = rows.stream().mapToLong(r -> r.value2()).sum();
        return rows.map(r -> new TierShare(r.value1(), r.value2(), new Share(r.value2(), all)));
    }

    private static List<SegmentFigures> segments(DSLContext db, LocalDate asOf, String network) {
        var rows = db.select(REPORT_SEGMENT.SEGMENT, REPORT_SEGMENT.CUSTOMERS, REPORT_SEGMENT.REVENUE)
                .from(REPORT_SEGMENT)
                .where(REPORT_SEGMENT.AS_OF.eq(asOf), REPORT_SEGMENT.NETWORK_CODE.eq(network)).fetch();
        long all = rows.stream().mapToLong(r -> r.value2()).sum();
        return rows.stream()
                .map(r -> new SegmentFigures(r.value1(), r.value2(), new Share(r.value2(), all), r.value3()))
                .sorted(Comparator.comparingInt(s -> SEGMENTS.contains(s.segment()) ? SEGMENTS.indexOf(s.segment())
                        : SEGMENTS.size()))
                .toList();
    }
}
