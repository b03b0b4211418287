package io.kopilka.ledger.internal;

/** What is still pending of one source, and whose it is. */
record PendingSource(String network, String sourceRef, long memberId, long points) {
}
