/**
 * Read models and roll-ups of the programme's figures, and their CSV export.
 */
@NullMarked
package io.kopilka.reporting;

import org.jspecify.annotations.NullMarked;
