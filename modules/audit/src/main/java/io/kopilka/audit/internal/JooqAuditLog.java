package io.kopilka.audit.internal;

import static io.kopilka.db.Tables.AUDIT_ENTRY;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JooqAuditLog implements AuditLog {

    private final DSLContext db;

    JooqAuditLog(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(StaffChange change) {
        db.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.ID, AUDIT_ENTRY.AT, AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.SUBJECT, AUDIT_ENTRY.BEFORE_TEXT, AUDIT_ENTRY.AFTER_TEXT)
                .values(Ids.next(), LocalDateTime.now(ZoneOffset.UTC), change.actor(), change.action(),
                        change.subject(), change.before(), change.after())
                .execute();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add(AUDIT_ENTRY.ACTOR.eq(query.actor().strip().toLowerCase()));
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add(AUDIT_ENTRY.ACTION.startsWith(query.action().strip()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.AT.ge(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_ENTRY.AT.lt(query.to().plusDays(1).atStartOfDay()));
        }
        if (query.afterId() != null) {
            conditions.add(AUDIT_ENTRY.ID.lt(query.afterId())); // ids grow with time: keyset paging, newest first
        }
        return db.selectFrom(AUDIT_ENTRY)
                .where(conditions)
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(query.limit())
                .fetch(entry -> new AuditEntry(entry.getId(), entry.getAt(), entry.getActor(), entry.getAction(),
                        entry.getSubject(), entry.getBeforeText(), entry.getAfterText()));
    }
}
