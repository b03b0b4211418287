package io.kopilka.promotions;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whom and where a promotion applies to; an empty set means no restriction.
 *
 * @param tiers    tier codes
 * @param networks network codes
 * @param regions  region codes
 * @param channels channels
 */
public record Audience(Set<String> tiers, Set<String> networks, Set<String> regions, Set<Channel> channels) {

    /** Copies the sets. */
    public Audience {
        tiers = Set.copyOf(tiers);
        networks = Set.copyOf(networks);
        regions = Set.copyOf(regions);
        channels = Set.copyOf(channels);
    }

    /** Everyone, everywhere. */
    public static Audience everyone() {
        return new Audience(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Whether an order of the basket by a customer of the tier (null: anonymous) is in the audience. */
    public boolean includes(Basket basket, @Nullable String tier) {
        return (tiers.isEmpty() || tier != null && tiers.contains(tier))
                && (networks.isEmpty() || networks.contains(basket.network()))
                && (regions.isEmpty() || regions.contains(basket.region()))
                && (channels.isEmpty() || channels.contains(basket.channel()));
    }
}
