package io.finterm.format.bank;

import java.util.List;

/**
 * How a bank file was read, as explicit options: what detection found and the person chose, so that
 * opening the same file again with {@link #options()} reads exactly the same rows, and a saved profile
 * reads next month's file the same way. Formats that state their own layout (OFX, camt.053) have none.
 *
 * @param format  {@link #CSV} or {@link #QIF}
 * @param options for a CSV every field but {@code debit} and {@code credit} (those are roles in {@code map}): the delimiter,
 *                encoding, lines before the header, date pattern, decimal mark, sign, and each role's columns by header
 *                name (by 1-based number where the name would not find the column again: an empty or repeated name);
 *                for QIF only the date pattern (which says day or month first) and the decimal mark
 * @param header  the CSV header's names as the file spells them; empty for QIF
 */
public record Layout(String format, CsvOptions options, List<String> header) {
    public static final String CSV = "csv";
    public static final String QIF = "qif";

    public Layout {
        header = List.copyOf(header);
    }
}
