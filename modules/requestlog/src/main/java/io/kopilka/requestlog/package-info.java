/**
 * The request log for support: every API call with its integration, order and customer, status, duration and masked bodies.
 */
@NullMarked
package io.kopilka.requestlog;

import org.jspecify.annotations.NullMarked;
