package io.kopilka.ledger;

/** Argument checks shared by the command records. */
final class Checks {

    private Checks() {
    }

    static void positive(long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("Points must be positive: " + points);
        }
    }

    static void notNegative(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("Points must not be negative: " + points);
        }
    }
}
