package io.kopilka.web.api.admin;

import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.LedgerCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator endpoint: the ledger's invariants checked over the whole database. */
@RestController
@Tag(name = "Operator")
class LedgerCheckController {

    private final Ledger ledger;

    LedgerCheckController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/admin/ledger/check")
    @Operation(summary = "Check the ledger: every transfer balances, no negative balance, balances equal their entries and lots")
    LedgerCheck check() {
        return ledger.check();
    }
}
