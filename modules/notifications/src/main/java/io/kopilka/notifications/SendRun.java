package io.kopilka.notifications;

/**
 * What one pass of the worker did.
 *
 * @param claimed messages claimed
 * @param sent    accepted by the SMTP server or the provider
 * @param failed  failed (to be retried, or given up)
 * @param skipped not sent on purpose (no consent, no customer)
 * @param waiting left queued because their channel is not configured
 */
public record SendRun(int claimed, int sent, int failed, int skipped, int waiting) {
}
