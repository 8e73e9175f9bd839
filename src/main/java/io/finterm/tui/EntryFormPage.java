package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Account;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.Entry;
import io.finterm.service.Listed;
import io.finterm.service.ReconciledChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adding or editing one transaction: date, type, category, amount, account, description, payee and
 * tags; or, for a transfer, the account it leaves and the one it goes to, the amount, and what arrived
 * when the two accounts' currencies differ. Ctrl-L splits the category into lines ({@link SplitEditor}),
 * with the remainder shown as the amounts are typed. The category, the accounts, the description, the
 * payee and the tags complete from what the user has (Tab or → accepts); picking a past description
 * fills in the category, type and amount that went with it, where they are still untouched. Enter on
 * the last field or Ctrl-S saves; a refused value shows next to its field and nothing is saved. Esc
 * cancels, asking first if anything was typed. A reconciled transaction is changed only once the
 * person has said yes to changing it.
 */
final class EntryFormPage extends Page {
    private final Listed editing;
    private final EntryAccounts accounts;
    /** From, To and To amount, and the transfer being edited. */
    private final TransferFields transfer;
    private final EntryFields plain = new EntryFields();
    private final Field date = plain.date;
    private final Field type = plain.type;
    private final Field category = plain.category;
    private final Field amount = plain.amount;
    private final Field account = plain.account;
    private final Field description = plain.description;
    private final EntryDetails details;
    private final SplitEditor split = new SplitEditor();
    private boolean splitting;
    /** The person has said to change this reconciled transaction. */
    private boolean reconciledConfirmed;
    /** How many of the form's fields it draws itself (the split's lines come after them), and how many rows apart, as last drawn. */
    private int mainFields, gap = 2;
    private Form form;
    private final Set<String> touched = new HashSet<>();
    private String error;

    EntryFormPage(Tui tui, Listed editing) {
        this(tui, editing, false);
    }

    /** Editing {@code editing}, which the person has already agreed to change though it is reconciled when {@code reconciledConfirmed}. */
    EntryFormPage(Tui tui, Listed editing, boolean reconciledConfirmed) {
        super(tui);
        this.editing = editing;
        this.reconciledConfirmed = reconciledConfirmed;
        this.accounts = new EntryAccounts(tui);
        this.details = new EntryDetails(tui);
        Transaction t = editing == null ? null : editing.transaction();
        this.transfer = new TransferFields(tui, accounts, t, reconciledConfirmed);
        if (transfer.editing()) {
            type.set(EntryTypes.TRANSFER);
            transfer.fill(date, amount, description);
        } else if (t != null) {
            date.set(t.date().toString());
            type.set(t.kind().label());
            category.set(editing.category());
            amount.set(t.amount().toDecimalString());
            account.set(accounts.name(t.accountId()));
            description.set(t.description());
            details.fill(t);
            if (t.isSplit()) {
                splitting = true;
                category.set("");
                split.fill(t, tui);
            }
        } else {
            date.set("today");
            type.set(TxKind.EXPENSE.label());
            account.set(accounts.start(tui.lastAccount()));
            transfer.from.set(account.text());
        }
        layout();
    }

    private boolean isTransfer() {
        return type.text().equals(EntryTypes.TRANSFER);
    }

    /**
     * The fields for the type: a transfer has two accounts instead of a category, and the amount that
     * arrived only when the two accounts keep different currencies. The focused field keeps the focus.
     */
    private void layout() {
        Field focused = form == null ? null : form.focused();
        List<Field> fields = new ArrayList<>(List.of(date, type));
        if (isTransfer()) {
            fields.addAll(transfer.fields(amount));
        } else {
            fields.addAll(splitting ? List.of(amount, account) : List.of(category, amount, account));
        }
        fields.add(description);
        if (!isTransfer()) {
            fields.addAll(details.fields());
        }
        mainFields = fields.size();
        if (splitting && !isTransfer()) {
            fields.addAll(split.fields());
        }
        form = new Form(fields);
        form.focus(focused == null ? 0 : Math.max(0, fields.indexOf(focused)));
    }

    @Override
    String title() {
        return editing == null ? "Add a transaction" : transfer.editing() ? "Edit a transfer" : "Edit a transaction";
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType kt = key.getKeyType();
        Field f = form.focused();
        char ctrl = kt == KeyType.Character && key.isCtrlDown() ? Character.toLowerCase(key.getCharacter()) : 0;
        if (kt == KeyType.Escape) {
            cancel();
        } else if (ctrl == 'l' || (splitting && (ctrl == 'n' || ctrl == 'k'))) {
            splitKey(ctrl, f);
        } else if ((kt == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 's')
                || (kt == KeyType.Enter && form.onLast())) {
            complete(f);
            save();
        } else if (kt == KeyType.Enter || kt == KeyType.Tab) {
            complete(f);
            form.focus(form.focusIndex() + 1);
        } else if (f == type && kt == KeyType.Character && !key.isCtrlDown()) {
            chooseType(Character.toLowerCase(key.getCharacter()));
        } else {
            String before = f.text();
            if (form.handle(key) && !f.text().equals(before)) {
                touched.add(f.name);
                split.error = null;
                if (kt == KeyType.ArrowRight && f == description) {
                    fillFromPast(f.text()); // → took the completion
                } else {
                    suggest(f);
                }
                if (transfer.names(f)) {
                    layout();
                }
            }
        }
        return true;
    }

    /** Ctrl-L splits the category into lines or, with at most one line used, goes back to one; Ctrl-N adds a line, Ctrl-K removes one. */
    private void splitKey(char c, Field f) {
        split.error = null;
        Field next = null;
        if (c == 'l' && isTransfer()) {
            type.error = "a transfer cannot be split";
        } else if (c == 'l' && !splitting) {
            splitting = true;
            split.start(category.text(), amount.text());
            layout();
            next = form.fields.get(mainFields);
        } else if (c == 'l' && split.used() > 1) {
            split.error = "remove the lines but one first (Ctrl-K), so that no line is lost";
        } else if (c == 'l') {
            splitting = false;
            category.set(split.firstCategory());
            layout();
            next = category;
        } else if (c == 'n') {
            next = split.insertAfter(f);
            layout();
        } else {
            next = split.remove(f);
            layout();
        }
        touched.add("split");
        if (next != null) {
            form.focus(form.fields.indexOf(next));
        }
    }

    private void chooseType(char c) {
        EntryTypes.Editing kind = editing == null ? null : transfer.editing() ? EntryTypes.Editing.TRANSFER : EntryTypes.Editing.ENTRY;
        String next = EntryTypes.next(type.text(), c, kind);
        if (next == null) {
            return;
        }
        String refusal = EntryTypes.refusal(next, kind);
        if (refusal != null) {
            type.error = refusal;
            return;
        }
        boolean wasTransfer = isTransfer();
        type.set(next);
        form.forget("type");
        touched.add("type");
        if (wasTransfer != isTransfer()) {
            // the account carries over: what the entry was booked in is what the transfer leaves, and back
            if (isTransfer()) {
                transfer.from.set(account.text());
            } else {
                account.set(transfer.from.text());
            }
            layout();
        }
    }

    /** Accepts the focused field's completion on leaving it; a past description fills in the rest. */
    private void complete(Field f) {
        if (f.acceptSuggestion()) {
            if (f == description) {
                fillFromPast(f.text());
            } else if (transfer.names(f)) {
                layout();
            }
        }
        f.suggestion = null;
    }

    private void suggest(Field f) {
        details.suggestAny(f, accounts, split);
    }

    private void fillFromPast(String text) {
        if (editing != null || isTransfer()) {
            return;
        }
        tui.services().transactions().suggest(tui.session(), text).ifPresent(e -> {
            fillIfUntouched(category, e.category());
            fillIfUntouched(type, e.kind().label());
            fillIfUntouched(amount, e.amount().toDecimalString());
        });
    }

    private void fillIfUntouched(Field f, String value) {
        if (!touched.contains(f.name)) {
            f.set(value);
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
        split.clearErrors();
        error = null;
        try {
            if (isTransfer()) {
                transfer.save(form, date, amount, description, this::save);
                return;
            }
            Entry entry = entry();
            String missing = CategoryOffer.missing(tui, entry);
            if (missing != null) {
                form.focus("category");
                CategoryOffer.open(tui, entry.kind(), missing, this::save); // then the next one missing, if any
                return;
            }
            store(entry);
        } catch (ValidationException e) {
            show(e);
        }
    }

    /** Saves {@code entry}; a refusal reaches {@link #show} through {@link #save} or, after a confirmation, {@link #refused}. */
    private void store(Entry entry) {
        if (editing == null) {
            tui.services().transactions().add(tui.session(), entry);
            tui.say("added " + entry.kind().label() + " " + entry.amount().display(tui.ascii()) + " "
                    + (entry.isSplit() ? "split in " + entry.splits().size() + " lines" : entry.category()));
        } else {
            try {
                if (reconciledConfirmed) {
                    tui.services().transactions().editReconciled(tui.session(), editing.transaction().id(), entry);
                } else {
                    tui.services().transactions().edit(tui.session(), editing.transaction().id(), entry);
                }
            } catch (ReconciledChange e) { // reconciled since the form opened, in another session
                tui.open(new ConfirmOverlay(tui, "Reconciled", TransactionsPage.reconciledWarning("Change"), () -> {
                    reconciledConfirmed = true;
                    store(entry);
                }));
                return;
            }
            RuleOffer.after(tui, editing); // an imported row recategorised: make it a rule?
        }
        tui.lastAccount(entry.account());
        tui.back();
    }

    /** Every field checked at once, so that each problem is named next to its field; the first is focused. */
    private Entry entry() {
        try {
            return plain.read(tui, accounts, details, splitting ? split : null);
        } catch (ValidationException e) {
            form.focus(e.field());
            throw e;
        }
    }

    private void show(ValidationException e) {
        if (e.field().equals("tag")) {
            e = new ValidationException("tags", e.reason()); // the rules check one tag; the form has one field for them all
        }
        if (split.show(e)) {
            return;
        }
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
        boolean lines = splitting && !isTransfer();
        // two rows a field where the screen has room (a long error wraps under its field), else one
        gap = lines ? (2 * mainFields + 11 <= p.height() ? 2 : 1) : (2 * mainFields + 6 <= p.height() ? 2 : 1);
        form.draw(p, 2, 3, 13, 30, gap, mainFields);
        hint(p, date, p.width() > 84 ? "2024-03-05, today, yesterday, -3, 3/5" : "2024-03-05, today, -3, 3/5"); // F1 has them all
        hint(p, type, editing == null ? "e, i, t or Space" : transfer.editing() ? "a transfer stays one" : "e, i or Space");
        currency(p, amount, isTransfer() ? transfer.from : account);
        currency(p, transfer.toAmount, transfer.to);
        hint(p, details.tags, "e.g. trip-rome, tax");
        hint(p, category, "Ctrl-L splits it into lines"); // shown only while the category is in the form
        int below = 3 + gap * (mainFields - 1) + 2;
        if (lines) {
            int rows = p.height() - 3 - below;
            var currency = accounts.named(account.text()).map(Account::currency)
                    .orElse(tui.services().accounts().profile(tui.session()).baseCurrency());
            form.caret(split.draw(p, below, rows, form.focused(), split.remainder(amount.text(), currency, tui.ascii())));
            below = p.height() - 2;
        }
        // one row a field cuts a long error beside its field: it is said whole here
        String whole = error != null ? error : gap > 1 ? null : form.fields.stream().limit(mainFields).filter(f -> f.error != null)
                .map(f -> f.label + ": " + f.error).findFirst().orElse(null);
        if (whole != null) {
            p.wrapped(2, below, "✗ " + whole, Style.ERROR, lines ? 1 : 2);
        }
        p.wrapped(2, p.height() - 1, lines ? "Ctrl-N new line  Ctrl-K remove it  Ctrl-L unsplit  Ctrl-S save  Esc cancel"
                : "Tab next (takes the completion)  Enter next/save  Ctrl-S save  Esc cancel", Style.MUTED, 1);
    }

    /** Beside an amount, the currency it is read in: its account's. */
    private void currency(Painter p, Field money, Field in) {
        accounts.named(in.text()).ifPresent(a -> hint(p, money, "in " + a.currency().getCurrencyCode() + ", the currency of " + a.name()));
    }

    /** A muted hint beside a field, where its error would go when it has none. */
    private void hint(Painter p, Field f, String text) {
        int at = form.fields.indexOf(f);
        if (at >= 0 && at < mainFields && f.error == null) {
            p.text(47, 3 + gap * at, text, Style.MUTED);
        }
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    List<KeyHelp> keys() {
        return EntryFields.KEYS;
    }

    @Override
    String hints() {
        return splitting ? "Ctrl-N/K add/remove line  Ctrl-L unsplit  Ctrl-S save"
                : "Tab next  Ctrl-L split  Ctrl-S save  Esc cancel";
    }
}
