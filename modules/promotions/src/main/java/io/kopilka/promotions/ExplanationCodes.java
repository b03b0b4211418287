package io.kopilka.promotions;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The explanation codes the calculation produces and, for each, the names of its parameters in the order its message
 * takes them as {@code {0}}, {@code {1}}… ({@code calculation.explanation.<CODE>} in the web layer's bundles).
 */
public final class ExplanationCodes {

    /** No customer was identified: no cashback, no redemption. */
    public static final String ANONYMOUS = "ANONYMOUS";
    /** A line's brand is excluded from the tier discount. */
    public static final String BRAND_EXCLUDED = "BRAND_EXCLUDED";
    /** The tier's discount was taken off the order. */
    public static final String TIER_DISCOUNT = "TIER_DISCOUNT";
    /** More points were asked for than the tier's share of the order allows. */
    public static final String REDEEM_LIMITED_BY_TIER = "REDEEM_LIMITED_BY_TIER";
    /** More points were asked for than the account has available. */
    public static final String INSUFFICIENT_POINTS = "INSUFFICIENT_POINTS";
    /** Points pay whole roubles of each line only, and that, not the tier or the balance, limited the redemption. */
    public static final String REDEEM_LIMITED_TO_WHOLE_ROUBLES = "REDEEM_LIMITED_TO_WHOLE_ROUBLES";
    /** The part paid with points earns no cashback. */
    public static final String NO_CASHBACK_ON_POINTS = "NO_CASHBACK_ON_POINTS";
    /** The order is below its region's minimum for cashback. */
    public static final String BELOW_REGION_MINIMUM = "BELOW_REGION_MINIMUM";
    /** The tier's cashback on the part paid with money. */
    public static final String TIER_CASHBACK = "TIER_CASHBACK";
    /** The monthly cashback cap cut this order's cashback. */
    public static final String MONTHLY_CAP_REACHED = "MONTHLY_CAP_REACHED";

    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            ANONYMOUS, List.of(),
            BRAND_EXCLUDED, List.of("brand", "lineId"),
            TIER_DISCOUNT, List.of("tier", "percent", "amount"),
            REDEEM_LIMITED_BY_TIER, List.of("tier", "percent", "limit", "requested"),
            INSUFFICIENT_POINTS, List.of("available", "requested"),
            REDEEM_LIMITED_TO_WHOLE_ROUBLES, List.of("limit", "requested"),
            NO_CASHBACK_ON_POINTS, List.of("points"),
            BELOW_REGION_MINIMUM, List.of("region", "minimum", "total"),
            TIER_CASHBACK, List.of("tier", "percent", "base", "points"),
            MONTHLY_CAP_REACHED, List.of("cap", "alreadyThisMonth", "given", "notGiven"));

    private ExplanationCodes() {
    }

    /** Every code the calculation may produce. */
    public static Set<String> codes() {
        return ARGUMENTS.keySet();
    }

    /** The parameter names of a code in its message's argument order; empty for a code without parameters or unknown. */
    public static List<String> argumentNames(String code) {
        return ARGUMENTS.getOrDefault(code, List.of());
    }

    /** The explanation's parameter values in its message's argument order, ready for a {@code MessageSource}. */
    public static Object[] arguments(Explanation explanation) {
        return argumentNames(explanation.code()).stream()
                .map(name -> explanation.params().getOrDefault(name, ""))
                .toArray();
    }
}
