package io.kopilka.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/** Writes report tables as CSV that Excel opens right in a Russian locale: UTF-8 with a byte order mark, CRLF lines. */
public final class CsvExport {

    /** The byte order mark: without it Excel reads UTF-8 as the locale's code page and garbles Cyrillic. */
    public static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    /** The table's bytes in the format: the BOM, the header, then each row; fields quoted only when they must be. */
    public static byte[] write(CsvTable table, CsvFormat format) {
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(format.delimiter())
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            printer.printRecord(table.header());
            for (List<?> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell(cell, format));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(@Nullable Object cell, CsvFormat format) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            // Plain, never 1E+3; the separator Excel of the locale expects, so the cell stays a number.
            return decimal.toPlainString().replace('.', format.decimalSeparator());
        }
        return cell.toString();
    }
}
