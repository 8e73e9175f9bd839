package io.finterm.service;

import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A transaction with its category's name, as tables and exports show it: a split shows its lines'
 * categories joined by {@code " / "} in line order, a transfer leg the empty string.
 */
public record Listed(Transaction transaction, String category) {
    /** The separator between a split's categories in {@link #category}: no category name contains it alone. */
    public static final String SPLIT_SEPARATOR = " / ";

    /** {@code t} with its category label, from {@code names} (category names by id; "?" for one not known). */
    public static Listed of(Transaction t, Map<Long, String> names) {
        return new Listed(t, label(t, names));
    }

    static String label(Transaction t, Map<Long, String> names) {
        if (t.isTransfer()) {
            return "";
        }
        if (!t.isSplit()) {
            return names.getOrDefault(t.categoryId(), "?");
        }
        StringJoiner j = new StringJoiner(SPLIT_SEPARATOR);
        t.categoryIds().forEach(id -> j.add(names.getOrDefault(id, "?")));
        return j.toString();
    }

    /** The name of the category of {@code line}. */
    public static String name(SplitLine line, Map<Long, String> names) {
        return names.getOrDefault(line.categoryId(), "?");
    }
}
