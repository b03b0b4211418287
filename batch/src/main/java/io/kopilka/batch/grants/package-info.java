/**
 * The grants job: promotions' grants to audiences, set-based in chunks.
 */
@NullMarked
package io.kopilka.batch.grants;

import org.jspecify.annotations.NullMarked;
