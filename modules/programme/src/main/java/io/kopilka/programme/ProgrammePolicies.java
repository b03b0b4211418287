package io.kopilka.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The programme-wide rules for orders placed from now on: tier qualification, when pending points become available,
 * when points expire, and the monthly cashback cap per customer in points ({@code null}: no cap). Money is in RUB.
 */
public record ProgrammePolicies(TierQualification qualification, PointsAvailability availability, PointsExpiry expiry,
                                @Nullable Long monthlyCashbackCap) {

    /** The programme's currency; 1 point = 1 rouble. */
    public static final String CURRENCY = "RUB";

    /** What a new installation starts with until an administrator decides: the demo programme's rules without a cap. */
    public static ProgrammePolicies defaults() {
        return new ProgrammePolicies(TierQualification.purchaseSumOver(14), PointsAvailability.onDeliverySettledDaily(),
                PointsExpiry.monthsAfterLastPurchase(14), null);
    }

    /** The longest window, lifetime or delay in months. */
    public static final int MAX_MONTHS = 120;
    /** The longest delay in hours (a year). */
    public static final int MAX_HOURS = 8760;
    /** The highest monthly cap in points. */
    public static final long MAX_CAP = 100_000_000L;

    /**
     * What is out of range, field by field with the message code saying why; empty when the policies are valid:
     * window and expiry 1–120 months, settlement day 1–28, 0–8760 hours, a cap of at least 1 point.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (qualification.model() == TierQualification.Model.PURCHASE_SUM_IN_WINDOW
                && (qualification.windowMonths() < 1 || qualification.windowMonths() > MAX_MONTHS)) {
            problems.put("qualificationWindowMonths", "programme.months.range");
        }
        if (availability.rule() == PointsAvailability.Rule.ON_DELIVERY_MONTHLY
                && (availability.value() < 1 || availability.value() > 28)) {
            problems.put("settlementDay", "programme.day.range");
        }
        if (availability.rule() == PointsAvailability.Rule.HOURS_AFTER_PURCHASE
                && (availability.value() < 0 || availability.value() > MAX_HOURS)) {
            problems.put("hoursAfterPurchase", "programme.hours.range");
        }
        if (expiry.months() < 1 || expiry.months() > MAX_MONTHS) {
            problems.put("expiryMonths", "programme.months.range");
        }
        if (monthlyCashbackCap != null && (monthlyCashbackCap < 1 || monthlyCashbackCap > MAX_CAP)) {
            problems.put("monthlyCashbackCap", "programme.cap.range");
        }
        return problems;
    }

    /** The currency money is counted in. */
    public String currency() {
        return CURRENCY;
    }
}
