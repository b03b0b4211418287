package io.kopilka.web.backoffice.reports;

import io.kopilka.reporting.CsvTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report as both the page and the CSV export show it: the header already in the reader's language,
 * the rows as typed cells (formatted for the page by {@link Cells}, written raw into the CSV), and the chart drawn
 * from it (null for a table without one) as the JSON of a {@link io.kopilka.web.layout.ChartData}.
 */
record ReportTable(String id, String caption, List<String> header, List<List<?>> rows, @Nullable String chart) {

    /** The table as the CSV export writes it. */
    CsvTable csv() {
        return new CsvTable(header, rows);
    }
}
