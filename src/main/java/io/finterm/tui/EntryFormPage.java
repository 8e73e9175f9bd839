package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.DateInput;
import io.finterm.service.Entry;
import io.finterm.service.Listed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Adding or editing one transaction: date, type, category, amount, currency and description. The
 * category and the description complete from what the user has (Tab or → accepts); picking a past
 * description fills in the category, type and amount that went with it, where they are still
 * untouched. Enter on the last field or Ctrl-S saves; a refused value shows next to its field and
 * nothing is saved. Esc cancels, asking first if anything was typed.
 */
final class EntryFormPage extends Page {
    private final Listed editing;
    private final Form form;
    private final Set<String> touched = new HashSet<>();
    private String error;

    EntryFormPage(Tui tui, Listed editing) {
        super(tui);
        this.editing = editing;
        this.form = new Form(List.of(Field.text("date", "Date", 20), Field.text("type", "Type", 7), Field.text("category", "Category", 40),
                Field.text("amount", "Amount", 20), Field.text("currency", "Currency", 3), Field.text("description", "Description",
                        Transaction.MAX_DESCRIPTION)));
        if (editing != null) {
            Transaction t = editing.transaction();
            form.field("date").set(t.date().toString());
            form.field("type").set(t.kind().label());
            form.field("category").set(editing.category());
            form.field("amount").set(t.amount().toDecimalString());
            form.field("currency").set(t.amount().currency().getCurrencyCode());
            form.field("description").set(t.description());
        } else {
            form.field("date").set("today");
            form.field("type").set(TxKind.EXPENSE.label());
            form.field("currency").set(tui.services().accounts().profile(tui.session()).baseCurrency().getCurrencyCode());
        }
    }

    @Override
    String title() {
        return editing == null ? "Add a transaction" : "Edit a transaction";
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        Field f = form.focused();
        if (type == KeyType.Escape) {
            cancel();
        } else if ((type == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 's')
                || (type == KeyType.Enter && form.onLast())) {
            complete(f);
            save();
        } else if (type == KeyType.Enter) {
            complete(f);
            form.focus(form.focusIndex() + 1);
        } else if (type == KeyType.Tab) {
            complete(f);
            form.focus(form.focusIndex() + 1);
        } else if (f.name.equals("type") && type == KeyType.Character && !key.isCtrlDown()) {
            char c = Character.toLowerCase(key.getCharacter());
            if (c == 'i' || c == 'e' || c == ' ') {
                TxKind kind = c == 'i' ? TxKind.INCOME : c == 'e' ? TxKind.EXPENSE
                        : f.text().equals(TxKind.EXPENSE.label()) ? TxKind.INCOME : TxKind.EXPENSE;
                f.set(kind.label());
                form.forget("type");
                touched.add("type");
            }
        } else {
            String before = f.text();
            if (form.handle(key) && !f.text().equals(before)) {
                touched.add(f.name);
                if (type == KeyType.ArrowRight && f.name.equals("description")) {
                    fillFromPast(f.text()); // → took the completion
                } else {
                    suggest(f);
                }
            }
        }
        return true;
    }

    /** Accepts the focused field's completion on leaving it; a past description fills in the rest. */
    private void complete(Field f) {
        if (f.acceptSuggestion() && f.name.equals("description")) {
            fillFromPast(f.text());
        }
        f.suggestion = null;
    }

    private void suggest(Field f) {
        if (f.isEmpty()) {
            f.suggestion = null;
            return;
        }
        if (f.name.equals("currency")) {
            f.suggestion = Currencies.complete(f.text());
            return;
        }
        List<String> found = switch (f.name) {
            case "category" -> tui.services().transactions().completeCategories(tui.session(), f.text());
            case "description" -> tui.services().transactions().completeDescriptions(tui.session(), f.text(), 1);
            default -> List.of();
        };
        f.suggestion = found.isEmpty() ? null : found.get(0);
    }

    private void fillFromPast(String description) {
        Optional<Entry> past = tui.services().transactions().suggest(tui.session(), description);
        past.ifPresent(e -> {
            fillIfUntouched("category", e.category());
            fillIfUntouched("type", e.kind().label());
            fillIfUntouched("amount", e.amount().toDecimalString());
            fillIfUntouched("currency", e.amount().currency().getCurrencyCode());
        });
    }

    private void fillIfUntouched(String name, String value) {
        if (!touched.contains(name) && (editing == null)) {
            form.field(name).set(value);
        }
    }

    private void cancel() {
        if (touched.isEmpty()) {
            tui.back();
        } else {
            tui.open(new ConfirmOverlay(tui, "Discard", List.of("Discard what you typed?"), tui::back));
        }
    }

    private void save() {
        form.clearErrors();
        error = null;
        Entry entry;
        try {
            entry = entry();
        } catch (ValidationException e) {
            show(e);
            return;
        }
        if (!categoryExists(entry)) {
            offerCategory(entry);
            return;
        }
        store(entry);
    }

    private void store(Entry entry) {
        try {
            if (editing == null) {
                tui.services().transactions().add(tui.session(), entry);
                tui.say("added " + entry.kind().label() + " " + entry.amount().display(tui.ascii()) + " " + entry.category());
            } else {
                tui.services().transactions().edit(tui.session(), editing.transaction().id(), entry);
                tui.say("saved");
            }
            tui.back();
        } catch (ValidationException e) {
            show(e);
        }
    }

    private boolean categoryExists(Entry entry) {
        String name = Text.clean(entry.category());
        return tui.services().categories().list(tui.session()).stream()
                .anyMatch(c -> c.kind() == entry.kind() && c.name().equalsIgnoreCase(name));
    }

    /** An unknown category: offer to create it, of the type the form says, and save; no goes back to the field. */
    private void offerCategory(Entry entry) {
        String kind = entry.kind().label();
        String name = Text.clean(entry.category());
        form.focus("category");
        tui.open(new ConfirmOverlay(tui, "New category", List.of("There is no " + kind + " category '" + name + "'.",
                "Create it as " + (entry.kind() == TxKind.EXPENSE ? "an expense" : "an income") + " category and save?",
                "(The Type field decides which; n goes back to the form.)"), () -> {
                    tui.services().categories().add(tui.session(), entry.kind(), name);
                    store(entry);
                }));
    }

    /** Every field checked at once, so that each problem is named next to its field. */
    private Entry entry() {
        ValidationException first = null;
        LocalDate date = null;
        TxKind kind = null;
        Money amount = null;
        try {
            date = DateInput.parse(form.field("date").text(), tui.today());
        } catch (ValidationException e) {
            form.field("date").error = e.reason();
            first = e;
        }
        try {
            kind = TxKind.parse(form.field("type").text());
        } catch (ValidationException e) {
            form.field("type").error = "expense or income";
            first = first == null ? e : first;
        }
        if (form.field("category").text().isBlank()) {
            form.field("category").error = "is required";
            first = first == null ? new ValidationException("category", "is required") : first;
        }
        try {
            amount = Money.parse(form.field("amount").text(), Money.currency(form.field("currency").text().toUpperCase(Locale.ROOT)));
            if (!amount.isPositive()) {
                throw new ValidationException("amount", "must be more than zero");
            }
        } catch (ValidationException e) {
            form.field(e.field().equals("currency") ? "currency" : "amount").error = e.reason();
            first = first == null ? e : first;
        }
        if (first != null) {
            form.focus(first.field());
            throw first;
        }
        return new Entry(date, kind, form.field("category").text(), amount, form.field("description").text());
    }

    private void show(ValidationException e) {
        if (!form.show(e) && !form.hasErrors()) {
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
    void draw(Painter p) {
        p.text(2, 1, title(), Style.TITLE);
        form.draw(p, 2, 3, 13, 30);
        hint(p, "date", 3, "2024-03-05, today, yesterday, -3, 3/5");
        hint(p, "type", 5, "e, i or Space");
        if (error != null) {
            p.wrapped(2, 15, "✗ " + error, Style.ERROR, 2);
        }
        p.wrapped(2, 17, "Tab next field (takes the completion)   Enter next / save   Ctrl-S save   Esc cancel", Style.MUTED, 2);
    }

    /** A muted hint beside a field, where its error would go when it has none. */
    private void hint(Painter p, String field, int row, String text) {
        if (form.field(field).error == null) {
            p.text(47, row, text, Style.MUTED);
        }
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("Tab, Shift-Tab", "next or previous field; Tab takes the completion shown"),
                new KeyHelp("→", "take the completion"), new KeyHelp("Enter", "next field; on the last, save"),
                new KeyHelp("Ctrl-S", "save"), new KeyHelp("Esc", "cancel (asks if anything was typed)"),
                new KeyHelp("Date", "2024-03-05, today, yesterday, -3 (days ago), 3/5 (month/day, this year)"),
                new KeyHelp("Type", "e expense, i income, Space switches"));
    }

    @Override
    String hints() {
        return "Tab next  Enter save on last  Ctrl-S save  Esc cancel";
    }
}
