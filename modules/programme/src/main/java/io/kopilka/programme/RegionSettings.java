package io.kopilka.programme;

import java.math.BigDecimal;

/** What an administrator may change of a region: its name and the minimum order (roubles) that earns cashback. */
public record RegionSettings(String name, BigDecimal minOrderForCashback) {
}
