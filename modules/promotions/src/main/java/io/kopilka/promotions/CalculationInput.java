package io.kopilka.promotions;

import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.programme.Region;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Everything an order's calculation depends on, so that it is a pure function of its input.
 *
 * @param basket   the order
 * @param shopper  the identified customer, or {@code null} for an anonymous purchase
 * @param region   the order's region with its minimum order for cashback
 * @param policies the programme's policies now (the monthly cashback cap)
 * @param at       the order's business time (UTC), for promotions' periods
 */
public record CalculationInput(Basket basket, @Nullable Shopper shopper, Region region, ProgrammePolicies policies,
                               LocalDateTime at) {
}
