package io.kopilka.customers;

import java.math.BigDecimal;

/** The tier above a person's current one and how much more they must buy in the window to reach it ("12 400 ₽ more to Silver"). */
public record NextTier(String code, String name, BigDecimal remaining) {
}
