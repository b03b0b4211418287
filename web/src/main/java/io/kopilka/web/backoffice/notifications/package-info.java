/**
 * Notifications in the back office: the marketers' template editor with its live preview, the administrators'
 * outbox, the messages on a customer's page, and the e-mails' public opening receipt.
 */
@NullMarked
package io.kopilka.web.backoffice.notifications;

import org.jspecify.annotations.NullMarked;
