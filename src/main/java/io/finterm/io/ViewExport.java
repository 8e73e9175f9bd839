package io.finterm.io;

import com.google.gson.stream.JsonWriter;
import io.finterm.analysis.Dashboard;
import io.finterm.chart.Chart;
import io.finterm.chart.ChartOptions;
import io.finterm.chart.Sparkline;
import io.finterm.domain.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A screen's view as a file: a text report of its tables and charts, its main table as CSV, all of
 * it as JSON, or Markdown tables with the charts in code blocks.
 */
public final class ViewExport {
    public static final int CHART_WIDTH = 80;

    private ViewExport() {
    }

    /** One titled part of a view: a table, and the chart that goes with it (or {@code null}). */
    public record Section(String title, Table table, Chart chart) {
    }

    /** The dashboard's panels as sections, for {@link #render}. */
    public static List<Section> dashboard(Dashboard d, ChartOptions options) {
        double[] daily = d.days().expenses().values().stream().mapToDouble(Money::minor).toArray();
        return List.of(
                new Section("Summary", ReportTables.summary(d.summary()), null),
                new Section("Expenses by category", ReportTables.categories(d.expenses()), ReportCharts.categories(d.expenses(),
                        CHART_WIDTH, Math.max(1, d.expenses().rows().size()), options)),
                new Section("Where the money went", ReportTables.categories(d.expenses()), ReportCharts.split(d.expenses(), CHART_WIDTH, 10, options)),
                new Section("Daily spending", ReportTables.trend(d.days()), Sparkline.render(daily, CHART_WIDTH, 1, options)),
                new Section("Income, expenses and savings, 12 months", ReportTables.trend(d.months()),
                        ReportCharts.trend(d.months(), CHART_WIDTH, 14, options)),
                new Section("Budgets", ReportTables.budget(d.budgets()), ReportCharts.budget(d.budgets(), CHART_WIDTH, 20, options)),
                new Section("Unusual expenses", ReportTables.outliers(d.outliers()), null));
    }

    /** The dashboard as JSON: each report under its name. */
    public static String dashboardJson(Dashboard d) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject();
            w.name("from").value(d.summary().period().from().toString());
            w.name("to").value(d.summary().period().to().toString());
            w.name("summary").jsonValue(json(ReportTables.summary(d.summary())));
            w.name("categories").jsonValue(ReportJson.categories(d.expenses()));
            w.name("months").jsonValue(ReportJson.trend(d.months()));
            w.name("days").jsonValue(ReportJson.trend(d.days()));
            w.name("outliers").jsonValue(ReportJson.outliers(d.outliers()));
            w.name("budget").jsonValue(ReportJson.budget(d.budgets()));
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * {@code sections} in {@code format}, under {@code title}. CSV holds the first section's table;
     * JSON is {@code json} (each view writes its own).
     */
    public static String render(String title, List<Section> sections, ExportFormat format, String json, boolean ascii) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case CSV -> out.append(TableFormat.CSV.render(sections.get(0).table()));
            case JSON -> out.append(json).append('\n');
            case TEXT, MD -> {
                boolean md = format == ExportFormat.MD;
                out.append(md ? "# " : "").append(title).append("\n\n");
                for (Section s : sections) {
                    out.append(md ? "## " : "").append(s.title()).append("\n\n");
                    if (s.table().rows().isEmpty()) {
                        out.append("(none)\n\n");
                        continue;
                    }
                    out.append((md ? TableFormat.MD : TableFormat.TABLE).render(s.table(), ascii)).append('\n');
                    if (s.chart() != null) {
                        List<String> lines = new ArrayList<>(s.chart());
                        out.append(md ? "```\n" : "").append(String.join("\n", lines)).append(md ? "\n```\n\n" : "\n\n");
                    }
                }
            }
        }
        return out.toString();
    }

    private static String json(Table table) {
        return TableFormat.json(table.header(), table.rows());
    }
}
