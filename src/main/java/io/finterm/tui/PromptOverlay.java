package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.FintermException;
import io.finterm.domain.ValidationException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small form over the page: Enter on the last field submits, Esc cancels. A refused value shows
 * next to its field and the prompt stays open.
 */
final class PromptOverlay implements Overlay {
    private final Tui tui;
    private final String title;
    private final String note;
    final Form form;
    private final Consumer<Form> submit;
    private String error;
    /** The last refusal in full, field error or not, for F1: the dialog grows to show it and the whole note. */
    private String refusal;
    private boolean whole;
    private int top;

    PromptOverlay(Tui tui, String title, String note, List<Field> fields, Consumer<Form> submit) {
        this.tui = tui;
        this.title = title;
        this.note = note;
        this.form = new Form(fields);
        this.submit = submit;
    }

    @Override
    public void draw(Painter p) {
        int height = 2 * form.fields.size() + (note == null ? 5 : 7) + (whole ? 6 : 0);
        top = Math.max(0, (p.height() - height) / 2);
        Painter box = p.area(0, top, p.width(), height);
        Painter in = box.clear().frame(title).inner();
        int row = 1;
        if (note != null) {
            row += in.wrapped(2, row, note, Style.MUTED, whole ? 3 : 1) + 1;
        }
        form.draw(in, 2, row, 12, 24);
        if (whole && refusal != null) {
            in.wrapped(2, in.height() - 7, "✗ " + refusal, Style.ERROR, 7);
        } else if (error != null) {
            in.wrapped(2, in.height() - 2, "✗ " + error, Style.ERROR, 2);
        }
    }

    @Override
    public TerminalPosition cursor() {
        TerminalPosition c = form.caret();
        return c == null ? null : c.withRelative(1, top + 1);
    }

    @Override
    public void key(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            tui.close(this);
        } else if (key.getKeyType() == KeyType.F1) {
            whole = !whole;
        } else if (key.getKeyType() == KeyType.Enter) {
            if (!form.onLast()) {
                form.focus(form.focusIndex() + 1);
                return;
            }
            form.clearErrors();
            error = null;
            refusal = null;
            whole = false;
            try {
                submit.accept(form);
                tui.close(this);
            } catch (FintermException e) {
                refuse(e);
            }
        } else {
            form.handle(key);
        }
    }

    /** Shows a refusal next to the field it names (or under the form), as when the submit is refused at once. */
    void refuse(FintermException e) {
        refusal = e.getMessage();
        if (!(e instanceof ValidationException v && form.show(v))) {
            error = e.getMessage();
        }
    }
}
