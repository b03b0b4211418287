package io.kopilka.audit;

import org.jspecify.annotations.Nullable;

/**
 * A change made by a member of staff: who ({@code actor}, their login), what kind ({@code action}, e.g.
 * {@code api-key.issued}), on what ({@code subject}), and a readable form of the values before and after.
 */
public record StaffChange(String actor, String action, String subject, @Nullable String before,
                          @Nullable String after) {
}
