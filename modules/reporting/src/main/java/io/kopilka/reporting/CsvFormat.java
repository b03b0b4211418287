package io.kopilka.reporting;

/** How a CSV export separates fields and writes decimals; both start with a UTF-8 byte order mark. */
public enum CsvFormat {
    /** {@code ;} between fields and a decimal comma: what Excel in a Russian locale opens as columns by a double click. */
    SEMICOLON(';', ','),
    /** {@code ,} between fields and a decimal point: for other tools and English locales. */
    COMMA(',', '.');

    private final char delimiter;
    private final char decimalSeparator;

    CsvFormat(char delimiter, char decimalSeparator) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
    }

    /** The character between fields. */
    public char delimiter() {
        return delimiter;
    }

    /** The character between a decimal's whole part and its fraction. */
    public char decimalSeparator() {
        return decimalSeparator;
    }
}
