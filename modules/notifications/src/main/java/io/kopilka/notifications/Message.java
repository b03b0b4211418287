package io.kopilka.notifications;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox: what was (or will be) told to a customer, through which channel, and how sending went.
 * Channel, language, recipient, subject and text are known once the worker has rendered it.
 *
 * @param id            the message id, which the SMTP server and the provider also receive
 * @param customerId    the customer
 * @param event         what it tells
 * @param status        where it stands
 * @param channel       the channel chosen
 * @param language      the language it is written in
 * @param recipient     the e-mail address, the phone, or the customer id for push
 * @param subject       the e-mail subject (or the template's subject for SMS and push)
 * @param text          the plain text sent
 * @param attempts      failed attempts so far
 * @param lastError     why the last attempt failed, or why it was skipped (a message code or the provider's answer)
 * @param parentId      the unopened e-mail an SMS follows up (the cascade)
 * @param createdAt     when it was queued (UTC)
 * @param nextAttemptAt when the worker tries it next (UTC)
 * @param sentAt        when it was sent (UTC)
 * @param openedAt      when the e-mail was first opened (UTC)
 */
public record Message(long id, long customerId, EventType event, MessageStatus status, @Nullable Channel channel,
                      @Nullable String language, @Nullable String recipient, @Nullable String subject,
                      @Nullable String text, int attempts, @Nullable String lastError, @Nullable Long parentId,
                      LocalDateTime createdAt, LocalDateTime nextAttemptAt, @Nullable LocalDateTime sentAt,
                      @Nullable LocalDateTime openedAt) {
}
