package io.kopilka.promotions;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A customer's progress in a challenge.
 *
 * @param units       units bought so far (net of returns)
 * @param amount      roubles spent so far (net of returns)
 * @param completedAt when the bonus was granted, or null
 */
public record ChallengeProgress(Promotion challenge, int units, BigDecimal amount,
                                @Nullable LocalDateTime completedAt) {

    /** Progress towards the threshold, 0..100. */
    public int percent() {
        PromotionTerms terms = challenge.terms();
        if (completedAt != null) {
            return 100;
        }
        if (terms.thresholdUnits() != null && terms.thresholdUnits() > 0) {
            return Math.min(100, units * 100 / terms.thresholdUnits());
        }
        if (terms.thresholdAmount() != null && terms.thresholdAmount().signum() > 0) {
            return Math.min(100, amount.multiply(BigDecimal.valueOf(100))
                    .divide(terms.thresholdAmount(), 0, java.math.RoundingMode.DOWN).intValue());
        }
        return 0;
    }
}
