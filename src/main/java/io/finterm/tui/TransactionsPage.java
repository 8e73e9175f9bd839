package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.Figures;
import io.finterm.analysis.Totals;
import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.report.AmountFormat;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.ReconciledChange;
import io.finterm.service.RegisterLine;
import io.finterm.service.RegisterPage;
import io.finterm.service.Sort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions in a table that pages lazily: only the blocks of rows on screen are read, so it
 * stays quick at any size. {@code D}, {@code C} and {@code A} sort by date, category or amount (again
 * to reverse), {@code /} filters, Tab and Shift-Tab go through the accounts (all, then each one),
 * {@code a} adds, Enter or {@code e} edits, {@code d} deletes. With all accounts shown each row names
 * its account; with one, each row shows the account's balance after it. The first column is the
 * status mark ({@code c} cleared, {@code R} reconciled); editing or deleting a reconciled transaction
 * asks first. {@link TableColumns} decides which columns give way on a narrow screen.
 */
final class TransactionsPage extends Page {
    private static final int BLOCK = 200;

    private final Map<Integer, List<Listed>> blocks = new HashMap<>();
    /** The balance after each row of a block, for one account in date order. */
    private final Map<Integer, Money[]> balances = new HashMap<>();
    private final AccountChoice accounts;
    private Filter filter = Filter.ALL;
    private Sort sort = Sort.DATE_DESC;
    private long count;
    private Figures totals;
    /** Transactions the totals leave out for want of an exchange rate, in words, or {@code null}. */
    private String leftOut;
    private int selected;
    private int top;
    private int visibleRows = 10;

    TransactionsPage(Tui tui) {
        super(tui);
        accounts = new AccountChoice(tui);
    }

    @Override
    String title() {
        return "Transactions";
    }

    @Override
    void shown() {
        blocks.clear();
        balances.clear();
        accounts.load();
        Filter shown = shownFilter();
        count = running() ? registerPage(0).total() : tui.services().transactions().count(tui.session(), shown);
        Totals matching = tui.services().reports().totals(tui.session(), null, null, Totals.By.NONE, null, shown);
        totals = matching.figures();
        var conversion = matching.conversion();
        leftOut = conversion.leftOut().isEmpty() ? null : conversion.leftOut().stream()
                .map(l -> l.count() + " in " + l.currency()).collect(java.util.stream.Collectors.joining(", "))
                + " left out of the totals: " + conversion.leftOut().get(0).reason();
        selected = (int) Math.max(0, Math.min(selected, count - 1));
    }

    /** The user's filter, narrowed to the account chosen. */
    private Filter shownFilter() {
        return accounts.narrow(filter);
    }

    private Listed row(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        List<Listed> block = block(index / BLOCK);
        int at = index % BLOCK;
        return at < block.size() ? block.get(at) : null;
    }

    private List<Listed> block(int b) {
        if (!blocks.containsKey(b)) {
            if (running()) {
                registerPage(b);
            } else {
                blocks.put(b, tui.services().transactions().list(tui.session(), shownFilter(), sort, b * BLOCK, BLOCK));
            }
        }
        return blocks.get(b);
    }

    /**
     * Block {@code b} of the chosen account's register, its rows and the balance after each kept as the
     * block: one read, from the account's own index, so the balances and the rows agree.
     */
    private RegisterPage registerPage(int b) {
        RegisterPage page = tui.services().register().register(tui.session(), accounts.chosen().name(), b * BLOCK, BLOCK,
                sort == Sort.DATE_DESC);
        blocks.put(b, page.rows().stream().map(RegisterLine::listed).toList());
        balances.put(b, page.rows().stream().map(RegisterLine::balance).toArray(Money[]::new));
        return page;
    }

    /** Whether the table shows a running balance: one account, every one of its transactions, in date order. */
    private boolean running() {
        return !accounts.all() && filter.isEmpty() && (sort == Sort.DATE_DESC || sort == Sort.DATE_ASC);
    }

    /** The chosen account's balance after the row at {@code index}; only while {@link #running()}. */
    private Money balanceAfter(int index) {
        block(index / BLOCK);
        Money[] block = balances.get(index / BLOCK);
        return index % BLOCK < block.length ? block[index % BLOCK] : null;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case PageDown -> move(visibleRows);
            case PageUp -> move(-visibleRows);
            case Home -> move(-selected);
            case End -> move((int) count);
            case Enter -> edit();
            case Tab -> cycle(1);
            case ReverseTab -> cycle(-1);
            default -> {
                switch (c) {
                    case 'j' -> move(1);
                    case 'k' -> move(-1);
                    case 'g' -> move(-selected);
                    case 'G' -> move((int) count);
                    case 'e' -> edit();
                    case 'a' -> tui.push(new EntryFormPage(tui, null));
                    case 'R' -> repeat();
                    case 'd' -> delete();
                    case '/' -> filter();
                    case 'u' -> uncategorized();
                    case 'D' -> sort(Sort.DATE_DESC, Sort.DATE_ASC);
                    case 'C' -> sort(Sort.CATEGORY_ASC, Sort.CATEGORY_DESC);
                    case 'A' -> sort(Sort.AMOUNT_DESC, Sort.AMOUNT_ASC);
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void move(int by) {
        selected = (int) Math.max(0, Math.min(count - 1, (long) selected + by));
    }

    private void sort(Sort first, Sort second) {
        sort = sort == first ? second : first;
        selected = 0;
        top = 0;
        blocks.clear();
        balances.clear();
    }

    private void cycle(int direction) {
        accounts.cycle(direction);
        selected = 0;
        top = 0;
        shown();
    }

    /** Opens the schedule form filled from the selected transaction, to repeat it. */
    private void repeat() {
        Listed l = row(selected);
        if (l != null) {
            tui.push(ScheduleFormPage.repeating(tui, l));
        }
    }

    private void edit() {
        Listed l = row(selected);
        if (l != null && reconciled(l.transaction())) {
            tui.open(new ConfirmOverlay(tui, "Reconciled", reconciledWarning("Edit"), () -> tui.push(new EntryFormPage(tui, l, true))));
        } else if (l != null) {
            tui.push(new EntryFormPage(tui, l));
        }
    }

    /** Whether {@code t}, or the other leg of its transfer, is reconciled: a change to either changes both. */
    private boolean reconciled(Transaction t) {
        return t.status() == TxStatus.RECONCILED || t.isTransfer()
                && tui.services().transactions().get(tui.session(), t.transferId()).transaction().status() == TxStatus.RECONCILED;
    }

    /** The question before changing a reconciled transaction: "Edit this reconciled transaction?" and why it matters. */
    static List<String> reconciledWarning(String verb) {
        return List.of(verb + " this reconciled transaction?", "",
                "It is reconciled against a bank statement: a change",
                "makes that statement's balance no longer match.");
    }

    private void delete() {
        Listed l = row(selected);
        if (l == null) {
            return;
        }
        Transaction t = l.transaction();
        String what = accounts.category(t, l.category());
        boolean out = t.kind() == TxKind.TRANSFER_OUT;
        String here = accounts.name(t.accountId());
        String there = t.isTransfer() ? accounts.otherSide(t) : "";
        String reconciled = reconciled(t) ? "reconciled " : "";
        List<String> lines = t.isTransfer()
                ? List.of("Delete this " + reconciled + "transfer?", "Both legs are deleted: out of " + (out ? here : there) + " and into "
                        + (out ? there : here) + ".", "",
                        t.date() + "  " + accounts.name(t.accountId()) + "  " + what + "  " + t.amount().display(tui.ascii()))
                : List.of("Delete this " + reconciled + t.kind().label() + "?", "",
                        t.date() + "  " + what + "  " + t.amount().display(tui.ascii()) + "  " + t.description());
        if (!reconciled.isEmpty()) {
            lines = new java.util.ArrayList<>(lines);
            lines.add("");
            lines.add("It is reconciled against a bank statement: deleting it");
            lines.add("makes that statement's balance no longer match.");
        }
        tui.open(new ConfirmOverlay(tui, "Delete", lines, () -> delete(t, !reconciled.isEmpty())));
    }

    /** Deletes {@code t}, which the person was told is reconciled when {@code confirmed}; reconciled since, it asks again. */
    private void delete(Transaction t, boolean confirmed) {
        try {
            if (confirmed) {
                tui.services().transactions().deleteReconciled(tui.session(), t.id());
            } else {
                tui.services().transactions().delete(tui.session(), t.id());
            }
        } catch (ReconciledChange e) { // reconciled since the question, in another session
            tui.open(new ConfirmOverlay(tui, "Reconciled", reconciledWarning("Delete"), () -> delete(t, true)));
            return;
        }
        shown();
        tui.say(t.isTransfer() ? "deleted the transfer (both legs)" : "deleted");
    }

    private void filter() {
        Field field = Field.text("filter", "Filter", 200).set(filter.text());
        tui.open(new PromptOverlay(tui, "Filter", "e.g. cat:Groceries amt:>50 date:2024 desc:coffee   (empty: everything)",
                List.of(field), form -> {
                    filter = tui.services().transactions().filter(tui.session(), form.field("filter").text(), tui.today());
                    selected = 0;
                    top = 0;
                    shown();
                }));
    }

    /** What a bank import brought in and nobody has categorized yet: the filter {@code cat:Uncategorized}. */
    void uncategorized() {
        try {
            filter = tui.services().transactions().filter(tui.session(), "cat:" + Category.UNCATEGORIZED, tui.today());
        } catch (FintermException none) { // no such category: nothing was ever left uncategorized
            tui.say("nothing is uncategorized");
            return;
        }
        selected = 0;
        top = 0;
        shown();
    }

    @Override
    void draw(Painter p) {
        boolean ascii = p.ascii();
        int w = p.width();
        AmountFormat amounts = AmountFormat.display(ascii);
        boolean running = running();
        boolean accountColumn = accounts.all() && accounts.several();
        // the amount with its currency, written as the footer writes money; narrower where a balance or an account shares the row
        int amountWidth = running ? 14 : accountColumn ? 16 : 18;
        int balanceWidth = running ? 15 : 0;
        int accountWidth = accountColumn ? 13 : 0;
        int categoryWidth = accountColumn || running ? 18 : 16;
        // below 100 columns the type gives way: the amount's sign and a transfer's category say it too
        int typeWidth = w >= 100 ? 8 : 0;
        TableColumns columns = new TableColumns(w - 1 - 2 - 11 - typeWidth - accountWidth - (categoryWidth + 1) - (amountWidth + 1) - balanceWidth - 1,
                w >= 100, ascii);
        String header = "  " + Formats.pad("date", 11) + (typeWidth > 0 ? Formats.pad("type", typeWidth) : "") + (accountColumn ? Formats.pad("account", accountWidth) : "")
                + Formats.pad("category", categoryWidth + 1) + columns.header()
                + Formats.padLeft("amount", amountWidth) + (running ? Formats.padLeft("balance", balanceWidth) : "");
        p.text(1, 1, header, Style.BOLD);
        visibleRows = Math.max(1, p.height() - (leftOut == null ? 4 : 5));
        if (selected < top) {
            top = selected;
        } else if (selected >= top + visibleRows) {
            top = selected - visibleRows + 1;
        }
        // the top line leaves room for the rows' position at its right; where it would not, the sort order goes first
        String position = count > 0 ? Grid.position(top, Math.min(visibleRows, count - top), count) + " " : "";
        String top0 = "Account: " + accounts.describe() + "   Filter: " + (filter.isEmpty() ? "none" : filter.text());
        String sorted = "   sorted by " + sortName();
        p.text(1, 0, 1 + top0.length() + sorted.length() + 1 + position.length() <= w ? top0 + sorted : top0, Style.MUTED);
        if (count == 0) {
            p.text(1, 3, !filter.isEmpty() ? "Nothing matches the filter." : accounts.all() ? "No transactions yet: press a to add one."
                    : "No transactions in this account: press a to add one, Tab for the next account.", Style.MUTED);
        }
        for (int i = 0; i < visibleRows && top + i < count; i++) {
            Listed l = row(top + i);
            if (l == null) {
                break;
            }
            Transaction t = l.transaction();
            boolean inflow = t.kind().isInflow();
            Money after = running ? balanceAfter(top + i) : null;
            String type = t.isTransfer() ? (t.kind() == TxKind.TRANSFER_OUT ? "out" : "in") : t.kind().label();
            String line = t.status().mark() + " " + Formats.pad(t.date().toString(), 11) + (typeWidth > 0 ? Formats.pad(type, typeWidth) : "")
                    + (accountColumn ? Formats.pad(accounts.name(t.accountId()), accountWidth - 1) + " " : "")
                    + Formats.pad(t.isTransfer() ? accounts.category(t, l.category()) : TableColumns.category(l.category(), categoryWidth), categoryWidth) + " "
                    + columns.row(t)
                    + Formats.padLeft(amounts.signed(t.amount(), inflow), amountWidth)
                    + (after == null ? "" : Formats.padLeft(after.display(ascii), balanceWidth));
            p.text(1, 2 + i, line, top + i == selected ? Style.REVERSE : t.kind() == TxKind.INCOME ? Style.INCOME : Style.NORMAL);
        }
        String footer = Plural.of(count, "transaction") + "   income " + totals.income().display(ascii)
                + "   expenses " + totals.expenses().display(ascii) + "   net " + totals.net().display(ascii);
        p.wrapped(1, p.height() - 1, footer, Style.BOLD, 1);
        if (count > 0) {
            p.right(0, position, Style.MUTED);
        }
        if (leftOut != null) {
            p.wrapped(1, p.height() - 2, leftOut, Style.WARN, 1);
        } else if (!accounts.all() && !running && count > 0) {
            p.text(1, p.height() - 2, "The balance after each row shows in date order with no filter (D sorts by date, / clears).", Style.MUTED);
        }
    }

    private String sortName() {
        return switch (sort) {
            case DATE_DESC -> "date, newest first";
            case DATE_ASC -> "date, oldest first";
            case CATEGORY_ASC -> "category, A to Z";
            case CATEGORY_DESC -> "category, Z to A";
            case AMOUNT_DESC -> "amount, largest first";
            case AMOUNT_ASC -> "amount, smallest first";
        };
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"),
                new KeyHelp("Home End  g G", "first or last"), new KeyHelp("a", "add"), new KeyHelp("Enter, e", "edit"),
                new KeyHelp("d", "delete (asks first); deleting either leg of a transfer deletes both"), new KeyHelp("/", "filter"),
                new KeyHelp("R", "repeat: a schedule made from the selected transaction (monthly from a month after it; change what differs)"),
                new KeyHelp("u", "only the uncategorized (what a bank import brought in until you categorize it; / clears)"),
                new KeyHelp("Tab, Shift-Tab", "all accounts, then each account in turn (with one, its balance after each row)"),
                new KeyHelp("D  C  A", "sort by date, category or amount (again: reverse)"),
                new KeyHelp("Columns", "first the status: blank uncleared, c cleared, R reconciled (editing or deleting it asks first); "
                        + TableColumns.WHICH));
    }

    @Override
    String hints() {
        return "a add  e edit  d delete  Tab account  / filter  D C A sort";
    }
}
