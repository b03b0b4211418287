package io.kopilka.customers;

import java.math.BigDecimal;

/** What a customer bought, as tiers count it: the sum (net of returns) within the qualification window, and the purchase count for life. */
public record Purchases(BigDecimal sumInWindow, long countForLife) {
}
