package io.kopilka.reporting;

import java.util.List;

/**
 * A table as a CSV export writes it: the header's column names and the rows' cells — text, whole numbers,
 * {@link java.math.BigDecimal}s (written with the format's decimal separator), dates (ISO), or null (an empty cell).
 */
public record CsvTable(List<String> header, List<List<?>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<?> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }
}
