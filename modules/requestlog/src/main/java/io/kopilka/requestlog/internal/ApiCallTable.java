package io.kopilka.requestlog.internal;

import static io.kopilka.db.Tables.API_CALL;

import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.ApiCallRecord;
import io.kopilka.requestlog.ApiCall;
import io.kopilka.requestlog.LoggedCall;
import io.kopilka.requestlog.LoggedCallPage;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The {@code api_call} table: multi-row inserts, keyset-paged search, chunked deletes. */
@Repository
class ApiCallTable {

    /** Rows per DELETE, so the purge never holds long locks nor builds a huge undo log. */
    static final int PURGE_CHUNK = 10_000;

    private final DSLContext db;

    ApiCallTable(DSLContext db) {
        this.db = db;
    }

    /** Writes the calls in one statement. */
    void insert(List<ApiCall> calls) {
        var insert = db.insertInto(API_CALL, API_CALL.ID, API_CALL.RECEIVED_AT, API_CALL.INTEGRATION, API_CALL.NETWORK,
                API_CALL.METHOD, API_CALL.PATH, API_CALL.ORDER_EXTERNAL_ID, API_CALL.CUSTOMER_ID, API_CALL.STATUS,
                API_CALL.DURATION_MS, API_CALL.REQUEST_BODY, API_CALL.RESPONSE_BODY);
        for (ApiCall call : calls) {
            insert = insert.values(Ids.next(), call.receivedAt(), cut(call.integration(), 100), cut(call.network(), 32),
                    cut(call.method(), 10), cut(call.path(), 2000), cut(call.orderExternalId(), 100), call.customerId(),
                    (short) call.status(), (int) Math.min(Integer.MAX_VALUE, Math.max(0, call.durationMs())),
                    cut(call.requestBody(), RequestLog.MAX_BODY_CHARS), cut(call.responseBody(), RequestLog.MAX_BODY_CHARS));
        }
        insert.execute();
    }

    LoggedCallPage search(RequestLogQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add(API_CALL.RECEIVED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(API_CALL.RECEIVED_AT.lt(query.to()));
        }
        if (query.network() != null && !query.network().isBlank()) {
            conditions.add(API_CALL.NETWORK.eq(query.network().strip()));
        }
        if (query.orderExternalId() != null && !query.orderExternalId().isBlank()) {
            conditions.add(API_CALL.ORDER_EXTERNAL_ID.eq(query.orderExternalId().strip()));
        }
        if (query.customerId() != null) {
            conditions.add(API_CALL.CUSTOMER_ID.eq(query.customerId()));
        }
        if (query.statusClass() != null) {
            conditions.add(API_CALL.STATUS.between((short) query.statusClass().lowest(), (short) query.statusClass().highest()));
        }
        if (query.afterId() != null) {
            conditions.add(API_CALL.ID.lt(query.afterId())); // ids grow with time: keyset paging, newest first
        }
        List<LoggedCall> calls = db.selectFrom(API_CALL)
                .where(conditions)
                .orderBy(API_CALL.ID.desc())
                .limit(query.limit() + 1) // one more tells whether there is a next page
                .fetch(ApiCallTable::logged);
        if (calls.size() <= query.limit()) {
            return new LoggedCallPage(calls, null);
        }
        List<LoggedCall> page = calls.subList(0, query.limit());
        return new LoggedCallPage(List.copyOf(page), page.get(page.size() - 1).id());
    }

    /** Deletes the calls received before {@code cutoff} chunk by chunk, each in its own statement. */
    long purge(LocalDateTime cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = db.deleteFrom(API_CALL).where(API_CALL.RECEIVED_AT.lt(cutoff)).limit(PURGE_CHUNK).execute();
            total += deleted;
        } while (deleted == PURGE_CHUNK);
        return total;
    }

    private static LoggedCall logged(ApiCallRecord row) {
        return new LoggedCall(row.getId(), row.getReceivedAt(), row.getIntegration(), row.getNetwork(), row.getMethod(),
                row.getPath(), row.getOrderExternalId(), row.getCustomerId(), row.getStatus(), row.getDurationMs(),
                row.getRequestBody(), row.getResponseBody());
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
