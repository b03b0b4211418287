package io.kopilka.ledger.internal;

import io.kopilka.ledger.Account;
import org.jspecify.annotations.Nullable;

/** One entry of a transfer being built; {@code lotExpiresAt} set when the line opens a lot. */
record Line(int lineNo, Account account, @Nullable Long memberId, long amount, @Nullable String sourceRef,
        java.time.@Nullable LocalDateTime lotExpiresAt) {
}
