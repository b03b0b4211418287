/**
 * The points ledger: accounts, balanced transfers, lots with expiry, balances, idempotency and payouts; it knows nothing of orders or promotions.
 */
@NullMarked
package io.kopilka.ledger;

import org.jspecify.annotations.NullMarked;
