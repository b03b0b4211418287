/** The order processing: validation, storage, ledger postings, settlement. */
@NullMarked
package io.kopilka.orders.internal;

import org.jspecify.annotations.NullMarked;
