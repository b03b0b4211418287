package io.kopilka.orders.internal;

import static io.kopilka.db.Tables.ORDERS_LINE;
import static io.kopilka.db.Tables.ORDERS_MEMBER_LOCK;
import static io.kopilka.db.Tables.ORDERS_OPERATION;
import static io.kopilka.db.Tables.ORDERS_ORDER;
import static io.kopilka.db.Tables.ORDERS_PAYMENT;
import static io.kopilka.db.Tables.ORDERS_RETURN;
import static io.kopilka.db.Tables.ORDERS_RETURN_LINE;
import static io.kopilka.db.Tables.ORDERS_REVISION;
import static io.kopilka.db.Tables.ORDERS_SETTLEMENT;
import static io.kopilka.db.Tables.ORDERS_SHIPMENT;
import static io.kopilka.db.Tables.ORDERS_SHIPMENT_LINE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.kopilka.db.ChunkKeys;
import io.kopilka.db.tables.records.OrdersLineRecord;
import io.kopilka.db.tables.records.OrdersOperationRecord;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.db.tables.records.OrdersPaymentRecord;
import io.kopilka.db.tables.records.OrdersReturnLineRecord;
import io.kopilka.db.tables.records.OrdersReturnRecord;
import io.kopilka.db.tables.records.OrdersRevisionRecord;
import io.kopilka.db.tables.records.OrdersSettlementRecord;
import io.kopilka.db.tables.records.OrdersShipmentLineRecord;
import io.kopilka.db.tables.records.OrdersShipmentRecord;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.PurchaseStats;
import io.kopilka.db.KeyPartition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.springframework.stereotype.Repository;

/** The orders module's tables; every method runs in the caller's transaction. */
@Repository
class OrderRows {

    private final DSLContext db;

    OrderRows(DSLContext db) {
        this.db = db;
    }

    DSLContext db() {
        return db;
    }

    /** Inserts the record (no RETURNING clause: Connector/J does not answer one from MariaDB). */
    void insert(TableRecord<?> record) {
        db.executeInsert(record);
    }

    /** Updates the record's changed fields by its primary key. */
    void update(UpdatableRecord<?> record) {
        db.executeUpdate(record);
    }

    OrdersOrderRecord newOrder() {
        return db.newRecord(ORDERS_ORDER);
    }

    Optional<OrdersOrderRecord> find(String network, String externalId) {
        return db.selectFrom(ORDERS_ORDER)
                .where(ORDERS_ORDER.NETWORK_CODE.eq(network), ORDERS_ORDER.EXTERNAL_ID.eq(externalId))
                .fetchOptional();
    }

    Optional<OrdersOrderRecord> find(long orderId) {
        return db.selectFrom(ORDERS_ORDER).where(ORDERS_ORDER.ID.eq(orderId)).fetchOptional();
    }

    /** The order, locked until the transaction ends: calls on one order are serialised. */
    Optional<OrdersOrderRecord> lock(String network, String externalId) {
        return db.selectFrom(ORDERS_ORDER)
                .where(ORDERS_ORDER.NETWORK_CODE.eq(network), ORDERS_ORDER.EXTERNAL_ID.eq(externalId))
                .forUpdate().fetchOptional();
    }

    /** Holds the points account's order lock until the transaction ends (created on first use). */
    void lockMember(long memberId) {
        db.insertInto(ORDERS_MEMBER_LOCK).set(ORDERS_MEMBER_LOCK.MEMBER_ID, memberId)
                .onDuplicateKeyUpdate().set(ORDERS_MEMBER_LOCK.MEMBER_ID, memberId).execute();
    }

    List<OrdersLineRecord> lines(long orderId) {
        return db.selectFrom(ORDERS_LINE).where(ORDERS_LINE.ORDER_ID.eq(orderId)).orderBy(ORDERS_LINE.LINE_NO).fetch();
    }

    void replaceLines(long orderId, List<OrdersLineRecord> lines) {
        db.deleteFrom(ORDERS_LINE).where(ORDERS_LINE.ORDER_ID.eq(orderId)).execute();
        insertLines(lines);
    }

    /** The lines of an order that has none yet (a new order). */
    void insertLines(List<OrdersLineRecord> lines) {
        insertAll(lines);
    }

    /**
     * One multi-row insert of the records' set fields (all records set the same ones): a fraction of the work of a
     * JDBC batch, which jOOQ renders and binds record by record.
     */
    private <R extends TableRecord<R>> void insertAll(List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        InsertSetMoreStep<R> insert = db.insertInto(records.get(0).getTable()).set(records.get(0));
        for (R record : records.subList(1, records.size())) {
            insert = insert.newRecord().set(record);
        }
        insert.execute();
    }

    List<OrdersPaymentRecord> payments(long orderId) {
        return db.selectFrom(ORDERS_PAYMENT).where(ORDERS_PAYMENT.ORDER_ID.eq(orderId))
                .orderBy(ORDERS_PAYMENT.SEQ).fetch();
    }

    void insertPayments(List<OrdersPaymentRecord> payments) {
        insertAll(payments);
    }

    OrdersPaymentRecord newPayment() {
        return db.newRecord(ORDERS_PAYMENT);
    }

    OrdersLineRecord newLine() {
        return db.newRecord(ORDERS_LINE);
    }

    Optional<OrdersOperationRecord> operation(long orderId, String kind, String clientId) {
        return db.selectFrom(ORDERS_OPERATION)
                .where(ORDERS_OPERATION.ORDER_ID.eq(orderId), ORDERS_OPERATION.KIND.eq(kind),
                        ORDERS_OPERATION.CLIENT_ID.eq(clientId))
                .fetchOptional();
    }

    void insertOperation(long orderId, String kind, String clientId, String fingerprint, String response,
                         LocalDateTime at) {
        db.insertInto(ORDERS_OPERATION)
                .set(ORDERS_OPERATION.ORDER_ID, orderId).set(ORDERS_OPERATION.KIND, kind)
                .set(ORDERS_OPERATION.CLIENT_ID, clientId).set(ORDERS_OPERATION.FINGERPRINT, fingerprint)
                .set(ORDERS_OPERATION.RESPONSE, response).set(ORDERS_OPERATION.AT, at).execute();
    }

    List<OrdersShipmentRecord> shipments(long orderId) {
        return db.selectFrom(ORDERS_SHIPMENT).where(ORDERS_SHIPMENT.ORDER_ID.eq(orderId))
                .orderBy(ORDERS_SHIPMENT.SHIPPED_AT, ORDERS_SHIPMENT.SHIPMENT_ID).fetch();
    }

    Optional<OrdersShipmentRecord> shipment(long orderId, String shipmentId) {
        return db.selectFrom(ORDERS_SHIPMENT)
                .where(ORDERS_SHIPMENT.ORDER_ID.eq(orderId), ORDERS_SHIPMENT.SHIPMENT_ID.eq(shipmentId))
                .fetchOptional();
    }

    OrdersShipmentRecord newShipment() {
        return db.newRecord(ORDERS_SHIPMENT);
    }

    List<OrdersShipmentLineRecord> shipmentLines(long orderId) {
        return db.selectFrom(ORDERS_SHIPMENT_LINE).where(ORDERS_SHIPMENT_LINE.ORDER_ID.eq(orderId)).fetch();
    }

    void insertShipmentLines(List<OrdersShipmentLineRecord> lines) {
        db.batchInsert(lines).execute();
    }

    OrdersShipmentLineRecord newShipmentLine() {
        return db.newRecord(ORDERS_SHIPMENT_LINE);
    }

    List<OrdersReturnRecord> returns(long orderId) {
        return db.selectFrom(ORDERS_RETURN).where(ORDERS_RETURN.ORDER_ID.eq(orderId))
                .orderBy(ORDERS_RETURN.AT, ORDERS_RETURN.RETURN_ID).fetch();
    }

    OrdersReturnRecord newReturn() {
        return db.newRecord(ORDERS_RETURN);
    }

    List<OrdersReturnLineRecord> returnLines(long orderId) {
        return db.selectFrom(ORDERS_RETURN_LINE).where(ORDERS_RETURN_LINE.ORDER_ID.eq(orderId)).fetch();
    }

    void insertReturnLines(List<OrdersReturnLineRecord> lines) {
        db.batchInsert(lines).execute();
    }

    OrdersReturnLineRecord newReturnLine() {
        return db.newRecord(ORDERS_RETURN_LINE);
    }

    List<OrdersRevisionRecord> revisions(long orderId) {
        return db.selectFrom(ORDERS_REVISION).where(ORDERS_REVISION.ORDER_ID.eq(orderId))
                .orderBy(ORDERS_REVISION.AT, ORDERS_REVISION.REVISION_ID).fetch();
    }

    OrdersRevisionRecord newRevision() {
        return db.newRecord(ORDERS_REVISION);
    }

    OrdersSettlementRecord newSettlement() {
        return db.newRecord(ORDERS_SETTLEMENT);
    }

    List<OrdersSettlementRecord> settlements(long orderId) {
        return db.selectFrom(ORDERS_SETTLEMENT).where(ORDERS_SETTLEMENT.ORDER_ID.eq(orderId))
                .orderBy(ORDERS_SETTLEMENT.ID).fetch();
    }

    /** Stops the order's open settlement items (a cancelled order has nothing left to release). */
    void closeSettlements(long orderId) {
        db.update(ORDERS_SETTLEMENT).set(ORDERS_SETTLEMENT.IS_OPEN, false)
                .where(ORDERS_SETTLEMENT.ORDER_ID.eq(orderId), ORDERS_SETTLEMENT.IS_OPEN.isTrue()).execute();
    }

    /**
     * The partition's open items due by {@code asOf}, oldest first, at most {@code limit}, locked. They are found by a
     * plain read and then locked by their keys, skipping those someone else holds: a locking scan would also lock,
     * for a moment, the other partitions' rows it passes, and make their chunks skip them.
     */
    List<OrdersSettlementRecord> due(LocalDateTime asOf, KeyPartition partition, int limit) {
        List<Long> found = db.select(ORDERS_SETTLEMENT.ID).from(ORDERS_SETTLEMENT)
                .where(ORDERS_SETTLEMENT.IS_OPEN.isTrue(), ORDERS_SETTLEMENT.DUE_AT.le(asOf),
                        partition.holds(ORDERS_SETTLEMENT.MEMBER_ID))
                .orderBy(ORDERS_SETTLEMENT.DUE_AT, ORDERS_SETTLEMENT.ID).limit(limit)
                .fetch(ORDERS_SETTLEMENT.ID);
        if (found.isEmpty()) {
            return List.of();
        }
        return db.select(ORDERS_SETTLEMENT.fields())
                .from(ChunkKeys.longs("chunk_items", found).straightJoin(ORDERS_SETTLEMENT)
                        .on(ORDERS_SETTLEMENT.ID.eq(ChunkKeys.longKey("chunk_items"))))
                .where(ORDERS_SETTLEMENT.IS_OPEN.isTrue())
                .forUpdate().skipLocked()
                .fetchInto(ORDERS_SETTLEMENT);
    }

    long dueCount(LocalDateTime asOf, KeyPartition partition) {
        return db.fetchCount(ORDERS_SETTLEMENT, ORDERS_SETTLEMENT.IS_OPEN.isTrue(), ORDERS_SETTLEMENT.DUE_AT.le(asOf),
                partition.holds(ORDERS_SETTLEMENT.MEMBER_ID));
    }

    /** Marks items settled; the update asserts that no one settled them in between. */
    void markSettled(Collection<Long> ids, LocalDateTime asOf) {
        int changed = db.update(ChunkKeys.longs("chunk_items", ids).straightJoin(ORDERS_SETTLEMENT)
                        .on(ORDERS_SETTLEMENT.ID.eq(ChunkKeys.longKey("chunk_items"))))
                .set(ORDERS_SETTLEMENT.IS_OPEN, false)
                .set(ORDERS_SETTLEMENT.SETTLED_AT, asOf)
                .where(ORDERS_SETTLEMENT.IS_OPEN.isTrue()).execute();
        if (changed != ids.size()) {
            throw new IllegalStateException("Settlement items changed under the run: " + changed + " of " + ids.size());
        }
    }

    /** Cashback (net) of the account's orders placed in {@code [from, to)}, other than {@code except}. */
    long cashbackBetween(long memberId, LocalDateTime from, LocalDateTime to, long except) {
        BigDecimal total = db.select(coalesce(sum(ORDERS_ORDER.POINTS_ACCRUED), BigDecimal.ZERO))
                .from(ORDERS_ORDER)
                .where(ORDERS_ORDER.MEMBER_ID.eq(memberId), ORDERS_ORDER.PLACED_AT.ge(from),
                        ORDERS_ORDER.PLACED_AT.lt(to), ORDERS_ORDER.ID.ne(except))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValueExact();
    }

    /** Money of the person's orders placed from {@code from} on, net of returns; cancelled orders count nothing. */
    BigDecimal purchasesSince(long customerId, LocalDateTime from) {
        BigDecimal total = db.select(coalesce(sum(ORDERS_ORDER.TOTAL.minus(ORDERS_ORDER.AMOUNT_RETURNED)), BigDecimal.ZERO))
                .from(ORDERS_ORDER)
                .where(ORDERS_ORDER.CUSTOMER_ID.eq(customerId), ORDERS_ORDER.PLACED_AT.ge(from),
                        ORDERS_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))
                .fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    /** The person's purchases for life: orders not cancelled and not returned in full. */
    long purchaseCount(long customerId) {
        Integer n = db.select(count()).from(ORDERS_ORDER)
                .where(ORDERS_ORDER.CUSTOMER_ID.eq(customerId), ORDERS_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()),
                        ORDERS_ORDER.AMOUNT_RETURNED.lt(ORDERS_ORDER.TOTAL).or(ORDERS_ORDER.TOTAL.eq(BigDecimal.ZERO)))
                .fetchOne(0, Integer.class);
        return n == null ? 0 : n;
    }

    /** Purchases per person up to {@code to}, with those placed from {@code from} on as the window; see {@link PurchaseStats}. */
    Map<Long, PurchaseStats> purchaseStats(Collection<Long> customerIds, LocalDateTime from,
            LocalDateTime to) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Condition inWindow = ORDERS_ORDER.PLACED_AT.ge(from);
        Condition purchase = ORDERS_ORDER.AMOUNT_RETURNED.lt(ORDERS_ORDER.TOTAL).or(ORDERS_ORDER.TOTAL.eq(BigDecimal.ZERO));
        var money = sum(when(inWindow, ORDERS_ORDER.TOTAL.minus(ORDERS_ORDER.AMOUNT_RETURNED))
                .otherwise(BigDecimal.ZERO));
        var inWindowCount = sum(when(inWindow.and(purchase), 1).otherwise(0));
        var forLife = sum(when(purchase, 1).otherwise(0));
        Map<Long, PurchaseStats> stats = new HashMap<>();
        db.select(ORDERS_ORDER.CUSTOMER_ID, money, inWindowCount, forLife, min(ORDERS_ORDER.PLACED_AT),
                        max(ORDERS_ORDER.PLACED_AT))
                .from(ORDERS_ORDER)
                .where(ORDERS_ORDER.CUSTOMER_ID.in(customerIds), ORDERS_ORDER.PLACED_AT.lt(to),
                        ORDERS_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))
                .groupBy(ORDERS_ORDER.CUSTOMER_ID)
                .forEach(r -> stats.put(r.value1(), new PurchaseStats(r.value1(),
                        r.value2() == null ? BigDecimal.ZERO : r.value2(),
                        r.value3() == null ? 0 : r.value3().longValue(), r.value4() == null ? 0 : r.value4().longValue(),
                        r.value5(), r.value6())));
        return stats;
    }

    /** Orders matching, newest first. */
    List<OrdersOrderRecord> newest(Condition which, int limit) {
        return db.selectFrom(ORDERS_ORDER).where(which)
                .orderBy(ORDERS_ORDER.PLACED_AT.desc(), ORDERS_ORDER.ID.desc()).limit(limit).fetch();
    }
}
