package io.kopilka.promotions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Grants to audiences, chunk by chunk: each chunk records (promotion, member) and credits the chunk's members in one
 * ledger transfer, in one transaction, so a member is granted once however often a chunk is repeated.
 */
public interface PromotionGrants {

    /** The grant promotions that have started before {@code until} and are neither paused nor ended, oldest first. */
    List<Long> due(LocalDateTime until);

    /**
     * Grants the promotion to the next at most {@code size} eligible customers not yet granted, in customer id order;
     * returns how many were granted (0: the promotion's audience is done).
     */
    int grantNextChunk(long promotionId, int size);
}
