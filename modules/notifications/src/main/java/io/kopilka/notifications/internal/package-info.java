/**
 * The outbox table, the event listeners that fill it, the worker, the channels and the template renderer.
 */
@NullMarked
package io.kopilka.notifications.internal;

import org.jspecify.annotations.NullMarked;
