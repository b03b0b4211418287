package io.kopilka.ledger;

/**
 * Points earned in one network and spent (redeemed) in another, for "earned here, spent there" reports.
 *
 * @param earnedIn the network of the lots spent
 * @param spentIn  the network of the redemptions
 * @param points   points, net of nothing: give-backs of returns are not subtracted
 */
public record Attribution(String earnedIn, String spentIn, long points) {
}
