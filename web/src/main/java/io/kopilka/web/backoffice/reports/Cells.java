package io.kopilka.web.backoffice.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the page shows a table's cells in the reader's language: grouped digits, the locale's decimal mark, months by name. */
final class Cells {

    private Cells() {
    }

    static String display(@Nullable Object cell, Locale locale) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof BigDecimal decimal) {
            DecimalFormat format = new DecimalFormat(decimal.scale() > 0 ? "#,##0." + "0".repeat(decimal.scale()) : "#,##0",
                    DecimalFormatSymbols.getInstance(locale));
            return format.format(decimal);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(cell);
        }
        if (cell instanceof YearMonth month) {
            return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        }
        if (cell instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy", locale));
        }
        return cell.toString();
    }

    /** Numbers are right-aligned so their digits line up. */
    static boolean numeric(@Nullable Object cell) {
        return cell instanceof Number;
    }
}
