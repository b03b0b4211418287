/**
 * Scheduled work on Spring Batch with the JDBC job repository: each job takes the business date {@code asOf}, never the clock.
 */
@NullMarked
package io.kopilka.batch;

import org.jspecify.annotations.NullMarked;
