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
    /** A promotion's extra cashback on the part of the order paid by its payment methods. */
    public static final String PROMOTION_PAYMENT_CASHBACK = "PROMOTION_PAYMENT_CASHBACK";
    /** A promotion's extra cashback on its lines. */
    public static final String PROMOTION_EXTRA_CASHBACK = "PROMOTION_EXTRA_CASHBACK";
    /** A promotion's discount on its lines. */
    public static final String PROMOTION_DISCOUNT = "PROMOTION_DISCOUNT";
    /** A bundle's discount, given because its trigger is in the basket. */
    public static final String PROMOTION_BUNDLE = "PROMOTION_BUNDLE";
    /** A promotion does not apply to a line's brand. */
    public static final String PROMOTION_BRAND_EXCLUDED = "PROMOTION_BRAND_EXCLUDED";
    /** A promotion was not applied because it does not combine with another one applied. */
    public static final String PROMOTION_NOT_COMBINED = "PROMOTION_NOT_COMBINED";
    /** A promotion's budget is used up (or what is left of it cut its effect). */
    public static final String PROMOTION_BUDGET_EXHAUSTED = "PROMOTION_BUDGET_EXHAUSTED";

    /** A birthday discount, given because the order is within the window around the customer's birthday. */
    public static final String PROMOTION_BIRTHDAY_DISCOUNT = "PROMOTION_BIRTHDAY_DISCOUNT";
    /** A birthday discount was not given: an earlier order already took it for this birthday. */
    public static final String PROMOTION_BIRTHDAY_USED = "PROMOTION_BIRTHDAY_USED";

    private static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry(ANONYMOUS, List.of()),
            Map.entry(BRAND_EXCLUDED, List.of("brand", "lineId")),
            Map.entry(TIER_DISCOUNT, List.of("tier", "percent", "amount")),
            Map.entry(REDEEM_LIMITED_BY_TIER, List.of("tier", "percent", "limit", "requested")),
            Map.entry(INSUFFICIENT_POINTS, List.of("available", "requested")),
            Map.entry(REDEEM_LIMITED_TO_WHOLE_ROUBLES, List.of("limit", "requested")),
            Map.entry(NO_CASHBACK_ON_POINTS, List.of("points")),
            Map.entry(BELOW_REGION_MINIMUM, List.of("region", "minimum", "total")),
            Map.entry(TIER_CASHBACK, List.of("tier", "percent", "base", "points")),
            Map.entry(MONTHLY_CAP_REACHED, List.of("cap", "alreadyThisMonth", "given", "notGiven")),
            Map.entry(PROMOTION_PAYMENT_CASHBACK, List.of("promotion", "percent", "methods", "base", "points")),
            Map.entry(PROMOTION_EXTRA_CASHBACK, List.of("promotion", "percent", "base", "points")),
            Map.entry(PROMOTION_DISCOUNT, List.of("promotion", "percent", "amount")),
            Map.entry(PROMOTION_BUNDLE, List.of("promotion", "percent", "amount")),
            Map.entry(PROMOTION_BRAND_EXCLUDED, List.of("promotion", "brand", "lineId")),
            Map.entry(PROMOTION_NOT_COMBINED, List.of("promotion", "other")),
            Map.entry(PROMOTION_BUDGET_EXHAUSTED, List.of("promotion")),
            Map.entry(PROMOTION_BIRTHDAY_DISCOUNT, List.of("promotion", "percent", "amount", "birthday")),
            Map.entry(PROMOTION_BIRTHDAY_USED, List.of("promotion", "birthday")));

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
