package io.kopilka.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.audit.StaffChange;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogPagingTest extends PortalIntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void pagesWalkEveryEntryOnceNewestFirst() {
        String actor = "pager-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 120; i++) {
                audit.record(new StaffChange(actor, "probe.changed", "thing " + i, String.valueOf(i), String.valueOf(i + 1)));
            }
        });

        List<AuditEntry> seen = new ArrayList<>();
        Long after = null;
        do {
            List<AuditEntry> page = audit.search(new AuditQuery(actor, null, null, null, after, 50));
            seen.addAll(page);
            after = page.size() == 50 ? page.get(49).id() : null;
        } while (after != null);

        assertThat(seen).hasSize(120);
        assertThat(seen).extracting(AuditEntry::subject).doesNotHaveDuplicates();
        assertThat(seen.get(0).subject()).isEqualTo("thing 119");
        assertThat(seen).extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aChangeIsRecordedOnlyInsideTheTransactionThatMakesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        audit.record(new StaffChange("admin", "probe.changed", "outside", null, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theAuditPageShowsMoreWithHtmx() {
        String actor = "paged-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 55; i++) {
                audit.record(new StaffChange(actor, "probe.paged", "item " + i, null, null));
            }
        });
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "demo");

        String first = admin.get("/backoffice/audit?actor=" + actor).body();
        assertThat(first).contains("item 54", "id=\"audit-more\"").doesNotContain(">item 4<");
        long lastOnFirstPage = audit.search(new AuditQuery(actor, null, null, null, null, 50)).get(49).id();

        String more = admin.get("/backoffice/audit?actor=" + actor + "&after=" + lastOnFirstPage, "HX-Request", "true").body();
        assertThat(more).contains("item 4", "item 0").doesNotContain("item 54", "<html", "id=\"audit-more\"");
    }
}
