package io.kopilka.audit;

import java.util.List;

/** Records staff changes and lists them for administrators. */
public interface AuditLog {

    /** Records a change, in the caller's transaction, so the change and its record commit or roll back together. */
    void record(StaffChange change);

    /** The entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query);
}
