package io.kopilka.notifications;

import io.kopilka.customers.CustomerId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox of messages to customers: what they were told, the worker's sending passes, the cascade from unopened
 * e-mails to SMS, opening receipts and retries.
 */
public interface Notifications {

    /** The customer's messages, newest first, at most {@code limit}. */
    List<Message> messagesOf(CustomerId customer, int limit);

    /** Messages in any of the statuses, oldest due first, at most {@code limit}: the outbox page. */
    List<Message> outbox(Set<MessageStatus> statuses, int limit);

    /** The message with this id. */
    Optional<Message> find(long messageId);

    /**
     * Queues a failed message again, due at once, with its attempts counted from zero, and records who did it in the
     * audit log; false (and nothing recorded) when it had not failed.
     */
    boolean retry(long messageId, LocalDateTime now, String actor);

    /**
     * Records that the e-mail was opened (its tracking image, carrying the e-mail's signed receipt, was fetched); false
     * for a receipt that is not genuine, or an unknown or already opened e-mail.
     */
    boolean recordOpened(String receipt, LocalDateTime at);

    /** The signed receipt the opening image of this message's e-mail carries: {@code <id>-<signature>}. */
    String openingReceipt(long messageId);

    /**
     * Claims up to a batch of due messages and sends them at the configured rate: renders each on its first attempt,
     * marks it sent, or schedules a retry with back-off. Safe to run on several instances at once.
     */
    SendRun sendDue(LocalDateTime now);

    /**
     * Deletes the finished messages (sent, failed, skipped) created before {@code cutoff}, in chunks; queued ones and
     * those being sent stay whatever their age. Returns how many were deleted.
     */
    long purgeFinishedBefore(LocalDateTime cutoff);

    /** Queues an SMS after each e-mail not opened within the configured days; returns how many were queued. */
    int cascadeDue(LocalDateTime now);

    /** The language the customer is written in: their own choice, or the programme's default. */
    String languageOf(CustomerId customer);

    /**
     * Sets the language the customer is written in, recording who did it ({@code actor}) in the audit log.
     *
     * @throws IllegalArgumentException when it is not one of {@link NotificationTemplates#LANGUAGES}
     */
    void setLanguage(CustomerId customer, String language, String actor);
}
