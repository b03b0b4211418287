package io.kopilka.customers.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;

/** What the people and company searches share: index-friendly prefix conditions and the merge of their readings. */
final class SearchQueries {

    private SearchQueries() {
    }

    /** Runs the queries in order and keeps each found row once, stopping as soon as {@code limit} are found. */
    static <T> List<T> merged(List<ResultQuery<Record>> queries, Function<Record, T> toResult, Function<T, Long> id,
                              int limit) {
        Map<Long, T> found = new LinkedHashMap<>();
        for (ResultQuery<Record> select : queries) {
            for (Record row : select.fetch()) {
                T result = toResult.apply(row);
                found.putIfAbsent(id.apply(result), result);
            }
            if (found.size() >= limit) {
                break;
            }
        }
        return found.values().stream().limit(limit).toList();
    }

    /** {@code field LIKE 'prefix%'} with the prefix's own wildcards escaped, a form the optimiser turns into an index range. */
    static Condition startsWith(Field<String> field, String prefix) {
        String escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return field.like(escaped + "%", '!');
    }
}
