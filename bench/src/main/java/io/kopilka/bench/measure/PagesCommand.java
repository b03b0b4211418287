package io.kopilka.bench.measure;

import io.kopilka.bench.Options;

/** Placeholder. */
public final class PagesCommand {

    private PagesCommand() {
    }

    public static void run(Options options) {
        throw new UnsupportedOperationException();
    }
}
