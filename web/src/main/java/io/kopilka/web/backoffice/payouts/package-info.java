/**
 * The finance queue of payouts waiting for a decision: approve or reject, audited.
 */
@NullMarked
package io.kopilka.web.backoffice.payouts;

import org.jspecify.annotations.NullMarked;
