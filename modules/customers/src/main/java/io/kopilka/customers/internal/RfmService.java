package io.kopilka.customers.internal;

import static io.kopilka.db.Tables.CUSTOMER;
import static io.kopilka.db.Tables.CUSTOMER_RFM;
import static org.jooq.impl.DSL.count;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.CustomerSegments;
import io.kopilka.customers.RfmFigures;
import io.kopilka.customers.RfmScore;
import io.kopilka.customers.Segment;
import io.kopilka.db.tables.records.CustomerRfmRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** RFM scores by fixed thresholds, stored per person with one delete and one multi-row insert per chunk. */
@Service
@Transactional(readOnly = true)
class RfmService implements CustomerSegments {

    private static final int NEW_DAYS = 30;
    private static final int ACTIVE_DAYS = 90;
    private static final int AT_RISK_DAYS = 365;
    private static final int LOYAL_PURCHASES = 5;

    private final DSLContext db;

    RfmService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional
    public int record(LocalDate asOf, List<RfmFigures> figures) {
        if (figures.isEmpty()) {
            return 0;
        }
        Map<Long, LocalDate> registered = new java.util.HashMap<>();
        db.select(CUSTOMER.ID, CUSTOMER.REGISTERED_AT).from(CUSTOMER)
                .where(CUSTOMER.ID.in(figures.stream().map(f -> f.customerId().value()).toList()))
                .forEach(r -> registered.put(r.value1(), r.value2().toLocalDate()));
        InsertValuesStep9<CustomerRfmRecord, Long, LocalDate, Integer, Integer, BigDecimal, Byte, Byte, Byte, String> insert =
                db.insertInto(CUSTOMER_RFM, CUSTOMER_RFM.CUSTOMER_ID, CUSTOMER_RFM.AS_OF, CUSTOMER_RFM.RECENCY_DAYS,
                        CUSTOMER_RFM.ORDERS_IN_WINDOW, CUSTOMER_RFM.MONEY_IN_WINDOW, CUSTOMER_RFM.RECENCY_SCORE,
                        CUSTOMER_RFM.FREQUENCY_SCORE, CUSTOMER_RFM.MONETARY_SCORE, CUSTOMER_RFM.SEGMENT);
        int rows = 0;
        for (RfmFigures person : figures) {
            LocalDate registeredOn = registered.get(person.customerId().value());
            if (registeredOn == null) {
                continue;
            }
            RfmScore score = score(asOf, registeredOn, person);
            Integer days = person.lastPurchaseAt() == null ? null
                    : (int) ChronoUnit.DAYS.between(person.lastPurchaseAt().toLocalDate(), asOf);
            insert = insert.values(person.customerId().value(), asOf, days, (int) person.ordersInWindow(),
                    person.moneyInWindow(), (byte) score.recency(), (byte) score.frequency(), (byte) score.monetary(),
                    score.segment().name());
            rows++;
        }
        if (rows == 0) {
            return 0;
        }
        // The chunk's previous scores go and the new ones come in: two statements whatever the chunk's size.
        db.deleteFrom(CUSTOMER_RFM).where(CUSTOMER_RFM.CUSTOMER_ID.in(registered.keySet())).execute();
        insert.execute();
        return rows;
    }

    @Override
    public Optional<RfmScore> segmentOf(CustomerId id) {
        return db.selectFrom(CUSTOMER_RFM).where(CUSTOMER_RFM.CUSTOMER_ID.eq(id.value())).fetchOptional()
                .map(r -> new RfmScore(Segment.valueOf(r.getSegment()), r.getRecencyScore(), r.getFrequencyScore(),
                        r.getMonetaryScore(), r.getAsOf()));
    }

    @Override
    public Map<Segment, Long> segmentSizes() {
        Map<Segment, Long> sizes = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            sizes.put(segment, 0L);
        }
        db.select(CUSTOMER_RFM.SEGMENT, count()).from(CUSTOMER_RFM).groupBy(CUSTOMER_RFM.SEGMENT)
                .forEach(r -> sizes.put(Segment.valueOf(r.value1()), r.value2().longValue()));
        return sizes;
    }

    @Override
    public RfmScore score(LocalDate asOf, LocalDate registeredOn, RfmFigures figures) {
        int frequency = frequencyScore(figures.ordersInWindow());
        int monetary = figures.ordersInWindow() == 0 ? 0 : monetaryScore(figures.moneyInWindow());
        if (figures.lastPurchaseAt() == null || figures.firstPurchaseAt() == null) {
            Segment segment = ChronoUnit.DAYS.between(registeredOn, asOf) <= NEW_DAYS ? Segment.NEW : Segment.CHURNED;
            return new RfmScore(segment, 0, frequency, monetary, asOf);
        }
        long recencyDays = ChronoUnit.DAYS.between(figures.lastPurchaseAt().toLocalDate(), asOf);
        long sinceFirst = ChronoUnit.DAYS.between(figures.firstPurchaseAt().toLocalDate(), asOf);
        int recency = recencyDays <= 30 ? 5 : recencyDays <= 90 ? 4 : recencyDays <= 180 ? 3 : recencyDays <= 365 ? 2 : 1;
        Segment segment;
        if (sinceFirst <= NEW_DAYS) {
            segment = Segment.NEW;
        } else if (recencyDays > AT_RISK_DAYS) {
            segment = Segment.CHURNED;
        } else if (recencyDays > ACTIVE_DAYS) {
            segment = Segment.AT_RISK;
        } else if (figures.ordersInWindow() >= LOYAL_PURCHASES) {
            segment = Segment.LOYAL;
        } else {
            segment = Segment.ACTIVE;
        }
        return new RfmScore(segment, recency, frequency, monetary, asOf);
    }

    private static int frequencyScore(long purchases) {
        return purchases >= 10 ? 5 : purchases >= 5 ? 4 : purchases >= 3 ? 3 : (int) Math.max(0, purchases);
    }

    private static int monetaryScore(BigDecimal money) {
        if (money.compareTo(new BigDecimal("150000")) >= 0) {
            return 5;
        }
        if (money.compareTo(new BigDecimal("50000")) >= 0) {
            return 4;
        }
        if (money.compareTo(new BigDecimal("15000")) >= 0) {
            return 3;
        }
        return money.compareTo(new BigDecimal("5000")) >= 0 ? 2 : 1;
    }
}
