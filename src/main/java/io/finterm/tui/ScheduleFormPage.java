package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Account;
import io.finterm.domain.FintermException;
import io.finterm.domain.Recurrence;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Added;
import io.finterm.service.Listed;
import io.finterm.service.NewSchedule;
import io.finterm.service.ScheduleChange;
import io.finterm.service.ScheduleView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adding, editing or repeating a schedule: what it books on the left (name, type, accounts, category
 * or split lines, amount exact or approximate, description, payee, tags) and when on the right (every
 * unit and interval, the day or weekday, start, end or times, the weekend policy, and whether it posts
 * by itself). Tab and Enter go on, Ctrl-S saves; the focused field's help shows under the form. A
 * refusal shows under the field it names, whole; nothing is saved. Saving runs off the GUI thread: a
 * schedule starting in the past posts its past occurrences at once.
 */
final class ScheduleFormPage extends Page {
    private final ScheduleView editing;
    private final Listed repeating;
    private final ScheduleFields f;
    private final EntryAccounts accounts;
    private final SplitEditor split = new SplitEditor();
    private final Map<Field, String> initial = new java.util.HashMap<>();
    private final Set<Field> touched = new HashSet<>();
    private boolean splitting;
    private Form form;
    private int leftCount;
    private String error;
    private boolean saving;

    private ScheduleFormPage(Tui tui, ScheduleView editing, Listed repeating) {
        super(tui);
        this.editing = editing;
        this.repeating = repeating;
        this.accounts = new EntryAccounts(tui);
        this.f = new ScheduleFields(tui);
        f.start.set(tui.today().toString());
        f.account.set(accounts.start(tui.lastAccount()));
        if (editing != null) {
            ScheduleFill.from(editing, f, split, tui);
            splitting = !editing.schedule().lines().isEmpty();
        } else if (repeating != null) {
            splitting = ScheduleFill.from(repeating, f, split, accounts, tui);
        }
        layout();
        form.fields.forEach(x -> initial.put(x, x.text()));
        split.fields().forEach(x -> initial.put(x, x.text()));
    }

    static ScheduleFormPage adding(Tui tui) {
        return new ScheduleFormPage(tui, null, null);
    }

    static ScheduleFormPage editing(Tui tui, ScheduleView v) {
        return new ScheduleFormPage(tui, v, null);
    }

    /** The form filled from transaction {@code l}, to repeat it: saving with what it books untouched asks the service to repeat it. */
    static ScheduleFormPage repeating(Tui tui, Listed l) {
        return new ScheduleFormPage(tui, null, l);
    }

    private void layout() {
        Field focused = form == null ? null : form.focused();
        List<Field> fields = new ArrayList<>(f.what(splitting));
        leftCount = fields.size();
        fields.addAll(f.when());
        if (splitting && !f.isTransfer()) {
            fields.addAll(split.fields());
        }
        form = new Form(fields);
        form.focus(focused == null ? 0 : Math.max(0, fields.indexOf(focused)));
    }

    @Override
    String title() {
        return editing != null ? "Edit a schedule" : repeating != null ? "Repeat a transaction" : "New schedule";
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType kt = key.getKeyType();
        Field at = form.focused();
        char ctrl = kt == KeyType.Character && key.isCtrlDown() ? Character.toLowerCase(key.getCharacter()) : 0;
        if (saving) {
            return true; // the service has it; a second save would add it twice
        }
        if (kt == KeyType.Escape) {
            cancel();
        } else if (ctrl == 'l' || (splitting && (ctrl == 'n' || ctrl == 'k'))) {
            splitKey(ctrl, at);
        } else if (ctrl == 's' || kt == KeyType.Enter && form.onLast()) {
            complete(at);
            save();
        } else if (kt == KeyType.Enter || kt == KeyType.Tab) {
            complete(at);
            form.focus(form.focusIndex() + 1);
        } else {
            String before = at.text();
            if (form.handle(key) && !at.text().equals(before)) {
                touched.add(at);
                split.error = null;
                f.details.suggestAny(at, accounts, split);
                if (at == f.type) {
                    layout();
                }
            }
        }
        return true;
    }

    private void complete(Field at) {
        at.acceptSuggestion();
        at.suggestion = null;
    }

    private void splitKey(char c, Field at) {
        split.error = null;
        Field next = null;
        if (c == 'l' && f.isTransfer()) {
            f.type.error = "a transfer cannot be split";
        } else if (c == 'l' && !splitting) {
            splitting = true;
            split.start(f.category.text(), f.amount.text());
            layout();
            next = split.fields().get(0);
        } else if (c == 'l' && split.used() > 1) {
            split.error = "remove the lines but one first (Ctrl-K), so that no line is lost";
        } else if (c == 'l') {
            splitting = false;
            f.category.set(split.firstCategory());
            layout();
            next = f.category;
        } else if (c == 'n') {
            next = split.insertAfter(at);
            layout();
        } else {
            next = split.remove(at);
            layout();
        }
        touched.add(f.category);
        if (next != null) {
            form.focus(form.fields.indexOf(next));
        }
    }

    private void cancel() {
        if (touched.isEmpty()) {
            tui.back();
        } else {
            tui.open(new ConfirmOverlay(tui, "Discard", List.of("Discard what you typed?"), tui::back));
        }
    }

    private boolean changed(Field x) {
        return !x.text().equals(initial.getOrDefault(x, ""));
    }

    /** Whether anything of what the transaction books was changed, so that repeating it as it is would lose it. */
    private boolean templateChanged() {
        return f.what(splitting).stream().filter(x -> x != f.name).anyMatch(this::changed)
                || split.fields().stream().anyMatch(this::changed) || touched.contains(f.category);
    }

    private void save() {
        form.clearErrors();
        split.clearErrors();
        error = null;
        String name = f.name.text().strip();
        Recurrence rule;
        WeekendPolicy weekend = WeekendPolicy.parse(f.weekend.text());
        boolean auto = f.auto.text().equals(ScheduleFields.AUTOMATIC);
        NewSchedule spec;
        try {
            rule = f.rule(tui.today());
            spec = new NewSchedule(name, ScheduleFields.blank(f.account.text()), f.kind(), f.isTransfer() ? f.to.text().strip() : null,
                    f.amount.text().strip(), f.approx.text().equals(ScheduleFields.APPROXIMATE),
                    f.isTransfer() || splitting ? "" : f.category.text().strip(), lines(), f.description.text(), f.details.payee.text(),
                    f.details.tagList(), rule, weekend, auto);
        } catch (ValidationException e) {
            show(e);
            return;
        }
        saving = true;
        if (editing != null) {
            String was = editing.schedule().name();
            ScheduleChange change = change(spec);
            tui.background("saving " + was, () -> tui.services().schedules().edit(tui.session(), was, change),
                    v -> saved(v, "saved " + v.schedule().name() + ": " + v.rule() + next(v) + " (the change applies from the next one on)"),
                    this::refused, () -> saving = false);
        } else {
            boolean repeat = repeating != null && !templateChanged();
            tui.background("adding " + name, () -> repeat
                    ? tui.services().schedules().repeat(tui.session(), repeating.transaction().id(), name, rule, weekend, auto)
                    : tui.services().schedules().add(tui.session(), spec), this::added, this::refused, () -> saving = false);
        }
    }

    private List<io.finterm.service.Entry.SplitEntry> lines() {
        return splitting && !f.isTransfer() ? f.lines(split, accounts, tui) : List.of();
    }

    /** Only what was changed is sent: the rest the schedule keeps as it is now. */
    private ScheduleChange change(NewSchedule s) {
        boolean ruleChanged = f.when().stream().filter(x -> x != f.weekend && x != f.auto).anyMatch(this::changed);
        boolean typeChanged = changed(f.type);
        boolean linesChanged = touched.contains(f.category) || split.fields().stream().anyMatch(this::changed) || typeChanged;
        return new ScheduleChange(changed(f.account) ? s.account() : null, typeChanged ? s.kind() : null,
                changed(f.to) || typeChanged ? s.toAccount() : null, changed(f.amount) ? s.amount() : null,
                changed(f.approx) ? s.approximate() : null,
                (changed(f.category) || linesChanged) && !splitting ? s.category() : null,
                linesChanged && splitting ? s.splits() : null, changed(f.description) ? s.description() : null,
                changed(f.details.payee) ? s.payee() : null, changed(f.details.tags) ? s.tags() : null, ruleChanged ? s.rule() : null,
                changed(f.weekend) ? s.weekend() : null, changed(f.auto) ? s.auto() : null, changed(f.name) ? s.name() : null);
    }

    private static String next(ScheduleView v) {
        return v.next() == null ? "; nothing is left to come" : "; next " + v.next();
    }

    private void added(Added a) {
        ScheduleView v = a.schedule();
        String posted = a.caughtUp().posted().isEmpty() ? "" : "; posted " + io.finterm.domain.Plural.of(a.caughtUp().posted().size(),
                "past occurrence");
        String waiting = a.caughtUp().waiting().isEmpty() ? "" : "; " + a.caughtUp().waiting().size() + " due, waiting for approval (o)";
        saved(v, "added " + v.schedule().name() + ": " + v.rule() + next(v) + posted + waiting);
    }

    private void saved(ScheduleView v, String message) {
        tui.lastAccount(v.account());
        tui.back();
        if (tui.page() instanceof SchedulesPage list) {
            list.select(v.schedule().name());
        }
        tui.say(message);
    }

    private void refused(FintermException e) {
        if (e instanceof ValidationException v) {
            show(v);
        } else {
            error = e.getMessage();
        }
    }

    private void show(ValidationException e) {
        String name = ScheduleFields.field(e.field());
        if ((name.equals("split") || name.startsWith("split line")) && splitting && split.show(e)) {
            return;
        }
        if (!form.show(new ValidationException(name, e.reason()))) {
            error = e.getMessage();
        }
    }

    @Override
    boolean refused(Throwable e) {
        if (e instanceof ValidationException v) {
            show(v);
            return true;
        }
        return false;
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, title(), Style.TITLE);
        String sub = editing != null ? editing.schedule().name() + ": a change applies from its next occurrence on"
                : repeating != null ? "filled from the transaction; change what should differ" : "what it books, and when";
        p.text(title().length() + 3, 0, sub, Style.MUTED);
        boolean lines = splitting && !f.isTransfer();
        int bottom = p.height() - 2; // the focused field's help, or a refusal said whole
        int gap = !lines && 2 + 2 * leftCount <= bottom ? 2 : 1;
        int right = Math.max(43, p.width() / 2); // a column apart from the type's choices
        int leftWidth = Math.min(30, right - 14 - 2);
        int rightWidth = Math.max(10, p.width() - right - 10 - 1);
        List<Field> what = form.fields.subList(0, leftCount);
        List<Field> when = form.fields.subList(leftCount, leftCount + f.when().size());
        String cut = null;
        TerminalPosition caret = null;
        for (int i = 0; i < what.size(); i++) {
            cut = column(p, what.get(i), 1, 2 + gap * i, 12, leftWidth, right - 1 - 13, gap, cut);
        }
        for (int i = 0; i < when.size(); i++) {
            cut = column(p, when.get(i), right, 2 + gap * i, 9, rightWidth, p.width() - right - 9 - 1, gap, cut);
        }
        if (lines) {
            int row = 2 + gap * Math.max(what.size(), when.size()) + 1;
            var currency = accounts.named(f.account.text()).map(Account::currency)
                    .orElse(tui.services().accounts().profile(tui.session()).baseCurrency());
            caret = split.draw(p, row, bottom - row, form.focused(), split.remainder(f.amount.text(), currency, tui.ascii()));
        }
        form.caret(caret);
        String hint = ScheduleFields.HINTS.get(form.focused().name);
        String say = error != null ? "✗ " + error : cut != null ? cut
                : hint != null ? form.focused().label + ": " + hint : "Ctrl-N new line  Ctrl-K remove it  Ctrl-L back to one category";
        p.wrapped(1, bottom, say, error != null || cut != null ? Style.ERROR : Style.MUTED, 2);
    }

    /**
     * Draws one field of a column with its label. Its error goes under it where there is a free row: from
     * the field's value when it fits there, else across the form with the field's name when the row is
     * free on both sides; what does not fit in one row is returned (the first one) to be said whole
     * under the form.
     */
    private String column(Painter p, Field x, int col, int row, int label, int width, int room, int gap, String cut) {
        boolean focused = x == form.focused();
        p.text(col, row, x.label, x.error != null ? Style.ERROR : focused ? Style.BOLD : Style.NORMAL);
        int at = x.draw(p, col + label, row, width, focused);
        if (focused) {
            form.caret(new TerminalPosition(at, row));
        }
        if (x.error == null) {
            return cut;
        }
        String text = "✗ " + x.error;
        String named = "✗ " + x.label + ": " + x.error;
        if (gap > 1 && text.length() <= room) {
            p.text(col + label, row + 1, text, Style.ERROR);
            return cut;
        }
        if (gap > 1 && named.length() <= p.width() - 2 && errors(row) == 1) {
            p.text(1, row + 1, named, Style.ERROR);
            return cut;
        }
        if (gap > 1) {
            p.text(col + label, row + 1, "✗ see below", Style.ERROR);
        }
        return cut != null ? cut : named;
    }

    /** How many of the fields drawn on {@code row} (one a column) have an error. */
    private int errors(int row) {
        int index = (row - 2) / 2;
        int count = 0;
        if (index < leftCount && form.fields.get(index).error != null) {
            count++;
        }
        if (index < f.when().size() && form.fields.get(leftCount + index).error != null) {
            count++;
        }
        return count;
    }

    @Override
    List<KeyHelp> keys() {
        List<KeyHelp> keys = new ArrayList<>(List.of(new KeyHelp("Tab, Enter", "next field, taking the completion; Enter on the last saves"),
                new KeyHelp("Shift-Tab ↑ ↓", "previous or next field"), new KeyHelp("Ctrl-S", "save"),
                new KeyHelp("Ctrl-L", "split the category into lines (category, amount, memo), or back to one"),
                new KeyHelp("Ctrl-N, Ctrl-K", "in a split: a new line after this one; remove this line"),
                new KeyHelp("Esc", "cancel (asks if anything was typed)")));
        for (Field x : f.what(false)) {
            keys.add(new KeyHelp(x.label, ScheduleFields.HINTS.get(x.name)));
        }
        keys.add(new KeyHelp(f.to.label, ScheduleFields.HINTS.get("to")));
        for (Field x : f.when()) {
            keys.add(new KeyHelp(x.label, ScheduleFields.HINTS.get(x.name)));
        }
        return keys;
    }

    @Override
    String hints() {
        return splitting ? "Ctrl-N/K line  Ctrl-L unsplit  Ctrl-S save  Esc cancel" : "Tab next  Ctrl-L split  Ctrl-S save  Esc cancel";
    }
}
