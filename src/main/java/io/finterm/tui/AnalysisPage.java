package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.analysis.Trend;
import io.finterm.chart.LineChart;
import io.finterm.chart.LineData;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.TxKind;
import io.finterm.report.AmountFormat;
import io.finterm.report.ReportCharts;
import io.finterm.report.ReportTables;
import io.finterm.service.AnalysisService;
import io.finterm.service.ExportService;
import io.finterm.service.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis in five tabs, over the same period, scale and filter as the dashboard: trends (a line
 * of expenses with moving averages, and the slope of every category in words), unusual spending
 * (Enter opens the transaction), budget variance, category statistics, and the newest exchange rates.
 */
final class AnalysisPage extends ViewPage {
    private enum Tab { TRENDS, OUTLIERS, VARIANCE, CATEGORIES, RATES }

    private Tab tab = Tab.TRENDS;
    private Trend trend;
    private Outliers outliers;
    private BudgetVariance variance;
    private CategoryStats categories;
    private List<ExchangeRate> rates;
    private int selected;
    private final Scroll scroll = new Scroll();

    AnalysisPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Analysis";
    }

    @Override
    void reload() {
        Period period = tui.view().period;
        Filter filter = tui.view().filter;
        var analysis = tui.services().analysis();
        var session = tui.session();
        selected = 0;
        scroll.reset();
        switch (tab) {
            case TRENDS -> tui.background("loading", () -> analysis.trend(session, AnalysisService.trendPeriod(period), Trend.Granularity.MONTH, filter),
                    t -> trend = t);
            case OUTLIERS -> tui.background("loading", () -> analysis.outliers(session, period, filter), o -> outliers = o);
            case VARIANCE -> tui.background("loading", () -> analysis.budgets(session, period, filter), v -> variance = v);
            case CATEGORIES -> tui.background("loading", () -> analysis.categories(session, period, TxKind.EXPENSE, filter), c -> categories = c);
            case RATES -> tui.background("loading", () -> tui.services().rates().newestRate()
                    .map(d -> tui.services().rates().listRates(null, d, d)).orElse(List.of()), r -> rates = r);
        }
    }

    @Override
    void export() {
        tui.open(new ExportOverlay(tui, switch (tab) {
            case TRENDS -> ExportService.View.TREND;
            case OUTLIERS -> ExportService.View.OUTLIERS;
            case VARIANCE -> ExportService.View.BUDGET;
            case CATEGORIES, RATES -> ExportService.View.CATEGORIES;
        }));
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Tab || (type == KeyType.ArrowRight && !key.isShiftDown())) {
            tab = Tab.values()[(tab.ordinal() + 1) % Tab.values().length];
            reload();
            return true;
        }
        if (type == KeyType.ReverseTab || (type == KeyType.ArrowLeft && !key.isShiftDown())) {
            tab = Tab.values()[(tab.ordinal() + Tab.values().length - 1) % Tab.values().length];
            reload();
            return true;
        }
        if (tab == Tab.RATES && type == KeyType.Character && key.getCharacter() == 'u') {
            tui.updateRates();
            return true;
        }
        if ((tab == Tab.TRENDS || tab == Tab.VARIANCE || tab == Tab.CATEGORIES) && scroll.key(key)) {
            return true;
        }
        if (tab == Tab.OUTLIERS && outliers != null) {
            int count = outliers.transactions().size();
            if (type == KeyType.ArrowDown || (type == KeyType.Character && key.getCharacter() == 'j')) {
                selected = Math.min(Math.max(0, count - 1), selected + 1);
                return true;
            }
            if (type == KeyType.ArrowUp || (type == KeyType.Character && key.getCharacter() == 'k')) {
                selected = Math.max(0, selected - 1);
                return true;
            }
            if (type == KeyType.Enter && count > 0) {
                long id = outliers.transactions().get(selected).item().id();
                tui.push(new EntryFormPage(tui, tui.services().transactions().get(tui.session(), id)));
                return true;
            }
        }
        return super.key(key);
    }

    @Override
    void draw(Painter p) {
        periodLine(p, 0);
        int col = 1;
        for (Tab t : Tab.values()) {
            String name = " " + t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT) + " ";
            p.text(col, 1, name, t == tab ? Style.REVERSE : Style.NORMAL);
            col += name.length() + 1;
        }
        p.text(col + 2, 1, "Tab or ← → switches", Style.MUTED);
        Painter body = p.area(0, 3, p.width(), p.height() - 3);
        switch (tab) {
            case TRENDS -> drawTrend(body);
            case OUTLIERS -> drawOutliers(body);
            case VARIANCE -> drawVariance(body);
            case CATEGORIES -> {
                if (categories != null) {
                    scroll.draw(body, 0, body.height(), ReportTables.categories(categories, AmountFormat.display(body.ascii())));
                }
            }
            case RATES -> drawRates(body);
        }
    }

    private void drawTrend(Painter p) {
        if (trend == null) {
            return;
        }
        Trend.Line expenses = trend.expenses();
        double[] values = expenses.values().stream().mapToDouble(m -> m.toDecimal().doubleValue()).toArray();
        double[] ma3 = expenses.average3().stream().mapToDouble(Double::doubleValue).toArray();
        double[] ma6 = expenses.average6().stream().mapToDouble(Double::doubleValue).toArray();
        List<String> labels = ReportCharts.labels(trend);
        int chartRows = Math.max(8, p.height() / 2);
        var chart = LineChart.render(new LineData(labels, List.of(new LineData.Series("expenses", values),
                new LineData.Series("3-month average", ma3), new LineData.Series("6-month average", ma6)),
                v -> String.format(Locale.ROOT, "%.0f", v)), p.width() - 2, chartRows, tui.view().chartOptions(p.ascii()));
        p.chart(1, 0, chart);
        int row = chartRows + 1;
        Money projected = expenses.projected();
        p.text(1, row, "Expenses " + expenses.slope().describe() + (projected == null ? ""
                : "   projected for this month: " + projected.display(p.ascii())), Style.BOLD);
        scroll.draw(p, row + 1, p.height() - row - 1, ReportTables.slopes(trend));
    }

    private void drawOutliers(Painter p) {
        if (outliers == null) {
            return;
        }
        if (outliers.transactions().isEmpty()) {
            p.text(1, 0, "Nothing unusual in this period. (A category needs " + Plural.of(outliers.minSample(), "expense")
                    + " before anything in it is judged.)", Style.MUTED);
        }
        int row = 0;
        if (!outliers.transactions().isEmpty()) {
            p.text(1, row++, Formats.pad("date", 12) + Formats.pad("description", 18) + Formats.padLeft("score", 6) + "  why", Style.BOLD);
        }
        // The reason is the point of the line: it wraps onto a second line rather than being cut.
        for (int i = 0; i < outliers.transactions().size() && row < p.height() - 4; i++) {
            Outliers.Flagged f = outliers.transactions().get(i);
            Style style = i == selected ? Style.REVERSE : Style.WARN;
            p.text(1, row, Formats.pad(f.item().date().toString(), 12) + Formats.pad(f.item().description(), 18)
                    + Formats.padLeft(String.format(Locale.ROOT, "%.1f", f.score()), 6) + "  ", style);
            row += p.wrapped(39, row, f.reason(), style, 2);
        }
        if (!outliers.months().isEmpty()) {
            p.text(1, ++row, "Unusual months", Style.BOLD);
            for (Outliers.FlaggedMonth m : outliers.months()) {
                if (++row >= p.height()) {
                    break;
                }
                p.text(1, row, m.reason(), Style.WARN);
            }
        }
    }

    /** The newest ECB reference rates, a few columns of them, and how to fetch newer ones. */
    private void drawRates(Painter p) {
        if (rates == null) {
            return;
        }
        if (rates.isEmpty()) {
            p.text(1, 0, "No exchange rates yet: press u to fetch them from the European Central Bank, or run `finterm rates import FILE`.",
                    Style.MUTED);
            return;
        }
        p.text(1, 0, "ECB reference rates of " + rates.get(0).date() + ": what one euro bought.   u fetches newer ones", Style.BOLD);
        int rows = Math.max(1, p.height() - 3);
        for (int i = 0; i < rates.size(); i++) {
            ExchangeRate r = rates.get(i);
            p.text(1 + (i / rows) * 20, 2 + i % rows, r.currency().getCurrencyCode() + "  " + r.perEuro().toPlainString());
        }
    }

    private void drawVariance(Painter p) {
        if (variance == null) {
            return;
        }
        int used = scroll.draw(p, 0, Math.max(2, p.height() - 4), ReportTables.budget(variance));
        if (variance.lines().isEmpty()) {
            p.text(1, 1, "No budgets in this period: set them on the Budgets screen (3).", Style.MUTED);
        }
        int row = used + 1;
        if (!variance.mostOftenOver().isEmpty()) {
            p.text(1, row++, "Most often over budget: " + variance.describeMostOftenOver(), Style.BAD);
        }
        if (!variance.unbudgeted().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (BudgetVariance.Unbudgeted u : variance.unbudgeted()) {
                names.append(names.length() == 0 ? "" : ", ").append(u.category()).append(' ').append(u.spent().display(p.ascii()));
            }
            p.text(1, row++, "Spent in a month with no budget for it: " + names, Style.MUTED);
        }
        if (!variance.notBegun().isEmpty()) {
            p.text(1, row, variance.notBegun().size() + (variance.notBegun().size() == 1 ? " month has" : " months have")
                    + " not begun: left out", Style.MUTED);
        }
    }

    @Override
    List<KeyHelp> keys() {
        List<KeyHelp> keys = new ArrayList<>(List.of(new KeyHelp("Tab, ← →", "trends, outliers, variance, categories, rates"),
                new KeyHelp("↑ ↓, Enter", "on outliers: choose one and open it"),
                new KeyHelp("↑ ↓ PgUp PgDn Home End", "on trends, variance and categories: scroll the table"), new KeyHelp("u", "on rates: fetch the newest rates now")));
        keys.addAll(viewKeys());
        return keys;
    }

    @Override
    String hints() {
        return "Tab switch  [ ] period  { } length  / filter  x export";
    }
}
