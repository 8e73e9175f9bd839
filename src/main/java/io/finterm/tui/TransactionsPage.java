package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.Figures;
import io.finterm.analysis.Totals;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.Sort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions in a table that pages lazily: only the blocks of rows on screen are read, so it
 * stays quick at any size. {@code D}, {@code C} and {@code A} sort by date, category or amount (again
 * to reverse), {@code /} filters, {@code a} adds, Enter or {@code e} edits, {@code d} deletes.
 */
final class TransactionsPage extends Page {
    private static final int BLOCK = 200;

    private final Map<Integer, List<Listed>> blocks = new HashMap<>();
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
    }

    @Override
    String title() {
        return "Transactions";
    }

    @Override
    void shown() {
        blocks.clear();
        count = tui.services().transactions().count(tui.session(), filter);
        Totals matching = tui.services().reports().totals(tui.session(), null, null, Totals.By.NONE, null, filter);
        totals = matching.figures();
        var conversion = matching.conversion();
        leftOut = conversion.leftOut().isEmpty() ? null : conversion.leftOut().stream()
                .map(l -> l.count() + " in " + l.currency()).collect(java.util.stream.Collectors.joining(", "))
                + " left out of the totals: " + conversion.leftOut().get(0).reason();
        selected = (int) Math.max(0, Math.min(selected, count - 1));
    }

    private Listed row(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        List<Listed> block = blocks.computeIfAbsent(index / BLOCK,
                b -> tui.services().transactions().list(tui.session(), filter, sort, b * BLOCK, BLOCK));
        int at = index % BLOCK;
        return at < block.size() ? block.get(at) : null;
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
            default -> {
                switch (c) {
                    case 'j' -> move(1);
                    case 'k' -> move(-1);
                    case 'g' -> move(-selected);
                    case 'G' -> move((int) count);
                    case 'e' -> edit();
                    case 'a' -> tui.push(new EntryFormPage(tui, null));
                    case 'd' -> delete();
                    case '/' -> filter();
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
    }

    private void edit() {
        Listed l = row(selected);
        if (l != null) {
            tui.push(new EntryFormPage(tui, l));
        }
    }

    private void delete() {
        Listed l = row(selected);
        if (l == null) {
            return;
        }
        Transaction t = l.transaction();
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete this " + t.kind().label() + "?", "",
                t.date() + "  " + l.category() + "  " + t.amount().display(tui.ascii()) + "  " + t.description()), () -> {
                    tui.services().transactions().delete(tui.session(), t.id());
                    shown();
                    tui.say("deleted");
                }));
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

    @Override
    void draw(Painter p) {
        boolean ascii = p.ascii();
        int w = p.width();
        int amountWidth = 18; // the amount with its currency, written as the footer writes money
        io.finterm.report.AmountFormat amounts = io.finterm.report.AmountFormat.display(ascii);
        int categoryWidth = 16;
        int descriptionWidth = Math.max(10, w - 1 - 11 - 8 - (categoryWidth + 1) - (amountWidth + 1));
        p.text(1, 0, "Filter: " + (filter.isEmpty() ? "none" : filter.text()) + "   sorted by " + sortName(), Style.MUTED);
        String header = Formats.pad("date", 11) + Formats.pad("type", 8) + Formats.pad("category", categoryWidth + 1)
                + Formats.pad("description", descriptionWidth + 1) + Formats.padLeft("amount", amountWidth);
        p.text(1, 1, header, Style.BOLD);
        visibleRows = Math.max(1, p.height() - (leftOut == null ? 4 : 5));
        if (selected < top) {
            top = selected;
        } else if (selected >= top + visibleRows) {
            top = selected - visibleRows + 1;
        }
        if (count == 0) {
            p.text(1, 3, filter.isEmpty() ? "No transactions yet: press a to add one." : "Nothing matches the filter.", Style.MUTED);
        }
        for (int i = 0; i < visibleRows && top + i < count; i++) {
            Listed l = row(top + i);
            if (l == null) {
                break;
            }
            Transaction t = l.transaction();
            boolean income = t.kind() == TxKind.INCOME;
            String line = Formats.pad(t.date().toString(), 11) + Formats.pad(t.kind().label(), 8) + Formats.pad(l.category(), categoryWidth + 1)
                    + Formats.pad(t.description(), descriptionWidth + 1)
                    + Formats.padLeft(amounts.signed(t.amount(), income), amountWidth);
            p.text(1, 2 + i, line, top + i == selected ? Style.REVERSE : income ? Style.INCOME : Style.NORMAL);
        }
        String footer = Plural.of(count, "transaction") + "   income " + totals.income().display(ascii)
                + "   expenses " + totals.expenses().display(ascii) + "   net " + totals.net().display(ascii);
        p.wrapped(1, p.height() - 1, footer, Style.BOLD, 1);
        if (count > 0) {
            p.right(0, Grid.position(top, Math.min(visibleRows, count - top), count) + " ", Style.MUTED);
        }
        if (leftOut != null) {
            p.wrapped(1, p.height() - 2, leftOut, Style.WARN, 1);
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
                new KeyHelp("d", "delete (asks first)"), new KeyHelp("/", "filter"),
                new KeyHelp("D  C  A", "sort by date, category or amount (again: reverse)"));
    }

    @Override
    String hints() {
        return "a add  Enter edit  d delete  / filter  D C A sort";
    }
}
