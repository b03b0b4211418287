package io.kopilka.bench.measure;

import io.kopilka.bench.Options;

/** Placeholder. */
public final class ReportingCommand {

    private ReportingCommand() {
    }

    public static void run(Options options) {
        throw new UnsupportedOperationException();
    }
}
