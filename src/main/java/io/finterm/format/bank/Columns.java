package io.finterm.format.bank;

import java.util.List;

/**
 * Which column (0-based; -1 for none) holds what, decided once so that a row is read by index.
 *
 * @param reference the reference column, whether or not it turns out to be an id (that is decided on its values)
 * @param unused    the header names of the columns nobody reads, balance columns included
 */
record Columns(List<String> header, int date, int otherDate, int amount, int debit, int credit, int indicator, int currency,
               int reference, int[] payee, int[] description, int[] category, int[] balance, List<String> unused) {

    int width() {
        return header.size();
    }

    String name(int index) {
        String n = header.get(index);
        return n.isEmpty() ? "column " + (index + 1) : n;
    }

    /** The columns' names, joined with {@code +}, or {@code "none"}. */
    String names(int[] indexes) {
        if (indexes.length == 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int i : indexes) {
            s.append(s.length() == 0 ? "" : " + ").append(name(i));
        }
        return s.toString();
    }
}
