package io.finterm.format.bank;

import static io.finterm.format.bank.CsvScanner.QUOTE;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line at a separator, respecting double quotes as CSV does, for detection only (the
 * rows themselves are read by Commons CSV): fields come back unquoted and stripped.
 */
final class LineFields {
    private LineFields() {
    }

    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                        field.append(QUOTE);
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
                atStart = true;
            } else if (c == QUOTE && atStart && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                atStart = false;
            } else {
                field.append(c);
                atStart = false;
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** Whether every field of {@code fields} is blank (a line of separators only). */
    static boolean blank(List<String> fields) {
        for (String f : fields) {
            if (!f.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
