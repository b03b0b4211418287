package io.kopilka.notifications.internal;

import io.kopilka.notifications.Channel;
import io.kopilka.notifications.EventType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to queue: the event's values now, the rendering later by the worker.
 *
 * @param dedupeKey  a key that makes a repeated event queue nothing; null when the event cannot repeat
 * @param parentId   the e-mail an SMS of the cascade follows up
 * @param forced     the channel of a cascade follow-up; null to choose by contacts and consents
 */
record NewMessage(long customerId, EventType event, Map<String, String> params, @Nullable String dedupeKey,
                  @Nullable Long parentId, @Nullable Channel forced) {

    static NewMessage of(long customerId, EventType event, Map<String, String> params, String dedupeKey) {
        return new NewMessage(customerId, event, params, dedupeKey, null, null);
    }
}
