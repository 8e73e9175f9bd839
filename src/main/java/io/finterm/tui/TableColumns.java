package io.finterm.tui;

import io.finterm.domain.Transaction;

/**
 * The text columns of the transactions table, which share what the fixed columns (status, date,
 * type from 100 columns wide, category, amount, and the account or the balance where shown) leave: the payee and the
 * description share one column ("Supermarket · weekly shop"); the tags get a column of 12 to 16 only
 * where the description keeps 14 beside it (100 columns wide, with or without the account or balance
 * columns; at 80 the tags give way), and the payee its own column where the description keeps 24. Text is shortened at the end of a word, with an ellipsis, never
 * cut mid-word without one.
 */
final class TableColumns {
    static final String WHICH = "the payee and the description share a column, shortened at a word; from 100 columns wide the type "
            + "and the tags have columns (below that they give way), and from about 120 the payee has one of its own";
    /** The least the description keeps beside the tags, and beside the tags and the payee. */
    private static final int DESCRIPTION_WITH_TAGS = 14;
    private static final int DESCRIPTION_WITH_PAYEE = 24;

    private final int tagsWidth;
    private final int payeeWidth;
    private final int descriptionWidth;
    private final String separator;

    /** Columns for {@code room} characters (each column's own trailing space included), on a screen 100 or more wide when {@code wide}. */
    TableColumns(int room, boolean wide, boolean ascii) {
        this.separator = ascii ? " - " : " · ";
        this.tagsWidth = wide && room - DESCRIPTION_WITH_TAGS - 1 >= 12 ? Math.min(16, room - DESCRIPTION_WITH_TAGS - 1) : 0;
        this.payeeWidth = room - 17 - 19 >= DESCRIPTION_WITH_PAYEE ? 18 : 0;
        this.descriptionWidth = Math.max(8, room - (tagsWidth == 0 ? 0 : tagsWidth + 1) - (payeeWidth == 0 ? 0 : payeeWidth + 1));
    }

    String header() {
        return (payeeWidth > 0 ? Formats.pad("payee", payeeWidth + 1) + Formats.pad("description", descriptionWidth + 1)
                : Formats.pad(descriptionWidth >= 19 ? "payee" + separator + "description" : "description", descriptionWidth + 1))
                + (tagsWidth > 0 ? Formats.pad("tags", tagsWidth + 1) : "");
    }

    /** The row's text columns, each followed by a space. */
    String row(Transaction t) {
        String what;
        if (payeeWidth > 0) {
            what = cell(t.payee(), payeeWidth) + cell(t.description(), descriptionWidth);
        } else {
            what = Formats.pad(payeeAndDescription(t.payee(), t.description()), descriptionWidth) + " ";
        }
        return what + (tagsWidth > 0 ? cell(String.join(", ", t.tags()), tagsWidth) : "");
    }

    /** "Supermarket · weekly shop", in the column: the description is shortened first, then the payee alone. */
    private String payeeAndDescription(String payee, String description) {
        if (payee.isEmpty() || description.isEmpty()) {
            return Formats.shorten(payee + description, descriptionWidth);
        }
        String both = payee + separator + description;
        int left = descriptionWidth - payee.length() - separator.length();
        return both.length() <= descriptionWidth ? both : left >= 6 ? payee + separator + Formats.shorten(description, left)
                : Formats.shorten(payee, descriptionWidth);
    }

    /**
     * A category label in {@code width}: a split's that does not fit keeps its first categories whole and
     * counts the rest ("Groceries +2"); any other is shortened at a word.
     */
    static String category(String label, int width) {
        if (label.length() <= width || !label.contains(io.finterm.service.Listed.SPLIT_SEPARATOR)) {
            return Formats.shorten(label, width);
        }
        String[] parts = label.split(java.util.regex.Pattern.quote(io.finterm.service.Listed.SPLIT_SEPARATOR));
        for (int kept = parts.length - 1; kept >= 1; kept--) {
            String shown = String.join(io.finterm.service.Listed.SPLIT_SEPARATOR, java.util.Arrays.copyOf(parts, kept))
                    + " +" + (parts.length - kept);
            if (shown.length() <= width) {
                return shown;
            }
        }
        return Formats.shorten(parts[0], width - 3) + " +" + (parts.length - 1);
    }

    private static String cell(String text, int width) {
        return Formats.pad(Formats.shorten(text, width), width) + " ";
    }
}
