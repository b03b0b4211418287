package io.kopilka.ledger.internal;

import io.kopilka.ledger.TransferKind;
import org.jspecify.annotations.Nullable;

/** A transfer found by its idempotency key. */
record StoredTransfer(long id, TransferKind kind, @Nullable String fingerprint, @Nullable Long memberId) {
}
