package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.ValidationException;
import java.util.List;

/**
 * Fields one under another with their labels and errors: Tab, Shift-Tab and the arrow keys move
 * between them. The caller decides what Enter and Esc do.
 */
final class Form {
    final List<Field> fields;
    private int focus;
    private TerminalPosition caret;

    Form(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    Field focused() {
        return fields.get(focus);
    }

    int focusIndex() {
        return focus;
    }

    void focus(int index) {
        focus = Math.floorMod(index, fields.size());
    }

    void focus(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name.equals(name)) {
                focus = i;
            }
        }
    }

    Field field(String name) {
        for (Field f : fields) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(name);
    }

    boolean onLast() {
        return focus == fields.size() - 1;
    }

    /** Moves between fields or edits the focused one; returns whether the key was used. */
    boolean handle(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Tab || type == KeyType.ArrowDown) {
            focus(focus + 1);
            return true;
        }
        if (type == KeyType.ReverseTab || type == KeyType.ArrowUp) {
            focus(focus - 1);
            return true;
        }
        Field edited = focused();
        String before = edited.text();
        boolean used = edited.handle(key);
        if (!edited.text().equals(before)) {
            forget(edited.name);
        }
        return used;
    }

    /**
     * A message is about a value; once that value is edited it no longer says anything true, so it goes
     * (with any message that is also about this field, such as "the two passwords differ").
     */
    void forget(String edited) {
        for (Field f : fields) {
            if (f.name.equals(edited) || f.errorAbout.contains(edited)) {
                f.error = null;
                f.errorAbout = java.util.Set.of();
            }
        }
    }

    /** Shows {@code reason} beside {@code field}, as a message also about the fields {@code about}. */
    void error(String field, String reason, String... about) {
        Field f = field(field);
        f.error = reason;
        f.errorAbout = java.util.Set.of(about);
    }

    void clearErrors() {
        fields.forEach(f -> {
            f.error = null;
            f.errorAbout = java.util.Set.of();
        });
    }

    /** Puts a refused value's reason next to its field, and focuses it; returns false if no field has that name. */
    boolean show(ValidationException e) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name.equals(e.field())) {
                fields.get(i).error = e.reason();
                focus = i;
                return true;
            }
        }
        return false;
    }

    boolean hasErrors() {
        return fields.stream().anyMatch(f -> f.error != null);
    }

    /** Draws the fields from {@code row}, labels in {@code labelWidth} columns, each value {@code width} wide. */
    void draw(Painter p, int col, int row, int labelWidth, int width) {
        draw(p, col, row, labelWidth, width, 2, fields.size());
    }

    /**
     * Draws the first {@code count} fields, {@code gap} rows apart (1 where the screen is short: a long
     * error then stays on its own row, cut, and the caller says it whole); the rest the caller draws,
     * and gives the caret with {@link #caret(TerminalPosition)} when one of them has the focus.
     */
    void draw(Painter p, int col, int row, int labelWidth, int width, int gap, int count) {
        caret = null;
        for (int i = 0; i < Math.min(count, fields.size()); i++) {
            Field f = fields.get(i);
            int r = row + gap * i;
            p.text(col, r, f.label, i == focus ? Style.BOLD : Style.NORMAL);
            int at = f.draw(p, col + labelWidth, r, width, i == focus);
            if (i == focus) {
                caret = new TerminalPosition(at, r);
            }
            if (f.error != null && gap > 1) {
                error(p, col + labelWidth, col + labelWidth + width + 2, r, "✗ " + f.error);
            } else if (f.error != null) {
                p.text(col + labelWidth + width + 2, r, Formats.fit("✗ " + f.error, Math.max(10, p.width() - col - labelWidth - width - 3)),
                        Style.ERROR);
            }
        }
    }

    /**
     * An error beside its field at {@code right}; what does not fit there goes on the free row below,
     * from the field's own column at {@code left}, so that a long reason is read whole.
     */
    private static void error(Painter p, int left, int right, int row, String text) {
        List<String> beside = Formats.wrap(text, Math.max(10, p.width() - right - 1)); // a column apart from a frame
        p.text(right, row, beside.get(0), Style.ERROR);
        if (beside.size() > 1) {
            p.wrapped(left, row + 1, text.substring(beside.get(0).length()).strip(), Style.ERROR, 1);
        }
    }

    TerminalPosition caret() {
        return caret;
    }

    /** Where the caret is when a field drawn by the caller has the focus. */
    void caret(TerminalPosition at) {
        if (at != null) {
            caret = at;
        }
    }
}
