package io.kopilka.ledger.internal;

/** Points a transfer took from one lot. */
record LotUse(long lotTransferId, int lotLineNo, long points) {
}
