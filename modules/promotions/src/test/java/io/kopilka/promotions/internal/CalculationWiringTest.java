package io.kopilka.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.promotions.OrderCalculator;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Spring finds the calculator and every step of the programme's rules, in their order. */
class CalculationWiringTest {

    @Test
    void theCalculatorRunsEveryStepBeanInOrder() {
        try (var context = new AnnotationConfigApplicationContext("io.kopilka.promotions.internal")) {
            OrderCalculator calculator = context.getBean(OrderCalculator.class);

            assertThat(((PipelineOrderCalculator) calculator).steps()).extracting(CalculationStep::getOrder)
                    .containsExactly(CalculationStep.ANONYMOUS, CalculationStep.TIER_DISCOUNT,
                            CalculationStep.REDEMPTION, CalculationStep.TIER_CASHBACK, CalculationStep.REGION_MINIMUM,
                            CalculationStep.ROUNDING, CalculationStep.MONTHLY_CAP, CalculationStep.LINE_CASHBACK);
        }
    }
}
