package io.kopilka.web.backoffice.offer;

import org.jspecify.annotations.Nullable;

/** One item the customer looked at, as typed: numbers stay text until checked, so a typo gets a message. */
public class OfferItemFormData {

    private @Nullable String name = "";
    private @Nullable String price = "";
    private @Nullable String quantity = "1";

    /** Whether nothing but the default quantity was typed: such a row is left out. */
    boolean isBlank() {
        return (name == null || name.isBlank()) && (price == null || price.isBlank())
                && (quantity == null || quantity.isBlank() || "1".equals(quantity.strip()));
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getPrice() {
        return price;
    }

    public void setPrice(@Nullable String price) {
        this.price = price;
    }

    public @Nullable String getQuantity() {
        return quantity;
    }

    public void setQuantity(@Nullable String quantity) {
        this.quantity = quantity;
    }
}
