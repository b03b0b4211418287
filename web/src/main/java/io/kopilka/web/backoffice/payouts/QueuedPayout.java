package io.kopilka.web.backoffice.payouts;

import io.kopilka.ledger.Payout;
import org.jspecify.annotations.Nullable;

/**
 * A payout waiting for finance, with who asked for it: a customer (linked to their page) or a company.
 *
 * @param payout     the payout
 * @param name       the person's or company's name, or null when the member is unknown to the customers module
 * @param phone      the person's phone, null for a company
 * @param customerId the person's id for the link, null for a company
 */
record QueuedPayout(Payout payout, @Nullable String name, @Nullable String phone, @Nullable Long customerId) {
}
