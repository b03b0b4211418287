package io.kopilka.web.backoffice.programme;

import io.kopilka.web.layout.TypedNumbers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Reading numbers typed the Russian way and putting the module's refusals next to the fields. */
final class FormNumbers {

    private FormNumbers() {
    }

    static boolean blank(@Nullable String typed) {
        return TypedNumbers.blank(typed);
    }

    /** A whole number ("50 000" too), or empty with an error on {@code field} when it is not one. */
    static Optional<Long> whole(@Nullable String typed, String field, BindingResult errors) {
        Optional<Long> number = TypedNumbers.whole(typed);
        if (number.isEmpty()) {
            reject(field, "programme.value.whole", errors);
        }
        return number;
    }

    /** A whole number that fits an int; out-of-int values become {@code Integer.MIN_VALUE} so the range check refuses them. */
    static Optional<Integer> wholeInt(@Nullable String typed, String field, BindingResult errors) {
        return whole(typed, field, errors).map(value -> value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
                ? Integer.MIN_VALUE : value.intValue());
    }

    /** An amount in roubles ("5 000", "1,5"), or empty with an error on {@code field}. */
    static Optional<BigDecimal> amount(@Nullable String typed, String field, BindingResult errors) {
        Optional<BigDecimal> number = TypedNumbers.decimal(typed);
        if (number.isEmpty()) {
            reject(field, "tier.value.number", errors);
        }
        return number;
    }

    static void reject(String field, String code, BindingResult errors) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    static void rejectAll(Map<String, String> fields, BindingResult errors) {
        fields.forEach((field, code) -> reject(field, code, errors));
    }
}
