package io.kopilka.promotions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Promotions as marketers manage them: create (as a draft, or launched now or for later), change, pause, resume and
 * end, each change audited; the preview before launching, the results and what a customer is offered.
 */
public interface Promotions {

    /**
     * Creates a promotion; {@code launch} makes it scheduled (active once its start comes), otherwise it is a draft.
     *
     * @throws InvalidPromotionException with a message key per invalid field
     */
    Promotion create(PromotionTerms terms, boolean launch, String actor);

    /** Changes the terms of a promotion that has not ended. */
    Promotion update(long id, PromotionTerms terms, String actor);

    /** Launches a draft or resumes a paused promotion. */
    Promotion launch(long id, String actor);

    /** Pauses an active or scheduled promotion: it stops applying until resumed. */
    Promotion pause(long id, String actor);

    /** Ends a promotion for good. */
    Promotion end(long id, String actor);

    /** The promotion, if it exists. */
    Optional<Promotion> find(long id);

    /** Every promotion, newest first. */
    List<Promotion> list();

    /** What the terms would give, judged by the 30 days before {@code now}. */
    PromotionPreview preview(PromotionTerms terms, LocalDateTime now);

    /** What the promotion achieved so far. */
    PromotionResults results(long id);

    /** The promotions in effect now that may apply to the customer's orders (their tier is in the audience). */
    List<Promotion> offersFor(long customerId, LocalDateTime now);

    /** The customer's progress in the challenges in effect now, and in those they completed. */
    List<ChallengeProgress> challengesOf(long customerId, LocalDateTime now);
}
