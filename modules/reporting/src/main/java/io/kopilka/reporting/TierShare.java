package io.kopilka.reporting;

/** The people in a tier as of the snapshot date, and their share of all people. */
public record TierShare(String tier, long customers, Share share) {
}
