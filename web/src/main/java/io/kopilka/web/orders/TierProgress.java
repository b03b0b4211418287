package io.kopilka.web.orders;

import org.jspecify.annotations.Nullable;

/**
 * How far a person is from their next tier, as the cabinet and the offer sheet say it.
 *
 * @param currentTier   the person's tier by name
 * @param nextTier      the tier above, or null when the person has the highest
 * @param remaining     "12 400 ₽" still to buy for it, or null at the highest tier
 * @param bought        what they bought in the window, in words
 * @param value         purchases in the window in whole roubles, for the progress bar
 * @param max           the next tier's threshold in whole roubles (the bar's end); at the highest tier equals value
 * @param windowMonths  the qualification window
 */
public record TierProgress(String currentTier, @Nullable String nextTier, @Nullable String remaining, String bought,
                           long value, long max, int windowMonths) {

    /** Whether the person already has the highest tier. */
    public boolean highest() {
        return nextTier == null;
    }

    /** The share of the way to the next tier in whole percent, 0–100. */
    public int percent() {
        return max <= 0 ? 100 : (int) Math.min(100, value * 100 / max);
    }
}
