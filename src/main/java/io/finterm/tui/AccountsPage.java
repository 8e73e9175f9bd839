package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.NetWorthOn;
import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.report.Table;
import io.finterm.service.AccountLine;
import io.finterm.service.DateInput;
import io.finterm.service.NewAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The user's accounts (banks, cards, cash, loans) with their balances today and the net worth:
 * {@code a} opens one, Enter or {@code e} edits, {@code r} renames, {@code c} closes or reopens,
 * {@code s} makes one the default, {@code d} deletes an empty one, {@code w} sets the balance below which the
 * forecast warns about one, and {@code R} reconciles one with a bank statement ({@link ReconcilePage}). The
 * default and the closed accounts, and a warning, are marked in words, not by colour.
 */
final class AccountsPage extends Page {
    static final String TYPES = Arrays.stream(AccountType.values()).map(AccountType::word).collect(Collectors.joining(", "));

    private List<AccountLine> accounts = List.of();
    /** Each account's forecast warning set with {@code w}, by name; an account without one is absent. */
    private Map<String, Money> warnings = Map.of();
    private NetWorthOn worth;
    private int selected;
    private int lastVisible = 10;

    AccountsPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Accounts";
    }

    @Override
    void shown() {
        accounts = tui.services().accountBook().list(tui.session());
        worth = tui.services().netWorth().current(tui.session());
        selected = Math.max(0, Math.min(selected, accounts.size() - 1));
        var forecast = tui.services().forecast();
        Map<String, Money> set = new HashMap<>();
        for (AccountLine l : accounts) {
            Money below = forecast.warning(tui.session(), l.account().name());
            if (below != null) {
                set.put(l.account().name(), below);
            }
        }
        warnings = set;
    }

    private AccountLine current() {
        return accounts.isEmpty() ? null : accounts.get(selected);
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        AccountLine line = current();
        switch (type) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case PageDown -> move(lastVisible);
            case PageUp -> move(-lastVisible);
            case Home -> move(-selected);
            case End -> move(accounts.size());
            case Enter -> {
                if (line != null) {
                    edit(line.account());
                }
            }
            default -> {
                if (c == 'j') {
                    move(1);
                } else if (c == 'k') {
                    move(-1);
                } else if (c == 'a') {
                    add();
                } else if (line != null && c == 'e') {
                    edit(line.account());
                } else if (line != null && c == 'r') {
                    rename(line.account());
                } else if (line != null && c == 'c') {
                    closeOrReopen(line.account());
                } else if (line != null && c == 's') {
                    makeDefault(line);
                } else if (line != null && c == 'd') {
                    delete(line.account());
                } else if (line != null && c == 'w') {
                    warn(line.account());
                } else if (line != null && c == 'R') {
                    reconcile(line.account());
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void move(int by) {
        selected = Math.max(0, Math.min(accounts.size() - 1, selected + by));
    }

    private void add() {
        List<Field> fields = List.of(Field.text("account", "Name", Account.MAX_NAME), Field.text("type", "Type", 12).set("checking"),
                Field.text("currency", "Currency", 3).set(worth.netWorth().currency().getCurrencyCode()), Field.text("opening balance", "Opening", 20),
                Field.text("opening date", "Opened on", 20).set("today"), counted(true));
        tui.open(new PromptOverlay(tui, "New account", "Types: " + TYPES, fields, form -> {
                    Account made = tui.services().accountBook().add(tui.session(), new NewAccount(form.field("account").text(),
                            AccountType.parse(form.field("type").text()), Money.currency(form.field("currency").text().strip()
                            .toUpperCase(Locale.ROOT)), form.field("opening balance").text(), day(form), isCounted(form)));
                    shown();
                    select(made.name());
                    tui.say("opened " + made.name() + " (" + made.type().word() + ", " + made.currency().getCurrencyCode() + ")");
                }));
    }

    private void edit(Account a) {
        List<Field> fields = List.of(Field.text("account", "Name", Account.MAX_NAME).set(a.name()),
                Field.text("type", "Type", 12).set(a.type().word()), Field.text("opening balance", "Opening", 20)
                        .set(a.opening().toDecimalString()), Field.text("opening date", "Opened on", 20).set(a.openingDate().toString()),
                counted(a.inNetWorth()));
        tui.open(new PromptOverlay(tui, "Edit " + a.name() + " (" + a.currency().getCurrencyCode() + ")", "Types: " + TYPES, fields, form -> {
                    var book = tui.services().accountBook();
                    // changed first, then renamed: a refused name leaves the form open with the changes safely kept
                    book.change(tui.session(), a.name(), AccountType.parse(form.field("type").text()), form.field("opening balance").text(),
                            day(form), isCounted(form));
                    String name = form.field("account").text();
                    Account renamed = name.strip().equals(a.name()) ? a : book.rename(tui.session(), a.name(), name);
                    shown();
                    select(renamed.name());
                    tui.say("saved " + renamed.name());
                }));
    }

    private void rename(Account a) {
        tui.open(new PromptOverlay(tui, "Rename " + a.name(), "its transactions go with it",
                List.of(Field.text("account", "New name", Account.MAX_NAME).set(a.name())), form -> {
                    Account renamed = tui.services().accountBook().rename(tui.session(), a.name(), form.field("account").text());
                    shown();
                    select(renamed.name());
                    tui.say("renamed " + a.name() + " to " + renamed.name());
                }));
    }

    private void closeOrReopen(Account a) {
        if (a.closed()) {
            tui.open(new ConfirmOverlay(tui, "Reopen", List.of("Reopen " + a.name() + "?", "It takes new transactions again."), () -> {
                tui.services().accountBook().reopen(tui.session(), a.name());
                shown();
                tui.say("reopened " + a.name());
            }));
            return;
        }
        tui.open(new ConfirmOverlay(tui, "Close", List.of("Close " + a.name() + "?",
                "It keeps its history and takes no new transactions; c reopens it."), () -> {
                    tui.services().accountBook().close(tui.session(), a.name());
                    shown();
                    tui.say("closed " + a.name());
                }));
    }

    /** Asks for the statement's date and closing balance, then opens the account against it. */
    private void reconcile(Account a) {
        if (a.closed()) {
            tui.say(a.name() + " is closed: reopen it (c) to reconcile it");
            return;
        }
        List<Field> fields = List.of(Field.text("date", "Date", 20).set("today"), Field.text("balance", "Balance", 20));
        tui.open(new PromptOverlay(tui, "Reconcile " + a.name() + " (" + a.currency().getCurrencyCode() + ")",
                "The bank statement's date and closing balance", fields, form -> {
                    LocalDate date = DateInput.day("date", form.field("date").text(), tui.today());
                    String balance = form.field("balance").text();
                    tui.services().reconcile().show(tui.session(), a.name(), date, balance); // a refusal stays in the form
                    tui.push(new ReconcilePage(tui, a.name(), date, balance));
                }));
    }

    /** Asks for the balance below which the forecast warns about {@code a}; blank removes the warning. */
    private void warn(Account a) {
        Money now = warnings.get(a.name());
        boolean owed = a.type() == AccountType.CREDIT || a.type() == AccountType.LOAN;
        // short enough for one line at 80 columns
        String hint = "in " + a.currency().getCurrencyCode() + ", negative for an overdraft; blank: " + (owed ? "no warning" : "below zero");
        tui.open(new PromptOverlay(tui, "Forecast warning for " + a.name(), hint,
                List.of(Field.text("below", "Warn below", 20).set(now == null ? "" : now.toDecimalString())), form -> {
                    String text = form.field("below").text().strip();
                    tui.services().forecast().warnBelow(tui.session(), a.name(), text.isEmpty() ? null : text); // a refusal stays in the form
                    shown();
                    Money set = warnings.get(a.name());
                    tui.say(set != null ? "the forecast warns when " + a.name() + " would fall below " + set.display(tui.ascii())
                            : "no warning for " + a.name() + ": the forecast warns " + (owed ? "about it not at all" : "below zero"));
                }));
    }

    private void makeDefault(AccountLine line) {
        if (line.isDefault()) {
            tui.say(line.account().name() + " is already your default account");
            return;
        }
        Account a = tui.services().accountBook().setDefault(tui.session(), line.account().name());
        shown();
        tui.say(a.name() + " is now the default account: entries with no account named go there");
    }

    private void delete(Account a) {
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete the account " + a.name() + "?",
                "Only an account without transactions can go; close one that has them."), () -> {
                    tui.services().accountBook().delete(tui.session(), a.name());
                    shown();
                    tui.say("deleted " + a.name());
                }));
    }

    private static Field counted(boolean counted) {
        Field f = Field.choice("net worth", "Net worth", "yes", "no"); // counted in it: short, so that its keys fit beside it
        return counted ? f : f.set("no");
    }

    private static boolean isCounted(Form form) {
        return form.field("net worth").text().equals("yes");
    }

    private LocalDate day(Form form) {
        return DateInput.day("opening date", form.field("opening date").text(), tui.today());
    }

    private void select(String name) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).account().name().equalsIgnoreCase(name)) {
                selected = i;
            }
        }
    }

    /** The words that mark an account: default, closed, not counted in net worth, and its forecast warning. */
    static String marks(AccountLine line, Money warning, boolean ascii) {
        List<String> marks = new ArrayList<>();
        if (line.isDefault()) {
            marks.add("default");
        }
        if (line.account().closed()) {
            marks.add("closed");
        }
        if (!line.account().inNetWorth()) {
            marks.add("not counted");
        }
        if (warning != null) {
            marks.add("warns below " + warning.display(ascii));
        }
        return String.join(", ", marks);
    }

    @Override
    void draw(Painter p) {
        boolean ascii = p.ascii();
        p.text(1, 0, "Accounts", Style.TITLE);
        p.text(11, 0, Plural.of(accounts.size(), "account") + ", balances today", Style.MUTED);
        List<List<String>> rows = new ArrayList<>();
        for (AccountLine l : accounts) {
            rows.add(List.of(l.account().name(), l.account().type().word(), l.account().currency().getCurrencyCode(),
                    l.balance().display(ascii), marks(l, warnings.get(l.account().name()), ascii)));
        }
        Table table = new Table(List.of(Table.Column.text("account"), Table.Column.text("type"), Table.Column.text("currency"),
                Table.Column.number("balance"), Table.Column.text("status")), rows);
        String converted = worth.conversion().describe();
        String note = converted.isEmpty() ? null : "net worth " + converted;
        int footer = note == null ? 1 : 3;
        int height = p.height() - 2 - footer - 1;
        lastVisible = Math.max(1, height - 1);
        Grid.draw(p, 2, height, table, selected);
        int row = p.height() - footer;
        String total = worth.netWorth().display(ascii);
        p.text(1, row, "Net worth  " + total, Style.BOLD);
        p.text(13 + total.length() + 2, row, "(the counted accounts, in " + worth.netWorth().currency().getCurrencyCode() + ")",
                Style.MUTED);
        if (note != null) {
            p.wrapped(1, row + 1, note, Style.WARN, 2);
        }
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"),
                new KeyHelp("Home End", "first or last"),
                new KeyHelp("a", "add an account: name, type, currency, opening balance (the balance before its first "
                        + "transaction, negative for a card or a loan; empty for zero) and date"),
                new KeyHelp("Enter, e", "edit: name, type, opening balance and date, counted in net worth"),
                new KeyHelp("r", "rename"), new KeyHelp("c", "close, or reopen a closed one (asks first)"),
                new KeyHelp("s", "set as the default account"),
                new KeyHelp("d", "delete an account without transactions (asks first)"),
                new KeyHelp("w", "the balance below which the forecast warns about it, in its currency (negative for an "
                        + "overdraft limit); blank removes it: then it warns below zero, a card or a loan not at all"),
                new KeyHelp("R", "reconcile with a bank statement: its date and closing balance, then mark what it shows cleared"));
    }

    @Override
    String hints() {
        return "a add  e edit  r rename  c close  d delete  R reconcile"; // w (warn) is in F1: the line is full at 80 columns
    }
}
