package io.kopilka.promotions;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A promotion as stored: its terms, the status the marketer set and the part of its budget used so far.
 *
 * @param status the status as set; {@link #statusAt} tells the status at a moment (a scheduled one that has
 *               started is active, an active one past its end is ended)
 */
public record Promotion(long id, PromotionStatus status, PromotionTerms terms, BigDecimal budgetUsed,
                        String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** The status at the moment, given the period. */
    public PromotionStatus statusAt(LocalDateTime now) {
        if (status == PromotionStatus.SCHEDULED || status == PromotionStatus.ACTIVE) {
            if (terms.endsAt() != null && !now.isBefore(terms.endsAt())) {
                return PromotionStatus.ENDED;
            }
            return now.isBefore(terms.startsAt()) ? PromotionStatus.SCHEDULED : PromotionStatus.ACTIVE;
        }
        return status;
    }

    /** Whether it applies to what happens at the moment. */
    public boolean inEffectAt(LocalDateTime at) {
        return statusAt(at) == PromotionStatus.ACTIVE;
    }

    /** What is left of the budget, or null without a cap. */
    public BigDecimal budgetLeft() {
        return terms.budgetCap() == null ? null : terms.budgetCap().subtract(budgetUsed).max(BigDecimal.ZERO);
    }
}
