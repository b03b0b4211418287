package io.kopilka.programme;

import java.util.List;

/** The programme's structure: its networks, regions and tiers. */
public interface Programme {

    /** All networks, by code. */
    List<Network> networks();

    /** All regions, by code. */
    List<Region> regions();

    /** All tiers, lowest first. */
    List<Tier> tiers();

    /** Whether nothing has been defined yet (a new installation). */
    boolean isEmpty();

    /** Adds a network; its code must be new. */
    void addNetwork(Network network);

    /** Adds a region; its code must be new. */
    void addRegion(Region region);

    /** Adds a tier; its code and rank must be new. */
    void addTier(Tier tier);

    /** The tier with this code, if any. */
    java.util.Optional<Tier> tier(String code);

    /**
     * Changes a tier's settings for orders placed from now on, recorded in the audit log as done by {@code actor};
     * refused with {@link InvalidTierSettingsException} when a value is out of range or the thresholds would no
     * longer rise with the tiers.
     */
    Tier changeTier(String code, TierSettings settings, String actor);
}
