package io.kopilka.promotions;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of an order as the calculation sees it: the client's line id, the product's attributes rules may look at,
 * the quantity and the unit price in roubles.
 */
public record BasketLine(String lineId, String sku, @Nullable String name, @Nullable String category,
                         @Nullable String brand, @Nullable String supplier, int quantity, BigDecimal unitPrice) {

    /** Quantity × unit price, before discounts. */
    public BigDecimal gross() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
