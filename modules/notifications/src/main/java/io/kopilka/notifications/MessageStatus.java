package io.kopilka.notifications;

/** Where a message of the outbox stands. */
public enum MessageStatus {
    /** Waiting for the worker (new, or retrying after a failure, or its channel is not configured yet). */
    QUEUED,
    /** Claimed by a worker; claimed again after the claim's lease when that worker died before marking it. */
    SENDING,
    /** Accepted by the SMTP server or the provider; never sent again. */
    SENT,
    /** Gave up after the last attempt; an administrator may queue it again. */
    FAILED,
    /** Not sent on purpose: no consent for any usable channel, or no such customer. */
    SKIPPED
}
