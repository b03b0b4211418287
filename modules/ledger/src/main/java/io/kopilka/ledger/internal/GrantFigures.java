package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_LOT_USE;
import static io.kopilka.db.Tables.LEDGER_TRANSFER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import io.kopilka.db.tables.LedgerTransfer;
import io.kopilka.ledger.TransferKind;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What became of granted points: how many of the lots granted under a key prefix were spent on orders. */
@Repository
class GrantFigures {

    private final DSLContext db;

    GrantFigures(DSLContext db) {
        this.db = db;
    }

    long redeemedOfGrants(String keyPrefix) {
        LedgerTransfer lot = LEDGER_TRANSFER.as("granting");
        LedgerTransfer use = LEDGER_TRANSFER.as("spending");
        String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.select(coalesce(sum(LEDGER_LOT_USE.POINTS), BigDecimal.ZERO))
                .from(LEDGER_LOT_USE)
                .join(lot).on(lot.ID.eq(LEDGER_LOT_USE.LOT_TRANSFER_ID))
                .join(use).on(use.ID.eq(LEDGER_LOT_USE.TRANSFER_ID))
                .where(lot.KIND.eq(TransferKind.GRANT.name())).and(lot.IDEMPOTENCY_KEY.like(pattern, '\\'))
                .and(use.KIND.eq(TransferKind.REDEMPTION.name()))
                .fetchSingle().value1().longValue();
    }
}
