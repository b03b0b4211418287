/**
 * The administrators' check of the whole points ledger.
 */
@NullMarked
package io.kopilka.web.backoffice.ledger;

import org.jspecify.annotations.NullMarked;
