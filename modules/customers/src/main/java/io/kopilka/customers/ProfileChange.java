package io.kopilka.customers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person may change in their own profile, as typed; blank names and e-mail clear them. */
public record ProfileChange(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                            @Nullable LocalDate birthDate, Consents consents) {
}
