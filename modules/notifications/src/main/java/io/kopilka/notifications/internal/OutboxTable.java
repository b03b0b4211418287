package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_MESSAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import io.kopilka.db.Ids;
import io.kopilka.notifications.Channel;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.tools.json.JSONArray;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The outbox table: queuing in the caller's transaction, the worker's claims and outcomes, and the lists. */
@Repository
class OutboxTable {

    /** Rows per INSERT: keeps a chunk's statement well under the driver's and server's limits. */
    private static final int MAX_ERROR_LENGTH = 500;

    private final DSLContext db;

    OutboxTable(DSLContext db) {
        this.db = db;
    }

    /**
     * Queues the messages in the current transaction with one statement, whatever their number: the rows travel as
     * one JSON parameter read by {@code JSON_TABLE} (a settlement chunk queues ten thousand; a multi-row insert of
     * that many bind values costs more to render and bind than to write). A message whose dedupe key is already
     * queued is left out. Returns how many were queued.
     */
    int enqueue(Collection<NewMessage> messages, LocalDateTime now) {
        if (messages.isEmpty()) {
            return 0;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (NewMessage m : messages) {
            rows.add(Arrays.asList(Ids.next(), m.customerId(), m.event().name(), Params.encode(m.params()),
                    m.dedupeKey(), m.parentId(), m.forced() == null ? null : m.forced().name()));
        }
        Table<?> queued = table("json_table({0}, '$[*]' columns (id bigint path '$[0]', customer_id bigint path '$[1]',"
                + " event_type varchar(30) character set utf8mb4 path '$[2]',"
                + " params varchar(2000) character set utf8mb4 path '$[3]',"
                + " dedupe_key varchar(150) character set utf8mb4 path '$[4]', parent_id bigint path '$[5]',"
                + " forced_channel varchar(10) character set utf8mb4 path '$[6]')) as queued",
                val(JSONArray.toJSONString(rows)));
        return db.insertInto(NOTIFICATION_MESSAGE, NOTIFICATION_MESSAGE.ID, NOTIFICATION_MESSAGE.CUSTOMER_ID,
                        NOTIFICATION_MESSAGE.EVENT_TYPE, NOTIFICATION_MESSAGE.PARAMS, NOTIFICATION_MESSAGE.DEDUPE_KEY,
                        NOTIFICATION_MESSAGE.PARENT_ID, NOTIFICATION_MESSAGE.FORCED_CHANNEL,
                        NOTIFICATION_MESSAGE.STATUS, NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT,
                        NOTIFICATION_MESSAGE.CREATED_AT)
                .select(select(column("id", Long.class), column("customer_id", Long.class),
                        column("event_type", String.class), column("params", String.class),
                        column("dedupe_key", String.class), column("parent_id", Long.class),
                        column("forced_channel", String.class), inline(MessageStatus.QUEUED.name()), val(now), val(now))
                        .from(queued))
                .onDuplicateKeyIgnore().execute();
    }

    private static <T> Field<T> column(String name, Class<T> type) {
        return field(name("queued", name), type);
    }

    /**
     * Claims up to {@code limit} due messages for a lease: queued ones due now, and ones a worker claimed but did not
     * finish before its lease ran out (it died between claiming, or sending, and marking). SKIP LOCKED lets another
     * instance claim other rows at the same moment. Run in its own short transaction.
     */
    List<Long> claim(LocalDateTime now, int limit, LocalDateTime leaseUntil) {
        Condition due = NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.QUEUED.name())
                .and(NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT.le(now))
                .or(NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.SENDING.name())
                        .and(NOTIFICATION_MESSAGE.CLAIMED_UNTIL.lt(now)));
        List<Long> ids = db.select(NOTIFICATION_MESSAGE.ID).from(NOTIFICATION_MESSAGE).where(due)
                .orderBy(NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT, NOTIFICATION_MESSAGE.ID).limit(limit)
                .forUpdate().skipLocked()
                .fetch(NOTIFICATION_MESSAGE.ID);
        if (!ids.isEmpty()) {
            db.update(NOTIFICATION_MESSAGE)
                    .set(NOTIFICATION_MESSAGE.STATUS, MessageStatus.SENDING.name())
                    .set(NOTIFICATION_MESSAGE.CLAIMED_UNTIL, leaseUntil)
                    .where(NOTIFICATION_MESSAGE.ID.in(ids)).execute();
        }
        return ids;
    }

    /** The stored row of a claimed message, for the worker. */
    Optional<Stored> stored(long id) {
        return db.selectFrom(NOTIFICATION_MESSAGE).where(NOTIFICATION_MESSAGE.ID.eq(id)).fetchOptional()
                .map(r -> new Stored(toMessage(r), r.getParams(),
                        r.getForcedChannel() == null ? null : Channel.valueOf(r.getForcedChannel())));
    }

    /** A message row with what only the worker needs: the event's values and a forced channel. */
    record Stored(Message message, String params, @Nullable Channel forced) {
    }

    void rendered(long id, Channel channel, String language, String recipient, String subject, String text) {
        db.update(NOTIFICATION_MESSAGE)
                .set(NOTIFICATION_MESSAGE.CHANNEL, channel.name())
                .set(NOTIFICATION_MESSAGE.LANGUAGE, language)
                .set(NOTIFICATION_MESSAGE.RECIPIENT, recipient)
                .set(NOTIFICATION_MESSAGE.SUBJECT, subject)
                .set(NOTIFICATION_MESSAGE.BODY, text)
                .where(NOTIFICATION_MESSAGE.ID.eq(id)).execute();
    }

    /** Marks a claimed message sent; a message already sent stays as it was. */
    void sent(long id, LocalDateTime at) {
        db.update(NOTIFICATION_MESSAGE)
                .set(NOTIFICATION_MESSAGE.STATUS, MessageStatus.SENT.name())
                .set(NOTIFICATION_MESSAGE.SENT_AT, at)
                .setNull(NOTIFICATION_MESSAGE.CLAIMED_UNTIL)
                .setNull(NOTIFICATION_MESSAGE.LAST_ERROR)
                .where(NOTIFICATION_MESSAGE.ID.eq(id), NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.SENDING.name()))
                .execute();
    }

    /** Ends a claim without sending: queued again (retry or waiting), failed for good, or skipped. */
    void release(long id, MessageStatus status, int attempts, String error, LocalDateTime nextAttemptAt) {
        db.update(NOTIFICATION_MESSAGE)
                .set(NOTIFICATION_MESSAGE.STATUS, status.name())
                .set(NOTIFICATION_MESSAGE.ATTEMPTS, attempts)
                .set(NOTIFICATION_MESSAGE.LAST_ERROR, error.length() > MAX_ERROR_LENGTH
                        ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .set(NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT, nextAttemptAt)
                .setNull(NOTIFICATION_MESSAGE.CLAIMED_UNTIL)
                .where(NOTIFICATION_MESSAGE.ID.eq(id), NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.SENDING.name()))
                .execute();
    }

    boolean retry(long id, LocalDateTime now) {
        return db.update(NOTIFICATION_MESSAGE)
                .set(NOTIFICATION_MESSAGE.STATUS, MessageStatus.QUEUED.name())
                .set(NOTIFICATION_MESSAGE.ATTEMPTS, 0)
                .set(NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT, now)
                .where(NOTIFICATION_MESSAGE.ID.eq(id), NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.FAILED.name()))
                .execute() == 1;
    }

    /**
     * Deletes finished messages (sent, failed, skipped) created before {@code cutoff}, {@code chunk} rows per
     * statement, each committed on its own so no long transaction holds the outbox; returns how many went.
     */
    long purgeFinished(LocalDateTime cutoff, int chunk) {
        long total = 0;
        int deleted;
        do {
            deleted = db.deleteFrom(NOTIFICATION_MESSAGE)
                    .where(NOTIFICATION_MESSAGE.CREATED_AT.lt(cutoff), NOTIFICATION_MESSAGE.STATUS.in(
                            MessageStatus.SENT.name(), MessageStatus.FAILED.name(), MessageStatus.SKIPPED.name()))
                    .limit(chunk).execute();
            total += deleted;
        } while (deleted == chunk);
        return total;
    }

    boolean opened(long id, LocalDateTime at) {
        return db.update(NOTIFICATION_MESSAGE)
                .set(NOTIFICATION_MESSAGE.OPENED_AT, at)
                .where(NOTIFICATION_MESSAGE.ID.eq(id), NOTIFICATION_MESSAGE.OPENED_AT.isNull(),
                        NOTIFICATION_MESSAGE.CHANNEL.eq(Channel.EMAIL.name()))
                .execute() == 1;
    }

    /**
     * Up to {@code limit} e-mails sent before {@code sentBefore} and never opened, not followed up yet, locked (other
     * instances skip them): the cascade's candidates.
     */
    List<Stored> unopenedEmails(LocalDateTime sentBefore, int limit) {
        return db.selectFrom(NOTIFICATION_MESSAGE)
                .where(NOTIFICATION_MESSAGE.CHANNEL.eq(Channel.EMAIL.name()),
                        NOTIFICATION_MESSAGE.STATUS.eq(MessageStatus.SENT.name()),
                        NOTIFICATION_MESSAGE.CASCADE_DONE.isFalse(),
                        NOTIFICATION_MESSAGE.SENT_AT.lt(sentBefore),
                        NOTIFICATION_MESSAGE.OPENED_AT.isNull())
                .orderBy(NOTIFICATION_MESSAGE.SENT_AT).limit(limit)
                .forUpdate().skipLocked()
                .fetch(r -> new Stored(toMessage(r), r.getParams(), null));
    }

    void cascaded(Collection<Long> ids) {
        db.update(NOTIFICATION_MESSAGE).set(NOTIFICATION_MESSAGE.CASCADE_DONE, true)
                .where(NOTIFICATION_MESSAGE.ID.in(ids)).execute();
    }

    List<Message> ofCustomer(long customerId, int limit) {
        return db.selectFrom(NOTIFICATION_MESSAGE).where(NOTIFICATION_MESSAGE.CUSTOMER_ID.eq(customerId))
                .orderBy(NOTIFICATION_MESSAGE.CREATED_AT.desc(), NOTIFICATION_MESSAGE.ID.desc()).limit(limit)
                .fetch(OutboxTable::toMessage);
    }

    List<Message> withStatus(Collection<MessageStatus> statuses, int limit) {
        List<String> names = new ArrayList<>();
        statuses.forEach(s -> names.add(s.name()));
        return db.selectFrom(NOTIFICATION_MESSAGE).where(NOTIFICATION_MESSAGE.STATUS.in(names))
                .orderBy(NOTIFICATION_MESSAGE.NEXT_ATTEMPT_AT, NOTIFICATION_MESSAGE.ID).limit(limit)
                .fetch(OutboxTable::toMessage);
    }

    Optional<Message> find(long id) {
        return db.selectFrom(NOTIFICATION_MESSAGE).where(NOTIFICATION_MESSAGE.ID.eq(id)).fetchOptional()
                .map(OutboxTable::toMessage);
    }

    private static Message toMessage(Record row) {
        var r = row.into(NOTIFICATION_MESSAGE);
        return new Message(r.getId(), r.getCustomerId(), EventType.valueOf(r.getEventType()),
                MessageStatus.valueOf(r.getStatus()), r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
                r.getLanguage(), r.getRecipient(), r.getSubject(), r.getBody(), r.getAttempts(), r.getLastError(),
                r.getParentId(), r.getCreatedAt(), r.getNextAttemptAt(), r.getSentAt(), r.getOpenedAt());
    }
}
