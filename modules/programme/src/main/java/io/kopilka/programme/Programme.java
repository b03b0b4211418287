package io.kopilka.programme;

import java.util.List;

/** The programme's structure and rules: its networks, regions, tiers and policies. */
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

    /** The programme's policies now ({@link ProgrammePolicies#defaults()} until an administrator has saved them). */
    ProgrammePolicies policies();

    /**
     * Changes the policies for orders placed from now on, recorded in the audit log as done by {@code actor};
     * refused with {@link InvalidProgrammeSettingsException} when a value is out of range.
     */
    ProgrammePolicies changePolicies(ProgrammePolicies policies, String actor);

    /** The region with this code, if any. */
    java.util.Optional<Region> region(String code);

    /** Changes a region's name and minimum order, audited; refused with {@link InvalidProgrammeSettingsException}. */
    Region changeRegion(String code, RegionSettings settings, String actor);

    /** Adds a region with a new, valid code, audited; refused with {@link InvalidProgrammeSettingsException}. */
    Region addRegion(Region region, String actor);

    /** The network with this code, if any. */
    java.util.Optional<Network> network(String code);

    /** Renames a network, audited; refused with {@link InvalidProgrammeSettingsException}. */
    Network renameNetwork(String code, String name, String actor);

    /** Adds a network with a new, valid code, audited; refused with {@link InvalidProgrammeSettingsException}. */
    Network addNetwork(Network network, String actor);
}
