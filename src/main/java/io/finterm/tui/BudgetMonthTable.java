package io.finterm.tui;

import io.finterm.analysis.Rollover;
import io.finterm.chart.ChartOptions;
import io.finterm.chart.Progress;
import io.finterm.chart.ProgressChart;
import io.finterm.domain.Money;
import io.finterm.service.BudgetMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Budgets screen's month: each expense category with its budget, spent and remaining, and a bar
 * of what is used. When a budget brought money in from the month before, the table grows the columns
 * {@code carried} and {@code available} (budget + carried), and remaining and the bar measure against
 * what is available. A category that rolls over is marked {@value #MARK} in its name, and a note under
 * the table says in words what the mark means and what the selected category does with its leftover.
 */
final class BudgetMonthTable {
    /** The mark of a category that rolls over; ASCII mode shows it as {@code *}. */
    static final String MARK = "↻";
    /** What the mark means, under the table whenever something rolls over or was carried in. */
    static final String LEGEND = MARK + " rolls over: what is left at the end of a month is added to the next.";
    private static final int NAME_MAX = 17;
    private static final int NAME_MIN = 8;
    /** The fewest cells the bar gets, so that over budget shows as a full bar as well as in words and colour. */
    private static final int BAR_MIN = 6;

    private final YearMonth month;
    private final List<BudgetMonth.Line> rows;

    BudgetMonthTable(YearMonth month, List<BudgetMonth.Line> rows) {
        this.month = month;
        this.rows = rows;
    }

    boolean rolls(BudgetMonth.Line row) {
        return row.rolls();
    }

    /** Whether any category brought money in (or overspending) from the month before: then the table shows it. */
    boolean carries() {
        return rows.stream().anyMatch(r -> r.carried() != null && r.carried().minor() != 0);
    }

    /** Whether the note under the table is shown: something rolls over or was carried in this month. */
    boolean noted() {
        return carries() || rows.stream().anyMatch(this::rolls)
                || rows.stream().map(BudgetMonth.Line::rolling).anyMatch(s -> s != null && !s.on() && s.from().equals(month));
    }

    /**
     * Draws the table's header on {@code headRow}, then {@code visible} rows from {@code top}, the
     * {@code selected} one in reverse.
     */
    void draw(Painter p, int headRow, int top, int visible, int selected) {
        boolean ascii = p.ascii();
        Layout l = layout(ascii, plain(ascii, p.width()));
        String[] heads = l.heads();
        int[] widths = l.widths();
        List<String[]> cells = l.cells();
        List<Progress> bars = l.bars();
        int money = l.money();
        int textWidth = l.textWidth();
        // The name gets what it needs up to NAME_MAX, the bar at least BAR_MIN cells and its words stay whole;
        // the money columns are two spaces apart, or one where that is what it takes (five columns at 80),
        // and only then does the name shrink.
        int longestName = Math.min(l.longest(), NAME_MAX);
        int gap = room(p.width(), money, 2 * widths.length, textWidth) >= longestName ? 2 : 1;
        int nameWidth = Math.max(NAME_MIN, Math.min(longestName, room(p.width(), money, gap * widths.length, textWidth)));
        StringBuilder head = new StringBuilder(Formats.pad("category", nameWidth));
        for (int i = 0; i < heads.length; i++) {
            head.append(" ".repeat(gap)).append(Formats.padLeft(heads[i], widths[i]));
        }
        p.text(1, headRow, head.toString(), Style.BOLD);
        int barCol = 1 + head.length() + 2;
        var chart = ProgressChart.render(bars, Math.max(1, p.width() - barCol), rows.size(), new ChartOptions(ChartOptions.Scale.LINEAR, ascii, true));
        for (int i = 0; i < visible && top + i < rows.size(); i++) {
            BudgetMonth.Line r = rows.get(top + i);
            StringBuilder line = new StringBuilder(Formats.pad(label(r, nameWidth), nameWidth));
            String[] c = cells.get(top + i);
            for (int k = 0; k < c.length; k++) {
                line.append(" ".repeat(gap)).append(Formats.padLeft(c[k], widths[k]));
            }
            Style style = top + i == selected ? Style.REVERSE : r.over() ? Style.BAD : Style.NORMAL;
            p.text(1, headRow + 1 + i, line.toString(), style);
            if (top + i < chart.size()) {
                p.text(barCol, headRow + 1 + i, chart.get(top + i).strip(), style == Style.REVERSE ? Style.NORMAL : style);
            }
        }
    }

    /**
     * The room left for the name in {@code width} columns: after the margin, the money columns and their
     * gaps, two spaces, and the chart's own leading column before the bar's text.
     */
    private static int room(int width, int money, int gaps, int textWidth) {
        return width - 1 - money - gaps - 2 - 1 - BAR_MIN - 1 - textWidth;
    }

    /** The header, the cells and the bars of the rows, the amounts with their currency or ({@code plain}) without. */
    private record Layout(String[] heads, int[] widths, List<String[]> cells, List<Progress> bars, int money, int longest, int textWidth) {
    }

    private Layout layout(boolean ascii, boolean plain) {
        boolean carries = carries();
        String[] heads = carries ? new String[] {"budget", "carried", "available", "spent", "remaining"} : new String[] {"budget", "spent", "remaining"};
        int[] widths = new int[heads.length];
        for (int i = 0; i < heads.length; i++) {
            widths[i] = heads[i].length();
        }
        List<String[]> cells = new ArrayList<>();
        List<Progress> bars = new ArrayList<>();
        int longest = "category".length();
        int textWidth = 0;
        for (BudgetMonth.Line r : rows) {
            String[] c = carries
                    ? new String[] {amount(r.budget(), ascii, plain), carried(r.carried(), ascii, plain), amount(r.available(), ascii, plain),
                        amount(r.spent(), ascii, plain), amount(r.remaining(), ascii, plain)}
                    : new String[] {amount(r.budget(), ascii, plain), amount(r.spent(), ascii, plain), amount(r.remaining(), ascii, plain)};
            // The money columns are as wide as their widest amount, so that a large one never runs into the next.
            for (int i = 0; i < c.length; i++) {
                widths[i] = Math.max(widths[i], c[i].length());
            }
            cells.add(c);
            longest = Math.max(longest, label(r).length());
            Progress bar = bar(r);
            bars.add(bar);
            textWidth = Math.max(textWidth, bar.text().length());
        }
        int money = 0;
        for (int w : widths) {
            money += w;
        }
        return new Layout(heads, widths, cells, bars, money, longest, textWidth);
    }

    private String label(BudgetMonth.Line r) {
        return label(r, Integer.MAX_VALUE);
    }

    /** The name in {@code width}, with the mark kept whole when the name must be shortened. */
    private String label(BudgetMonth.Line r, int width) {
        return rolls(r) ? Formats.fit(r.category(), Math.max(1, width - 1 - MARK.length())) + " " + MARK : r.category();
    }

    /**
     * Whether the amounts go without their currency: in ASCII mode with a carry, where {@code 410.00 EUR}
     * is three characters longer than {@code €410.00} and five columns of them leave no room at 80
     * columns, and wherever the amounts with their currency would leave the bar less than
     * {@value #BAR_MIN} cells beside whole names (wide amounts at 80 columns). Every amount of the
     * month is in the base currency, and {@link #subtitle} then names it once.
     */
    boolean plain(boolean ascii, int width) {
        if (ascii && carries()) {
            return true;
        }
        Layout l = layout(ascii, false);
        return room(width, l.money(), l.widths().length, l.textWidth()) < Math.min(l.longest(), NAME_MAX);
    }

    /** What the page says the table holds, beside the month, on a screen {@code width} wide. */
    String subtitle(boolean ascii, int width) {
        String currency = plain(ascii, width) && !rows.isEmpty() ? ", in " + rows.get(0).spent().currency().getCurrencyCode() : "";
        if (!carries()) {
            return "budget, spent and remaining" + currency;
        }
        return "budget + carried = available, spent and remaining" + currency;
    }

    private static String amount(Money m, boolean ascii, boolean plain) {
        return m == null ? "–" : plain ? m.toDecimalString() : m.display(ascii);
    }

    /** What came in from the month before, signed so that it reads as added to the budget: {@code +€35.00}, {@code -€50.00}. */
    private static String carried(Money m, boolean ascii, boolean plain) {
        return m == null || m.minor() == 0 ? "–" : (m.minor() > 0 ? "+" : "") + amount(m, ascii, plain);
    }

    /** The bar measures what was spent against what is available: the budget and what was carried in. */
    private static Progress bar(BudgetMonth.Line r) {
        if (r.available() == null) {
            return new Progress("", 0, "no budget");
        }
        if (r.available().minor() <= 0) {
            // carried overspending ate the whole budget: any spending is over, and a percent of nothing means nothing
            return r.spent().minor() > 0 ? new Progress("", 2, "over") : new Progress("", 0, "0 %");
        }
        return new Progress("", r.used(), String.format(Locale.ROOT, "%.0f %%", 100 * r.used()) + (r.over() ? " over" : ""));
    }

    /**
     * What {@code row} does with what is left at the end of the month, in words, short enough for one
     * line at 80 columns; {@link #LEGEND} goes above it.
     */
    String note(BudgetMonth.Line row) {
        Rollover.Setting s = row.rolling();
        if (s == null) {
            return row.category() + " does not roll over. r sets it.";
        }
        if (!s.on()) {
            return row.category() + " stopped rolling over in " + s.from() + ". r changes it.";
        }
        return row.category() + " rolls over since " + s.from()
                + ", " + s.overspending().phrase() + ". r changes it.";
    }
}
