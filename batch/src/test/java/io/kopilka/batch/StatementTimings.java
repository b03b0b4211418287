package io.kopilka.batch;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Adds up the time jOOQ spends on each kind of statement (rendering, execution and fetching), so a benchmark can
 * print where its time goes. Statements are grouped by their first words, which name the table and the operation.
 */
final class StatementTimings implements ExecuteListener {

    private static final int SHAPE_LENGTH = 90;

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> started = new ThreadLocal<>();

    @Override
    public void start(ExecuteContext ctx) {
        started.set(System.nanoTime());
    }

    @Override
    public void end(ExecuteContext ctx) {
        Long from = started.get();
        if (from == null) {
            return;
        }
        String sql = ctx.sql() == null ? "?" : ctx.sql();
        String shape = sql.substring(0, Math.min(SHAPE_LENGTH, sql.length())).replaceAll("\\d+", "N");
        nanos.computeIfAbsent(shape, s -> new LongAdder()).add(System.nanoTime() - from);
        counts.computeIfAbsent(shape, s -> new LongAdder()).increment();
    }

    /** The statements by total time, longest first, one per line. */
    String report() {
        return nanos.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .map(e -> String.format("%8.2f s %7d × %s", e.getValue().sum() / 1e9, counts.get(e.getKey()).sum(),
                        e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
