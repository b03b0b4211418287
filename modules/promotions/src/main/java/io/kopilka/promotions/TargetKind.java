package io.kopilka.promotions;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which attribute of an order line a promotion's target names. */
public enum TargetKind {
    CATEGORY, BRAND, SUPPLIER, SKU;

    /** Whether the line's attribute is one of the values (compared trimmed, ignoring case). */
    public boolean matches(BasketLine line, Set<String> values) {
        @Nullable String value = switch (this) {
            case CATEGORY -> line.category();
            case BRAND -> line.brand();
            case SUPPLIER -> line.supplier();
            case SKU -> line.sku();
        };
        return value != null && values.contains(normalised(value));
    }

    /** A code as the promotions keep it: trimmed, inner spaces collapsed, lower case. */
    public static String normalised(String value) {
        return value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
