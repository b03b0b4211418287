package io.kopilka.customers.internal;

import io.kopilka.customers.CustomerTier;
import io.kopilka.programme.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The programme's tiers, lowest first, looked up by code: read once per call, since names may change in the programme. */
record TierNames(List<Tier> ladder, Map<String, Tier> byCode) {

    static TierNames of(List<Tier> tiers) {
        List<Tier> ladder = tiers.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        return new TierNames(ladder, ladder.stream().collect(Collectors.toMap(Tier::code, Function.identity())));
    }

    /** The tier a person is given at registration. */
    Tier lowest() {
        if (ladder.isEmpty()) {
            throw new IllegalStateException("The programme has no tiers yet: define them before registering customers");
        }
        return ladder.get(0);
    }

    Optional<Tier> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The tier directly above the given one; empty at the top. */
    Optional<Tier> above(String code) {
        Tier current = byCode.get(code);
        return ladder.stream().filter(tier -> current == null || tier.rank() > current.rank()).findFirst();
    }

    /** The highest tier whose threshold {@code measure} reaches (the lowest tier when none is). */
    Tier reachedWith(java.math.BigDecimal measure) {
        Tier reached = lowest();
        for (Tier tier : ladder) {
            if (tier.qualifyingPurchases().compareTo(measure) <= 0) {
                reached = tier;
            }
        }
        return reached;
    }

    /** The customer's view of a tier; a code the programme no longer has keeps its code as the name. */
    CustomerTier view(String code) {
        return find(code).map(tier -> new CustomerTier(tier.code(), tier.name())).orElse(new CustomerTier(code, code));
    }

    /** The tier's rank, lowest for a code the programme no longer has. */
    int rank(String code) {
        return find(code).map(Tier::rank).orElse(Integer.MIN_VALUE);
    }
}
