package io.kopilka.identity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses a staff change or a password change, listing every refused field as {@code {field, code}} with
 * {@code code = staff.<field>.<problem>} or {@code account.<field>.<problem>}; the web layer's message bundles hold
 * the words.
 */
public class InvalidAccountException extends RuntimeException {

    private final List<RefusedField> fields;

    /** Refuses with these fields (at least one). */
    public InvalidAccountException(List<RefusedField> fields) {
        super(fields.stream().map(f -> f.field() + "=" + f.code()).collect(Collectors.joining(", ")));
        this.fields = List.copyOf(fields);
    }

    /** Refuses one field. */
    public static InvalidAccountException of(String field, String code) {
        return new InvalidAccountException(List.of(new RefusedField(field, code)));
    }

    /** The refused fields, each with its message code. */
    public List<RefusedField> fields() {
        return fields;
    }

    /**
     * One refused field ({@code login}, {@code displayName}, {@code roles}, {@code password}, {@code enabled},
     * {@code currentPassword}, {@code newPassword}).
     */
    public record RefusedField(String field, String code) {
    }
}
