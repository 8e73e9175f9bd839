package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.service.Entry;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The entry form's split: lines of category, amount and memo in place of the one category, and the
 * remainder (the amount less the lines so far), exact, in the account's currency, as it is typed.
 * A line left wholly blank is no line. The lines scroll when there are more than the screen holds.
 */
final class SplitEditor {
    static final int MEMO_MAX = SplitLine.MAX_MEMO;
    private static final int CATEGORY_WIDTH = 22;
    private static final int AMOUNT_WIDTH = 12;

    /** One line's three fields, named "line N category" and so on so that a refusal finds its field. */
    record Line(Field category, Field amount, Field memo) {
        List<Field> fields() {
            return List.of(category, amount, memo);
        }

        boolean blank() {
            return category.text().isBlank() && amount.text().isBlank() && memo.text().isBlank();
        }
    }

    private final List<Line> lines = new ArrayList<>();
    /** The service's word on the lines as a whole ("the lines add up to …"), or {@code null}. */
    String error;
    private int top;

    SplitEditor() {
    }

    /** Starts the split from a plain entry: its category and amount become the first line, and a blank second follows. */
    void start(String category, String amount) {
        lines.clear();
        add(category, amount, "");
        add("", "", "");
        top = 0;
    }

    /** The lines of split {@code t}, with the names of its categories. */
    void fill(Transaction t, Tui tui) {
        fill(t.lines(), tui);
    }

    /** The lines {@code split}, with the names of their categories (a schedule's, say). */
    void fill(List<SplitLine> split, Tui tui) {
        Map<Long, String> names = new java.util.HashMap<>();
        tui.services().categories().list(tui.session()).forEach(c -> names.put(c.id(), c.name()));
        lines.clear();
        for (SplitLine l : split) {
            add(names.getOrDefault(l.categoryId(), "?"), l.amount().toDecimalString(), l.memo());
        }
    }

    private Line add(String category, String amount, String memo) {
        int n = lines.size() + 1;
        Line line = new Line(Field.text("line " + n + " category", "Category", 40).set(category),
                Field.text("line " + n + " amount", "Amount", 20).set(amount), Field.text("line " + n + " memo", "Memo", MEMO_MAX).set(memo));
        lines.add(line);
        return line;
    }

    /** Adds a blank line after the one holding {@code focused} (at the end if none does); returns its first field. */
    Field insertAfter(Field focused) {
        int at = lineOf(focused);
        List<String[]> values = values();
        values.add(at < 0 ? values.size() : at + 1, new String[] {"", "", ""});
        rebuild(values);
        return lines.get(at < 0 ? lines.size() - 1 : at + 1).category();
    }

    /** Removes the line holding {@code focused}; two lines always stay. Returns the field to focus, or {@code null} if none was removed. */
    Field remove(Field focused) {
        int at = lineOf(focused);
        if (at < 0 || lines.size() <= 2) {
            error = at < 0 ? null : "a split has at least two lines; Ctrl-L goes back to one category";
            return null;
        }
        List<String[]> values = values();
        values.remove(at);
        rebuild(values);
        return lines.get(Math.min(at, lines.size() - 1)).category();
    }

    /** The lines' values, renumbered: field names carry their line's number. */
    private List<String[]> values() {
        List<String[]> out = new ArrayList<>();
        lines.forEach(l -> out.add(new String[] {l.category().text(), l.amount().text(), l.memo().text()}));
        return out;
    }

    private void rebuild(List<String[]> values) {
        lines.clear();
        values.forEach(v -> add(v[0], v[1], v[2]));
    }

    int lineOf(Field f) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).fields().contains(f)) {
                return i;
            }
        }
        return -1;
    }

    boolean holds(Field f) {
        return lineOf(f) >= 0;
    }

    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        lines.forEach(l -> out.addAll(l.fields()));
        return out;
    }

    /** How many lines have something in them. */
    int used() {
        return (int) lines.stream().filter(l -> !l.blank()).count();
    }

    /** The first line's category, for going back to one category. */
    String firstCategory() {
        return lines.stream().filter(l -> !l.blank()).map(l -> l.category().text()).findFirst().orElse("");
    }

    /** The lines that are not blank, each amount read in {@code currency}; a bad amount is named with its line. */
    List<Entry.SplitEntry> entries(Currency currency) {
        List<Entry.SplitEntry> out = new ArrayList<>();
        ValidationException first = null;
        for (Line l : lines) {
            if (l.blank()) {
                continue;
            }
            try {
                out.add(new Entry.SplitEntry(l.category().text(), Money.parse(l.amount().text(), currency), l.memo().text()));
            } catch (ValidationException e) {
                l.amount().error = e.reason();
                first = first == null ? new ValidationException(l.amount().name, e.reason()) : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return out;
    }

    /**
     * "Remainder €14.30": the amount less the lines typed so far, or why it cannot be worked out yet.
     * {@code amount} is the form's amount field, read in {@code currency}.
     */
    String remainder(String amount, Currency currency, boolean ascii) {
        Money left;
        try {
            left = Money.parse(amount, currency);
        } catch (ValidationException e) {
            return "Remainder: ? (the amount above " + (amount.isBlank() ? "is empty" : "is not an amount") + ")";
        }
        for (int i = 0; i < lines.size(); i++) {
            String typed = lines.get(i).amount().text();
            if (typed.isBlank()) {
                continue;
            }
            try {
                left = left.minus(Money.parse(typed, currency));
            } catch (ValidationException e) {
                return "Remainder: ? (line " + (i + 1) + ": " + e.reason() + ")";
            }
        }
        String shown = left.display(ascii);
        return left.minor() == 0 ? "Remainder: " + shown + "  the lines add up"
                : left.minor() > 0 ? "Remainder: " + shown + " still to put on a line"
                : "Remainder: " + shown + "  the lines are more than the amount";
    }

    /**
     * Draws the lines from {@code row} in {@code rows} rows (a heading, the lines, scrolled to keep the
     * focused one in view, and the remainder); returns the caret when a line's field has the focus.
     */
    TerminalPosition draw(Painter p, int row, int rows, Field focused, String remainder) {
        int memoWidth = Math.max(8, p.width() - 2 - 4 - CATEGORY_WIDTH - 1 - AMOUNT_WIDTH - 1 - 2);
        int room = Math.max(1, rows - 2);
        int at = lineOf(focused);
        if (at >= 0 && at < top) {
            top = at;
        } else if (at >= top + room) {
            top = at - room + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, lines.size() - room)));
        String more = lines.size() > room ? "  (lines " + (top + 1) + "–" + Math.min(lines.size(), top + room) + " of " + lines.size() + ")" : "";
        p.text(2, row, Formats.pad("  #", 4 + 1) + Formats.pad("category", CATEGORY_WIDTH + 1) + Formats.pad("amount", AMOUNT_WIDTH + 1)
                + "memo" + more, Style.BOLD);
        TerminalPosition caret = null;
        for (int i = 0; i < room && top + i < lines.size(); i++) {
            Line l = lines.get(top + i);
            int r = row + 1 + i;
            p.text(2, r, Formats.padLeft((top + i + 1) + ".", 3), at == top + i ? Style.BOLD : Style.MUTED);
            int col = 2 + 5;
            for (Field f : l.fields()) {
                int width = f == l.category() ? CATEGORY_WIDTH : f == l.amount() ? AMOUNT_WIDTH : memoWidth;
                int c = f.draw(p, col, r, width, f == focused);
                if (f == focused) {
                    caret = new TerminalPosition(c, r);
                }
                col += width + 1;
            }
        }
        Line bad = lines.stream().filter(l -> l.fields().stream().anyMatch(f -> f.error != null)).findFirst().orElse(null);
        String problem = error != null ? error : bad == null ? null
                : "line " + (lines.indexOf(bad) + 1) + ": " + bad.fields().stream().filter(f -> f.error != null).findFirst().get().error;
        int last = row + 1 + Math.min(room, lines.size());
        p.text(2, last, remainder, remainder.contains("add up") ? Style.BOLD : Style.WARN);
        if (problem != null) {
            p.wrapped(2, last + 1, "✗ " + problem, Style.ERROR, 1);
        }
        return caret;
    }

    /** Puts a refusal about line N ("split line 2: …") on that line's category, whose name it is about; {@code false} if not a line's. */
    boolean show(ValidationException e) {
        if (e.field().equals("split")) {
            error = e.reason();
            return true;
        }
        if (e.field().startsWith("split line ")) {
            try {
                int n = Integer.parseInt(e.field().substring("split line ".length()).strip());
                if (n >= 1 && n <= lines.size()) {
                    // the service numbers the lines it was given: the blank ones were left out
                    Line l = lines.stream().filter(x -> !x.blank()).skip(n - 1).findFirst().orElse(lines.get(n - 1));
                    l.category().error = e.reason();
                    return true;
                }
            } catch (NumberFormatException ignored) {
                return false;
            }
        }
        return false;
    }

    void clearErrors() {
        error = null;
        lines.forEach(l -> l.fields().forEach(f -> f.error = null));
    }
}
