package io.kopilka.promotions.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Spreads the order's final cashback over the lines in proportion to their raw cashback, so that the lines add up to
 * the order exactly (a return takes back what its line earned).
 */
@Component
final class LineCashbackStep implements CalculationStep {

    @Override
    public int getOrder() {
        return LINE_CASHBACK;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        List<BigDecimal> raw = calculation.lines().stream().map(WorkingCalculation.Line::rawCashback).toList();
        calculation.spreadCashback(LargestRemainder.split(calculation.pointsToAccrue(), raw));
    }
}
