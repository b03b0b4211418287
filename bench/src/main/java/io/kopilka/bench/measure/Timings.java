package io.kopilka.bench.measure;

import java.util.Arrays;

/** Response times of one page kind: percentiles by nearest rank. */
final class Timings {

    private final double[] ms;
    private final double wallSeconds;

    Timings(double[] ms, double wallSeconds) {
        this.ms = ms.clone();
        Arrays.sort(this.ms);
        this.wallSeconds = wallSeconds;
    }

    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * ms.length);
        return ms[Math.max(0, Math.min(ms.length - 1, rank - 1))];
    }

    /** One line: count, p50, p90, p99, max and requests per second. */
    String line(String label) {
        return String.format("%-34s n=%5d p50=%7.1f ms p90=%7.1f ms p99=%7.1f ms max=%7.1f ms %6.1f req/s",
                label, ms.length, percentile(50), percentile(90), percentile(99), ms[ms.length - 1],
                ms.length / wallSeconds);
    }
}
