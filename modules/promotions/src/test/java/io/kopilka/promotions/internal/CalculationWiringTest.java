package io.kopilka.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.promotions.OrderCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Spring finds the calculator and every step of the programme's rules and of the promotions, in their order. */
class CalculationWiringTest {

    @Test
    void theCalculatorRunsEveryStepBeanInOrder() {
        try (var context = new AnnotationConfigApplicationContext()) {
            // Only the calculation: the promotions' storage needs a database this test does not start.
            context.registerBean(PromotionCatalog.class, () -> at -> List.of());
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
            scanner.addIncludeFilter(new AssignableTypeFilter(CalculationStep.class));
            scanner.addIncludeFilter(new AssignableTypeFilter(PipelineOrderCalculator.class));
            scanner.scan("io.kopilka.promotions.internal");
            context.refresh();
            OrderCalculator calculator = context.getBean(OrderCalculator.class);

            assertThat(((PipelineOrderCalculator) calculator).steps()).extracting(CalculationStep::getOrder)
                    .containsExactly(CalculationStep.ANONYMOUS, CalculationStep.TIER_DISCOUNT,
                            CalculationStep.PROMOTION_DISCOUNTS, CalculationStep.REDEMPTION,
                            CalculationStep.TIER_CASHBACK, CalculationStep.PROMOTION_CASHBACK,
                            CalculationStep.REGION_MINIMUM, CalculationStep.ROUNDING, CalculationStep.MONTHLY_CAP,
                            CalculationStep.PROMOTION_CAP, CalculationStep.LINE_CASHBACK);
        }
    }
}
