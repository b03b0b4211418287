package io.kopilka.db.replica;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code kopilka.replica.url} (set from {@code KOPILKA_DB_REPLICA_URL}) has text. */
class ReplicaUrlCondition implements Condition {

    static final String URL = "kopilka.replica.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(URL));
    }
}
