package io.kopilka.customers.internal;

import static io.kopilka.db.Tables.CUSTOMER_TIER_CHANGE;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.TierChange;
import io.kopilka.db.Ids;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The tier history table; callers hold the transaction. */
@Repository
class TierHistoryRows {

    private final DSLContext db;

    TierHistoryRows(DSLContext db) {
        this.db = db;
    }

    void record(CustomerId customer, TierChange change) {
        db.insertInto(CUSTOMER_TIER_CHANGE)
                .set(CUSTOMER_TIER_CHANGE.ID, Ids.next())
                .set(CUSTOMER_TIER_CHANGE.CUSTOMER_ID, customer.value())
                .set(CUSTOMER_TIER_CHANGE.FROM_TIER, change.fromTier())
                .set(CUSTOMER_TIER_CHANGE.TO_TIER, change.toTier())
                .set(CUSTOMER_TIER_CHANGE.REASON, change.reason())
                .set(CUSTOMER_TIER_CHANGE.CHANGED_AT, change.at())
                .execute();
    }

    /** Newest first; ids break ties between changes at the same moment, since they grow with time. */
    List<TierChange> of(CustomerId customer) {
        return db.select(CUSTOMER_TIER_CHANGE.FROM_TIER, CUSTOMER_TIER_CHANGE.TO_TIER, CUSTOMER_TIER_CHANGE.REASON,
                        CUSTOMER_TIER_CHANGE.CHANGED_AT)
                .from(CUSTOMER_TIER_CHANGE)
                .where(CUSTOMER_TIER_CHANGE.CUSTOMER_ID.eq(customer.value()))
                .orderBy(CUSTOMER_TIER_CHANGE.CHANGED_AT.desc(), CUSTOMER_TIER_CHANGE.ID.desc())
                .fetch(row -> new TierChange(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
