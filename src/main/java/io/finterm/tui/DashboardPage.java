package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.Dashboard;
import io.finterm.analysis.Figures;
import io.finterm.analysis.NetWorth;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.PeriodSummary;
import io.finterm.analysis.Trend;
import io.finterm.chart.ChartOptions;
import io.finterm.chart.Sparkline;
import io.finterm.report.ReportCharts;
import io.finterm.service.Due;
import io.finterm.service.ExportService;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The period at a glance: income, expenses, net and savings rate against the period before; expenses
 * by category; daily spending; twelve months of income, expenses and savings, or with {@code w} of net
 * worth; how spending splits; the budgets; and the most unusual expenses. When schedules have something
 * due or coming, "Due and coming" ({@link DuePanel}) takes the place of how spending splits, which only
 * repeats the expenses by category beside it; a terminal tall enough shows both.
 */
final class DashboardPage extends ViewPage {
    /** The fewest rows worth drawing the pie in: its title and a few slices. */
    private static final int PIE_ROWS = 5;

    private Dashboard data;
    private AccountsPanel accounts;
    /** Whether the twelve-month chart shows the net worth rather than income, expenses and savings. */
    private boolean showNetWorth;
    /** The net worth over the chart's months, read only while it is shown. */
    private NetWorth netWorth;
    private final DuePanel due;

    DashboardPage(Tui tui) {
        super(tui);
        this.due = new DuePanel(tui, this::reload);
    }

    @Override
    String title() {
        return "Dashboard";
    }

    @Override
    void reload() {
        View view = tui.view();
        var period = view.period;
        var filter = view.filter;
        var services = tui.services();
        var session = tui.session();
        boolean worth = showNetWorth;
        tui.background("loading", () -> {
            Dashboard dashboard = services.analysis().dashboard(session, period, filter);
            return new Loaded(dashboard, AccountsPanel.load(services, session, period),
                    worth ? netWorth(services, session, dashboard) : null, services.schedules().due(session, DuePanel.DAYS));
        }, loaded -> {
            data = loaded.dashboard();
            accounts = loaded.accounts();
            netWorth = loaded.netWorth();
            due.show(loaded.due());
        });
    }

    /** The net worth at the end of each month of the dashboard's twelve-month chart. */
    private static NetWorth netWorth(Services services, Session session, Dashboard dashboard) {
        List<Trend.Bucket> months = dashboard.months().buckets();
        return services.netWorth().netWorth(session, YearMonth.from(months.get(0).from()),
                YearMonth.from(months.get(months.size() - 1).from()));
    }

    /**
     * What one load reads: the period's figures and charts, the accounts' balances, the net worth when it
     * is charted, and what the schedules have due or coming.
     */
    private record Loaded(Dashboard dashboard, AccountsPanel accounts, NetWorth netWorth, List<Due> due) {
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        if (c == 'w') {
            showNetWorth = !showNetWorth;
            reload();
        } else if (c == 'f') {
            tui.push(new ForecastPage(tui));
        } else if (c == 'A') {
            due.post();
        } else if (c == 'S') {
            due.skip();
        } else if (c == 'j' || (type == KeyType.ArrowDown && !key.isShiftDown())) {
            due.move(1);
        } else if (c == 'k' || (type == KeyType.ArrowUp && !key.isShiftDown())) {
            due.move(-1);
        } else {
            return super.key(key);
        }
        return true;
    }

    @Override
    void export() {
        tui.open(new ExportOverlay(tui, ExportService.View.DASHBOARD));
    }

    @Override
    void draw(Painter p) {
        periodLine(p, 0);
        if (data == null) {
            p.text(1, 2, "loading…", Style.MUTED);
            return;
        }
        boolean ascii = p.ascii();
        figures(p, 1, data.summary(), ascii);
        int top = 3 + accounts.draw(p, 3);
        if (!data.conversion().isEmpty()) {
            p.text(1, top, data.conversion().describe(), data.conversion().leftOut().isEmpty() ? Style.MUTED : Style.WARN);
            top++;
        }
        top++; // a blank line above the panels
        ChartOptions options = tui.view().chartOptions(ascii);
        int w = p.width();
        int left = w / 2 - 1;
        int right = w - left - 2;
        List<Outliers.Flagged> unusual = data.outliers().transactions();
        int bottomRows = 1 + Math.max(1, Math.min(3, unusual.size())); // no blank lines kept for outliers that are not there
        int panel = p.height() - top - bottomRows;

        int barRows = Math.max(3, panel / 2 - 2);
        Painter l = p.area(1, top, left, panel);
        l.text(0, 0, "Expenses by category", Style.BOLD);
        l.chart(0, 1, ReportCharts.categories(data.expenses(), left, barRows, options));
        int row = barRows + 2;
        l.text(0, row, "Daily spending", Style.BOLD);
        l.chart(0, row + 1, Sparkline.fill(daily(data.days()), left, options));
        row += 3;
        l.text(0, row, "Budgets", Style.BOLD);
        l.chart(0, row + 1, ReportCharts.budget(data.budgets(), left, Math.max(1, panel - row - 1), options));

        Painter r = p.area(left + 2, top, right, panel);
        int lineRows = Math.max(6, panel / 2 + 1);
        if (netWorth != null) {
            String title = "Net worth, 12 months";
            r.text(0, 0, title, Style.BOLD);
            if (!netWorth.conversion().balancesLeftOut().isEmpty()) {
                // as on the net worth line above; the Accounts screen (8) says which currency lacks a rate
                r.text(title.length() + 2, 0, "incomplete: see 8", Style.WARN);
            }
            r.chart(0, 1, ReportCharts.netWorth(netWorth, ReportCharts.labels(data.months()), right, lineRows - 1, options));
        } else {
            r.text(0, 0, "Income, expenses and savings, 12 months", Style.BOLD);
            r.chart(0, 1, ReportCharts.trend(data.months(), right, lineRows - 1, options));
        }
        int pie = lineRows;
        if (!due.isEmpty()) {
            // the pie only repeats the bars of the expenses by category: it keeps what room the due list leaves, if enough
            int rest = panel - lineRows;
            int dueRows = rest - due.rowsWanted() >= PIE_ROWS ? due.rowsWanted() : rest;
            due.draw(r.area(0, lineRows, right, dueRows));
            pie = dueRows == rest ? panel : lineRows + dueRows;
        }
        if (pie < panel) {
            r.text(0, pie, "Where the money went", Style.BOLD);
            r.chart(0, pie + 1, ReportCharts.split(data.expenses(), right, Math.max(2, panel - pie - 1), options));
        }

        int bottom = top + panel;
        p.text(1, bottom, "Most unusual", Style.BOLD);
        if (unusual.isEmpty()) {
            p.text(3, bottom + 1, "nothing unusual in this period", Style.MUTED);
        }
        for (int i = 0; i < Math.min(3, unusual.size()); i++) {
            Outliers.Flagged f = unusual.get(i);
            p.wrapped(3, bottom + 1 + i, f.item().date() + "  " + f.reason(), Style.WARN, 1);
        }
    }

    private static double[] daily(Trend days) {
        double[] values = new double[days.expenses().values().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = days.expenses().values().get(i).minor();
        }
        return values;
    }

    /** Two rows of two figures, each with its change against the previous period as a signed number, not a colour. */
    private static void figures(Painter p, int row, PeriodSummary s, boolean ascii) {
        Figures f = s.current();
        int half = p.width() / 2;
        figure(p, 1, row, "Income", f.income().display(ascii), Formats.change(s.incomeChange()), Style.INCOME);
        figure(p, 1, row + 1, "Expenses", f.expenses().display(ascii), Formats.change(s.expensesChange()), Style.EXPENSE);
        figure(p, half, row, "Net", f.net().display(ascii), Formats.change(s.netChange()), f.net().minor() < 0 ? Style.BAD : Style.GOOD);
        figure(p, half, row + 1, "Saved", Formats.percent(f.savingsRate()), Formats.points(s.savingsRateChange()), Style.NORMAL);
    }

    private static void figure(Painter p, int col, int row, String name, String value, String change, Style style) {
        p.text(col, row, name, Style.BOLD);
        p.text(col + 9, row, Formats.padLeft(value, 15), style);
        p.text(col + 25, row, "(" + change + ")", Style.MUTED);
    }

    @Override
    List<KeyHelp> keys() {
        List<KeyHelp> keys = new ArrayList<>(viewKeys());
        keys.add(2, new KeyHelp("w", "12-month chart: net worth, or income and expenses"));
        keys.add(3, new KeyHelp("f", "the forecast: each account's balance over the coming months"));
        keys.addAll(4, DuePanel.keys());
        return keys;
    }

    @Override
    String hints() {
        // what fits 80 columns beside "? help  L log out"; the rest is in the help (F1)
        if (due.waiting() > 0) {
            return "A post  S skip  ↑↓ choose  f forecast  [ ] period  / filter";
        }
        return "[ ] period  { } length  w net worth  f forecast  / filter";
    }
}
