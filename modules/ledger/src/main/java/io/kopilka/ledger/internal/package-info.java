/**
 * The ledger's implementation: jOOQ persistence, locking, idempotency and the set-based bulk statements.
 */
@NullMarked
package io.kopilka.ledger.internal;

import org.jspecify.annotations.NullMarked;
