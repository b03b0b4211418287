/**
 * The audit log: who changed what and when, with the values before and after, for every staff change.
 */
@NullMarked
package io.kopilka.audit;

import org.jspecify.annotations.NullMarked;
