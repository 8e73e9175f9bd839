package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A bank CSV's detected and chosen layout as explicit options: every role's columns in {@code map}, nothing left to detection. */
final class CsvLayout {
    private CsvLayout() {
    }

    /** @param other the other date's pattern: when it is not {@code date}'s, the date format is {@code date|other} */
    static Layout of(Columns c, char separator, Charset charset, int skip, DatePattern date, DatePattern other, char decimal, boolean negate) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        put(map, "date", c, c.date());
        put(map, "other-date", c, c.otherDate());
        put(map, "amount", c, c.amount());
        put(map, "debit", c, c.debit());
        put(map, "credit", c, c.credit());
        put(map, "indicator", c, c.indicator());
        if (c.payeeBySign()) {
            put(map, "payer", c, c.payer());
            put(map, "recipient", c, c.recipient());
        } else {
            put(map, "payee", c, c.payee());
        }
        put(map, "description", c, c.description());
        put(map, "currency", c, c.currency());
        put(map, "reference", c, c.reference());
        put(map, "balance", c, c.balance());
        put(map, "category", c, c.category());
        String dates = c.otherDate() < 0 || other == null || other.text().equals(date.text()) ? date.text() : date.text() + "|" + other.text();
        return new Layout(Layout.CSV, new CsvOptions(separator, charset, skip, dates, decimal, map, null, null, negate), c.header());
    }

    private static void put(Map<String, List<String>> map, String role, Columns c, int... columns) {
        List<String> names = new ArrayList<>();
        for (int i : columns) {
            if (i >= 0) {
                names.add(reference(c.header(), i));
            }
        }
        if (!names.isEmpty()) {
            map.put(role, List.copyOf(names));
        }
    }

    /**
     * The column's header name when the name finds this column again ({@link ColumnRoles#column}); else its 1-based
     * number: an empty name, one repeated in the header, or one that reads as a number ({@code 2026}).
     */
    static String reference(List<String> header, int index) {
        String name = header.get(index);
        if (!name.isBlank()) {
            try {
                if (ColumnRoles.column(header, name, "") == index) {
                    return name;
                }
            } catch (FintermException e) {
                // a number beyond the header: the number is what finds the column
            }
        }
        return String.valueOf(index + 1);
    }
}
