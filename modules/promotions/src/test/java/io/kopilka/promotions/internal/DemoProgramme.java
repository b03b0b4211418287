package io.kopilka.promotions.internal;

import io.kopilka.programme.PointsAvailability;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierQualification;
import io.kopilka.promotions.Basket;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The demo programme of the brief (regions, tiers, the 3 000-point cap) and short ways to write orders against it. */
final class DemoProgramme {

    static final Tier START = tier("START", "Start", 1, "1.5", "50");
    static final Tier SILVER = tier("SILVER", "Silver", 2, "3", "70");
    static final Tier GOLD = tier("GOLD", "Gold", 3, "5", "99");

    static final Map<String, Region> REGIONS = Map.of(
            "MSK", new Region("MSK", "Москва", new BigDecimal("10000.00")),
            "SPB", new Region("SPB", "Санкт-Петербург", new BigDecimal("5000.00")),
            "OTHER", new Region("OTHER", "Другие регионы", new BigDecimal("4000.00")));

    static final ProgrammePolicies CAPPED = policies(3000L);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 12, 0);

    private DemoProgramme() {
    }

    /** The calculator with the programme's own steps and any extra ones, as Spring would assemble it. */
    static PipelineOrderCalculator calculator(CalculationStep... extra) {
        List<CalculationStep> steps = new ArrayList<>(List.of(new LineCashbackStep(), new MonthlyCapStep(),
                new CashbackRoundingStep(), new RegionMinimumStep(), new TierCashbackStep(), new RedemptionStep(),
                new TierDiscountStep(), new AnonymousStep()));
        steps.addAll(List.of(extra));
        return new PipelineOrderCalculator(steps);
    }

    static Tier tier(String code, String name, int rank, String cashback, String maxRedeem) {
        return new Tier(code, name, rank, BigDecimal.ZERO, new BigDecimal(cashback), new BigDecimal(maxRedeem));
    }

    static Tier withDiscount(Tier tier, String percent, String... excludedBrands) {
        return new Tier(tier.code(), tier.name(), tier.rank(), tier.qualifyingPurchases(), tier.cashbackPercent(),
                tier.maxRedeemPercent(), new BigDecimal(percent), List.of(excludedBrands));
    }

    static ProgrammePolicies policies(@Nullable Long cap) {
        return new ProgrammePolicies(TierQualification.purchaseSumOver(14), PointsAvailability.onDeliverySettledDaily(),
                PointsExpiry.monthsAfterLastPurchase(14), cap);
    }

    static Shopper shopper(Tier tier) {
        return shopper(tier, 1_000_000, 0);
    }

    static Shopper shopper(Tier tier, long available, long cashbackThisMonth) {
        return new Shopper(1L, 1L, tier, available, cashbackThisMonth);
    }

    static BasketLine line(String lineId, String unitPrice) {
        return line(lineId, null, 1, unitPrice);
    }

    static BasketLine line(String lineId, @Nullable String brand, int quantity, String unitPrice) {
        return new BasketLine(lineId, "SKU-" + lineId, null, null, brand, null, quantity, new BigDecimal(unitPrice));
    }

    /** An order in the region, paying {@code points} with points and the rest by card. */
    static CalculationInput order(@Nullable Shopper shopper, String region, long points, BasketLine... lines) {
        return order(shopper, region, points, CAPPED, List.of(lines));
    }

    static CalculationInput order(@Nullable Shopper shopper, String region, long points, ProgrammePolicies policies,
                                  List<BasketLine> lines) {
        List<Payment> payments = points > 0
                ? List.of(new Payment(PaymentMethod.CARD, BigDecimal.ONE),
                        new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(points)))
                : List.of();
        return new CalculationInput(new Basket("gadgets", Channel.APP, region, lines, payments), shopper,
                REGIONS.get(region), policies, AT);
    }
}
