package io.kopilka.orders.internal;

import io.kopilka.orders.InvalidOrderException;
import io.kopilka.orders.InvalidOrderException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every invalid field of a request, so one answer names them all. */
final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String code) {
        errors.add(new FieldError(field, code));
    }

    /** Checks a required text of at most {@code max} characters; returns whether it is fine. */
    boolean text(String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "order.field.required");
                return false;
            }
            return true;
        }
        if (value.length() > max) {
            add(field, "order.field.tooLong");
            return false;
        }
        return true;
    }

    /** Checks money: present, not negative, at most {@code max}, at most two decimals. */
    boolean money(String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value == null) {
            add(field, "order.field.required");
            return false;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            add(field, "order.money.range");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, "order.money.scale");
            return false;
        }
        return true;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws when anything was refused. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidOrderException(errors);
        }
    }
}
