package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpeningReceiptsTest extends NotificationsIntegrationTest {

    @Autowired
    OpeningReceipts receipts;
    @Autowired
    DSLContext db;

    @Test
    void aReceiptNamesItsOwnMessageAndNoOther() {
        String receipt = receipts.of(41);

        assertThat(receipt).startsWith("41-").hasSize("41-".length() + 22);
        assertThat(receipts.messageOf(receipt)).hasValue(41);
        String otherSignature = receipts.of(42).substring("42-".length());
        assertThat(receipts.messageOf("41-" + otherSignature)).isEmpty();
        assertThat(receipts.messageOf("41")).isEmpty();
        assertThat(receipts.messageOf("41-")).isEmpty();
        assertThat(receipts.messageOf("-" + otherSignature)).isEmpty();
        assertThat(receipts.messageOf(receipt.substring(0, receipt.length() - 1))).isEmpty();
    }

    @Test
    void everyInstanceSignsWithTheInstallationsOneKey() {
        // a second instance of the portal starting on the same database, or this one after a restart
        OpeningReceipts anotherInstance = new OpeningReceipts(db);

        assertThat(anotherInstance.of(7)).isEqualTo(receipts.of(7));
        assertThat(anotherInstance.messageOf(receipts.of(8))).hasValue(8);
    }
}
