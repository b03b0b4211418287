package io.kopilka.promotions.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The birthday a date falls near: the one of last, this or next year within the window, the nearest first. */
final class Birthdays {

    private Birthdays() {
    }

    /**
     * The customer's birthday within {@code windowDays} before or after {@code day}, if any; 29 February is
     * 28 February in years without it ({@link MonthDay#atYear}).
     */
    static Optional<LocalDate> near(@Nullable LocalDate birthDate, LocalDate day, int windowDays) {
        if (birthDate == null) {
            return Optional.empty();
        }
        MonthDay birthday = MonthDay.from(birthDate);
        LocalDate best = null;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            LocalDate occasion = birthday.atYear(year);
            long distance = Math.abs(ChronoUnit.DAYS.between(day, occasion));
            if (distance <= windowDays
                    && (best == null || distance < Math.abs(ChronoUnit.DAYS.between(day, best)))) {
                best = occasion;
            }
        }
        return Optional.ofNullable(best);
    }
}
