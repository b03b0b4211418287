package io.kopilka.orders;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of a stored order with its results and its units' progress: ordered, shipped, delivered and returned.
 */
public record OrderLine(String lineId, String sku, @Nullable String name, @Nullable String category,
                        @Nullable String brand, @Nullable String supplier, int quantity, BigDecimal unitPrice,
                        BigDecimal discount, long redeemed, long cashback, int shipped, int delivered, int returned) {
}
