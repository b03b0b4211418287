/**
 * The order calculation as a pipeline of ordered steps over one working state, and the steps of the programme's rules.
 */
@NullMarked
package io.kopilka.promotions.internal;

import org.jspecify.annotations.NullMarked;
