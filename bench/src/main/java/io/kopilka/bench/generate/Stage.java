package io.kopilka.bench.generate;

/** One step of the generation: a handful of set-based statements over one group of tables. */
interface Stage {

    /** A short name for the timings. */
    String name();

    /** Writes the stage's rows. */
    void run(Sql sql, Scale scale);

    /** Runs {@code statement} for each range [from, to] of 1..total in chunks of {@code chunk}. */
    static void inChunks(long total, long chunk, RangeStatement statement) {
        for (long from = 1; from <= total; from += chunk) {
            statement.run(from, Math.min(total, from + chunk - 1));
        }
    }

    /** A statement over a range of sequence numbers. */
    @FunctionalInterface
    interface RangeStatement {
        void run(long from, long to);
    }
}
