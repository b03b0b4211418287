package io.kopilka.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final CsvTable TABLE = new CsvTable(List.of("Месяц", "Заказы", "Доля, %", "Комментарий"),
            List.of(Arrays.asList(YearMonth.of(2025, 2), 5L, new BigDecimal("80.5"), "Сеть \"Дом\"; техника, 2 шт."),
                    Arrays.asList(YearMonth.of(2025, 3), 0L, null, "строка\nвторая")));

    private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(CsvExport.BOM);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    @Test
    void theSemicolonFormatStartsWithABomUsesDecimalCommasAndReadsBackCellForCell() throws IOException {
        byte[] bytes = CsvExport.write(TABLE, CsvFormat.SEMICOLON);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        List<CSVRecord> records = parse(bytes, ';');
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("Месяц", "Заказы", "Доля, %", "Комментарий");
        assertThat(records.get(1).values()).containsExactly("2025-02", "5", "80,5", "Сеть \"Дом\"; техника, 2 шт.");
        assertThat(records.get(2).values()).containsExactly("2025-03", "0", "", "строка\nвторая");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n2025-02;5;80,5;");
    }

    @Test
    void theCommaFormatUsesDecimalPointsAndQuotesFieldsWithCommas() throws IOException {
        byte[] bytes = CsvExport.write(TABLE, CsvFormat.COMMA);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Доля, %\"", "2025-02,5,80.5,");
        List<CSVRecord> records = parse(bytes, ',');
        assertThat(records.get(1).values()).containsExactly("2025-02", "5", "80.5", "Сеть \"Дом\"; техника, 2 шт.");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of(1L))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
