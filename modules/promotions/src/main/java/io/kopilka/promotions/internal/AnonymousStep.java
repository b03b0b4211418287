package io.kopilka.promotions.internal;

import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import org.springframework.stereotype.Component;

/** An unidentified purchase earns and redeems nothing; the later steps see no shopper and leave it at zero. */
@Component
final class AnonymousStep implements CalculationStep {

    @Override
    public int getOrder() {
        return ANONYMOUS;
    }

    @Override
    public void apply(WorkingCalculation calculation) {
        if (calculation.shopper() == null) {
            calculation.blockCashback();
            calculation.explain(Explanation.of(ExplanationCodes.ANONYMOUS));
        }
    }
}
