/**
 * Messages triggered by events: the outbox, the channels (e-mail, SMS, push) and the cascade between them.
 */
@NullMarked
package io.kopilka.notifications;

import org.jspecify.annotations.NullMarked;
