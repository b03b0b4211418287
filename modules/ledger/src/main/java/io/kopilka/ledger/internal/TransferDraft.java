package io.kopilka.ledger.internal;

import io.kopilka.ledger.Account;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.TransferKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A single-member transfer being built in memory; written at once when complete and balanced. */
final class TransferDraft {

    final long id;
    final TransferKind kind;
    final Operation operation;
    final long memberId;
    final @Nullable String sourceRef;
    private final List<Line> lines = new ArrayList<>();
    private final List<LotUse> uses = new ArrayList<>();

    TransferDraft(long id, TransferKind kind, Operation operation, long memberId, @Nullable String sourceRef) {
        this.id = id;
        this.kind = kind;
        this.operation = operation;
        this.memberId = memberId;
        this.sourceRef = sourceRef;
    }

    /** Adds a line; zero amounts are skipped, since a line that moves nothing would only clutter the history. */
    void add(Account account, long amount) {
        addLine(account, amount, null);
    }

    /** Adds an available line that opens a lot expiring at {@code expiresAt}. */
    void openLot(long amount, LocalDateTime expiresAt) {
        addLine(Account.AVAILABLE, amount, expiresAt);
    }

    private void addLine(Account account, long amount, @Nullable LocalDateTime lotExpiresAt) {
        if (amount == 0) {
            return;
        }
        boolean member = account.isMemberAccount();
        lines.add(new Line(lines.size() + 1, account, member ? memberId : null, amount, member ? sourceRef : null,
                lotExpiresAt));
    }

    void used(List<LotUse> lotUses) {
        uses.addAll(lotUses);
    }

    List<Line> lines() {
        return lines;
    }

    List<LotUse> uses() {
        return uses;
    }

    /** The net change of one of the member's accounts. */
    long change(Account account) {
        return lines.stream().filter(l -> l.account() == account).mapToLong(Line::amount).sum();
    }

    boolean balanced() {
        return lines.stream().mapToLong(Line::amount).sum() == 0;
    }
}
