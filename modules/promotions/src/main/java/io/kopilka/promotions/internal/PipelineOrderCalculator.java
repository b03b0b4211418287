package io.kopilka.promotions.internal;

import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.OrderCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;

/** Runs every {@link CalculationStep} in order over a fresh working state; the result is the state at the end. */
@Service
class PipelineOrderCalculator implements OrderCalculator {

    private final List<CalculationStep> steps;

    PipelineOrderCalculator(List<CalculationStep> steps) {
        List<CalculationStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(Ordered::getOrder));
        this.steps = List.copyOf(sorted);
    }

    @Override
    public Calculation calculate(CalculationInput input) {
        WorkingCalculation calculation = new WorkingCalculation(input);
        for (CalculationStep step : steps) {
            step.apply(calculation);
        }
        return calculation.result();
    }

    /** The steps in the order they run, for tests and diagnostics. */
    List<CalculationStep> steps() {
        return steps;
    }
}
