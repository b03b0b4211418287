package io.kopilka.programme;

import java.math.BigDecimal;

/** A region orders carry; below {@code minOrderForCashback} (in roubles) an order earns no cashback. */
public record Region(String code, String name, BigDecimal minOrderForCashback) {
}
