/**
 * The order lifecycle (lines, payments, statuses, returns, partial deliveries, revisions) and the postings that turn an order into points.
 */
@NullMarked
package io.kopilka.orders;

import org.jspecify.annotations.NullMarked;
