package io.kopilka.ledger;

import java.util.List;
import java.util.Objects;

/**
 * What points were earned for, e.g. an order and some of its lines; unique within a network.
 *
 * @param ref   the source's reference, e.g. {@code order:4711}
 * @param lines the lines concerned, e.g. line ids; empty for the whole source
 */
public record SourceRef(String ref, List<String> lines) {

    /** Validates the reference and copies the lines. */
    public SourceRef {
        Objects.requireNonNull(ref, "ref");
        if (ref.isBlank() || ref.length() > 100) {
            throw new IllegalArgumentException("A source reference is 1..100 characters");
        }
        lines = List.copyOf(lines);
    }

    /** A whole source without lines. */
    public static SourceRef of(String ref) {
        return new SourceRef(ref, List.of());
    }
}
