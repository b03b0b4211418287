/**
 * The reporting module's implementation: the roll-up statements that fill the report tables from the other modules'
 * tables, and the queries the report pages run on the roll-ups.
 */
@NullMarked
package io.kopilka.reporting.internal;

import org.jspecify.annotations.NullMarked;
