package io.kopilka.promotions.internal;

import io.kopilka.programme.Tier;
import io.kopilka.promotions.AppliedPromotion;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.Promotion;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The state one order's calculation builds up as the steps run: the lines with their discounts, redeemed points and
 * cashback, the order's points, the promotions applied and the explanations in the order the steps gave them. It
 * guards the pipeline's phases: discounts only before the redemption, extra cashback only before the rounding.
 */
public final class WorkingCalculation {

    private final CalculationInput input;
    private final List<Line> lines;
    private final List<AppliedPromotion> promotions = new ArrayList<>();
    private final List<Explanation> explanations = new ArrayList<>();
    private boolean cashbackBlocked;
    private boolean redemptionDone;
    private boolean cashbackRounded;
    private long maxRedeemable;
    private long pointsRedeemed;
    private long pointsToAccrue;
    private @Nullable List<Promotion> inEffect;

    WorkingCalculation(CalculationInput input) {
        this.input = input;
        List<Line> built = new ArrayList<>();
        for (BasketLine line : input.basket().lines()) {
            built.add(new Line(line));
        }
        this.lines = Collections.unmodifiableList(built);
    }

    /** What is being calculated. */
    public CalculationInput input() {
        return input;
    }

    /**
     * The promotions in effect at the order's moment, read once per calculation: its discount and cashback phases
     * choose from the same read (nothing in between changes a promotion).
     */
    List<Promotion> promotionsInEffect(PromotionCatalog catalog) {
        if (inEffect == null) {
            inEffect = catalog.inEffect(input.at());
        }
        return inEffect;
    }

    /** The identified customer, or {@code null} for an anonymous purchase. */
    public @Nullable Shopper shopper() {
        return input.shopper();
    }

    /** The customer's tier, or {@code null} for an anonymous purchase. */
    public @Nullable Tier tier() {
        Shopper shopper = input.shopper();
        return shopper == null ? null : shopper.tier();
    }

    /** The lines in the basket's order. */
    public List<Line> lines() {
        return lines;
    }

    /** The sum of the lines before discounts. */
    public BigDecimal subtotal() {
        return money(Line::gross);
    }

    /** The sum of the lines' discounts. */
    public BigDecimal discount() {
        return money(Line::discount);
    }

    /** What the order costs after discounts. */
    public BigDecimal total() {
        return subtotal().subtract(discount());
    }

    /** Adds an explanation after those given so far. */
    public void explain(Explanation explanation) {
        explanations.add(explanation);
    }

    /** Records a promotion that changed the order. */
    public void apply(AppliedPromotion promotion) {
        promotions.add(promotion);
    }

    /** The promotions applied so far, in the order they were. */
    public List<AppliedPromotion> appliedPromotions() {
        return Collections.unmodifiableList(promotions);
    }

    /** Replaces an applied promotion's record, when a later rule (the monthly cap) cuts what it gave. */
    void replacePromotion(int index, AppliedPromotion promotion) {
        promotions.set(index, promotion);
    }

    /** No cashback for this order, whatever steps add; the blocking step explains why. */
    public void blockCashback() {
        cashbackBlocked = true;
    }

    /** Whether a step blocked the order's cashback. */
    public boolean cashbackBlocked() {
        return cashbackBlocked;
    }

    /** The most points the order may redeem (0 before the redemption step). */
    public long maxRedeemable() {
        return maxRedeemable;
    }

    /** The points the order redeems (0 before the redemption step). */
    public long pointsRedeemed() {
        return pointsRedeemed;
    }

    /** The order's cashback in whole points so far (0 before the rounding step). */
    public long pointsToAccrue() {
        return pointsToAccrue;
    }

    /** The lines' raw cashback, exact. */
    public BigDecimal rawCashback() {
        return sum(Line::rawCashback);
    }

    /** The part of the order paid with money: the lines' totals less the points paying for them. */
    public BigDecimal cashbackBase() {
        return money(Line::cashbackBase);
    }

    void redeem(long max, long[] perLine) {
        if (redemptionDone) {
            throw new IllegalStateException("points were already redeemed");
        }
        long sum = 0;
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).redeemed = perLine[i];
            sum += perLine[i];
        }
        redemptionDone = true;
        maxRedeemable = max;
        pointsRedeemed = sum;
    }

    void accrue(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("cashback " + points);
        }
        cashbackRounded = true;
        pointsToAccrue = points;
    }

    void spreadCashback(long[] perLine) {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).cashback = perLine[i];
        }
    }

    Calculation result() {
        long spread = lines.stream().mapToLong(Line::cashback).sum();
        if (spread != pointsToAccrue) {
            throw new IllegalStateException("lines earn " + spread + " points, the order " + pointsToAccrue);
        }
        List<LineCalculation> results = lines.stream()
                .map(line -> new LineCalculation(line.lineId(), line.discount(), line.redeemed(), line.cashback()))
                .toList();
        return new Calculation(subtotal(), discount(), total(), results, pointsToAccrue, maxRedeemable, pointsRedeemed,
                promotions, explanations);
    }

    /** Exact: raw cashback must reach the rounding step unrounded. */
    private BigDecimal sum(Function<Line, BigDecimal> value) {
        return lines.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal money(Function<Line, BigDecimal> value) {
        return sum(value).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** One line as the steps change it. */
    public final class Line {

        private final BasketLine line;
        private final BigDecimal gross;
        private BigDecimal discount = BigDecimal.ZERO.setScale(2);
        private long redeemed;
        private BigDecimal rawCashback = BigDecimal.ZERO;
        private long cashback;

        private Line(BasketLine line) {
            this.line = line;
            this.gross = line.gross().setScale(2, RoundingMode.HALF_UP);
        }

        /** The basket's line with the product's attributes. */
        public BasketLine basketLine() {
            return line;
        }

        /** The client's line id. */
        public String lineId() {
            return line.lineId();
        }

        /** Quantity × unit price. */
        public BigDecimal gross() {
            return gross;
        }

        /** Money taken off so far. */
        public BigDecimal discount() {
            return discount;
        }

        /** What the line costs after discounts. */
        public BigDecimal net() {
            return gross.subtract(discount);
        }

        /** Points of the order's redemption paying for this line. */
        public long redeemed() {
            return redeemed;
        }

        /** The part of the line paid with money, on which cashback is earned. */
        public BigDecimal cashbackBase() {
            return net().subtract(BigDecimal.valueOf(redeemed));
        }

        /** The line's cashback before rounding, exact. */
        public BigDecimal rawCashback() {
            return rawCashback;
        }

        /** The points this line earns once the order's cashback is spread. */
        public long cashback() {
            return cashback;
        }

        /**
         * Takes money off the line, at most what is left of it; only before the redemption.
         *
         * @param amount roubles with at most two decimals
         * @return what was taken off
         */
        public BigDecimal discount(BigDecimal amount) {
            if (redemptionDone) {
                throw new IllegalStateException("discounts come before the redemption");
            }
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new IllegalArgumentException("discount " + amount);
            }
            BigDecimal taken = amount.min(net()).setScale(2);
            discount = discount.add(taken);
            return taken;
        }

        /** Adds raw cashback (not negative, not yet rounded) to the line; only before the rounding. */
        public void addCashback(BigDecimal raw) {
            if (cashbackRounded) {
                throw new IllegalStateException("cashback is added before the rounding");
            }
            if (raw.signum() < 0) {
                throw new IllegalArgumentException("cashback " + raw);
            }
            rawCashback = rawCashback.add(raw);
        }
    }
}
