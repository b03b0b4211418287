/**
 * The staff's customer pages: search by phone, card, e-mail or name; a customer's profile, balances, tiers and points
 * history; administrators' manual adjustments. Companies too: search by INN or name, and a company's buyers, balances
 * and points history.
 */
@NullMarked
package io.kopilka.web.backoffice.customers;

import org.jspecify.annotations.NullMarked;
