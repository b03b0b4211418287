package io.kopilka.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.Collection;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.tools.json.JSONArray;

/**
 * A chunk's keys (thousands of ids or source references) as a one-column derived table read from a single JSON
 * parameter with {@code JSON_TABLE}, for statements to join. An {@code IN} list of ten thousand bind values costs more
 * to render, bind and parse than the statement's own work; the join reads each key once and looks its row up by the
 * index (see docs/benchmarks.md, "Settlement of the monthly peak").
 */
public final class ChunkKeys {

    private static final String COLUMN = "v";

    private ChunkKeys() {
    }

    /** The strings as the table {@code alias} with one column, collated like the schema's text columns. */
    public static Table<?> strings(String alias, Collection<String> keys) {
        return keys(alias, keys, "varchar(200) character set utf8mb4 collate utf8mb4_unicode_ci");
    }

    /** The numbers as the table {@code alias} with one column. */
    public static Table<?> longs(String alias, Collection<Long> keys) {
        return keys(alias, keys, "bigint");
    }

    /** The column of a table made by {@link #strings}. */
    public static Field<String> stringKey(String alias) {
        return field(name(alias, COLUMN), String.class);
    }

    /** The column of a table made by {@link #longs}. */
    public static Field<Long> longKey(String alias) {
        return field(name(alias, COLUMN), Long.class);
    }

    private static Table<?> keys(String alias, Collection<?> keys, String type) {
        String json = JSONArray.toJSONString(new ArrayList<>(keys));
        return table("json_table({0}, '$[*]' columns (" + COLUMN + " " + type + " path '$')) as {1}", val(json),
                name(alias));
    }
}
