package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.DateInput;
import io.finterm.service.Entry;
import io.finterm.service.Listed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adding or editing one transaction: date, type, category, amount, account and description; or, for
 * a transfer, the account it leaves and the one it goes to, the amount, and what arrived when the two
 * accounts' currencies differ. The category, the accounts and the description complete from what
 * the user has (Tab or → accepts); picking a past description fills in the category, type and amount
 * that went with it, where they are still untouched. Enter on the last field or Ctrl-S saves; a
 * refused value shows next to its field and nothing is saved. Esc cancels, asking first if anything
 * was typed.
 */
final class EntryFormPage extends Page {
    private final Listed editing;
    private final EntryAccounts accounts;
    /** From, To and To amount, and the transfer being edited. */
    private final TransferFields transfer;
    private final Field date = Field.text("date", "Date", 20);
    private final Field type = Field.text("type", "Type", 8);
    private final Field category = Field.text("category", "Category", 40);
    private final Field amount = Field.text("amount", "Amount", 20);
    private final Field account = Field.text("account", "Account", Account.MAX_NAME);
    private final Field description = Field.text("description", "Description", Transaction.MAX_DESCRIPTION);
    private Form form;
    private final Set<String> touched = new HashSet<>();
    private String error;

    EntryFormPage(Tui tui, Listed editing) {
        super(tui);
        this.editing = editing;
        this.accounts = new EntryAccounts(tui);
        Transaction t = editing == null ? null : editing.transaction();
        this.transfer = new TransferFields(tui, accounts, t);
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
            fields.addAll(List.of(category, amount, account));
        }
        fields.add(description);
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
        if (kt == KeyType.Escape) {
            cancel();
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
        if (f.isEmpty()) {
            f.suggestion = null;
            return;
        }
        List<String> found = switch (f.name) {
            case "category" -> tui.services().transactions().completeCategories(tui.session(), f.text());
            case "description" -> tui.services().transactions().completeDescriptions(tui.session(), f.text(), 1);
            case "account", "from", "to" -> Optional.ofNullable(accounts.complete(f.text())).stream().toList();
            default -> List.of();
        };
        f.suggestion = found.isEmpty() ? null : found.get(0);
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
        error = null;
        try {
            if (isTransfer()) {
                transfer.save(form, date, amount, description);
                return;
            }
            Entry entry = entry();
            if (!categoryExists(entry)) {
                offerCategory(entry);
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
            tui.say("added " + entry.kind().label() + " " + entry.amount().display(tui.ascii()) + " " + entry.category());
        } else {
            tui.services().transactions().edit(tui.session(), editing.transaction().id(), entry);
            tui.say("saved");
        }
        tui.lastAccount(entry.account());
        tui.back();
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
        LocalDate day = null;
        TxKind kind = null;
        Money money = null;
        try {
            day = DateInput.parse(date.text(), tui.today());
        } catch (ValidationException e) {
            date.error = e.reason();
            first = e;
        }
        try {
            kind = TxKind.parse(type.text());
        } catch (ValidationException e) {
            type.error = "expense, income or transfer";
            first = first == null ? e : first;
        }
        if (category.text().isBlank()) {
            category.error = "is required";
            first = first == null ? new ValidationException("category", "is required") : first;
        }
        Optional<Account> in = account.text().isBlank() ? accounts.named(accounts.start(null)) : accounts.named(account.text());
        if (in.isEmpty()) {
            account.error = "you have no account '" + Text.clean(account.text()) + "'; yours: " + accounts.openNames();
            first = first == null ? new ValidationException("account", account.error) : first;
        }
        try {
            money = Money.parse(amount.text(), in.map(Account::currency)
                    .orElse(tui.services().accounts().profile(tui.session()).baseCurrency()));
            if (!money.isPositive()) {
                throw new ValidationException("amount", "must be more than zero");
            }
        } catch (ValidationException e) {
            amount.error = e.reason();
            first = first == null ? e : first;
        }
        if (first != null) {
            form.focus(first.field());
            throw first;
        }
        return new Entry(day, kind, category.text(), money, description.text(), in.get().name());
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
        String dates = "2024-03-05, today, yesterday, -3, 3/5";
        hint(p, date, 47 + dates.length() < p.width() ? dates : "2024-03-05, today, -3, 3/5"); // the help (F1) has them all
        hint(p, type, editing == null ? "e, i, t or Space" : transfer.editing() ? "a transfer stays one" : "e, i or Space");
        currency(p, amount, isTransfer() ? transfer.from : account);
        currency(p, transfer.toAmount, transfer.to);
        int below = 3 + 2 * form.fields.size();
        if (error != null) {
            p.wrapped(2, below, "✗ " + error, Style.ERROR, 2);
        }
        p.wrapped(2, below + 2, "Tab next field (takes the completion)   Enter next / save   Ctrl-S save   Esc cancel", Style.MUTED, 2);
    }

    /** Beside an amount, the currency it is read in: its account's. */
    private void currency(Painter p, Field money, Field in) {
        accounts.named(in.text()).ifPresent(a -> hint(p, money, "in " + a.currency().getCurrencyCode() + ", the currency of " + a.name()));
    }

    /** A muted hint beside a field, where its error would go when it has none. */
    private void hint(Painter p, Field f, String text) {
        int at = form.fields.indexOf(f);
        if (at >= 0 && f.error == null) {
            p.text(47, 3 + 2 * at, text, Style.MUTED);
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
                new KeyHelp("Type", "e expense, i income, t transfer, Space goes income → expense → transfer"),
                new KeyHelp("Account", "completes from your open accounts; starts in the last one you used, else your default"),
                new KeyHelp("Transfer", "From and To are two of your accounts; To amount, what arrived, when their currencies differ"));
    }

    @Override
    String hints() {
        return "Tab next  Enter save on last  Ctrl-S save  Esc cancel";
    }
}
