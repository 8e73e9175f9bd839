package io.finterm.report;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import io.finterm.analysis.Dashboard;
import io.finterm.analysis.Period;
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

    /** One titled part of a view: a table (or {@code null} for a chart alone), and the chart that goes with it (or {@code null}). */
    public record Section(String title, Table table, Chart chart) {
    }

    /**
     * What a file says first about the view it holds: which view and whose, the period, the filter
     * ({@code null} for none) and notes such as how amounts were converted.
     */
    public record Header(String view, String user, Period period, String filter, List<String> notes) {
        public Header {
            notes = List.copyOf(notes);
        }

        List<List<String>> facts() {
            List<List<String>> facts = new ArrayList<>(List.of(List.of("view", view), List.of("user", user), List.of("period", period.label()),
                    List.of("from", period.from().toString()), List.of("to", period.to().toString()), List.of("filter", filter == null ? "none" : filter)));
            notes.forEach(n -> facts.add(List.of("note", n)));
            return facts;
        }
    }

    /** The dashboard's panels as sections, for {@link #render}: each table once, and every chart the screen shows. */
    public static List<Section> dashboard(Dashboard d, ChartOptions options) {
        double[] daily = d.days().expenses().values().stream().mapToDouble(Money::minor).toArray();
        return List.of(
                new Section("Summary", ReportTables.summary(d.summary()), null),
                new Section("Expenses by category", ReportTables.categories(d.expenses()), ReportCharts.categories(d.expenses(),
                        CHART_WIDTH, Math.max(1, d.expenses().rows().size()), options)),
                new Section("Where the money went", null, ReportCharts.split(d.expenses(), CHART_WIDTH, 10, options)),
                new Section("Daily spending", ReportTables.trend(d.days()), Sparkline.fill(daily, CHART_WIDTH, options)),
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
            w.name("summary").jsonValue(json(ReportTables.summary(d.summary())));
            w.name("categories").jsonValue(ReportJson.categories(d.expenses()));
            w.name("days").jsonValue(ReportJson.trend(d.days()));
            w.name("months").jsonValue(ReportJson.trend(d.months()));
            w.name("budget").jsonValue(ReportJson.budget(d.budgets()));
            w.name("outliers").jsonValue(ReportJson.outliers(d.outliers()));
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * {@code sections} in {@code format}, after the {@code header}. The text and Markdown reports hold
     * every table and chart; CSV holds every table, each under its title, after the header's facts as
     * name,value lines; JSON is the header's fields followed by {@code json}'s (each view writes its own).
     */
    public static String render(Header header, List<Section> sections, ExportFormat format, String json, boolean ascii) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case CSV -> {
                out.append(TableFormat.csv(List.of("finterm", header.view()), header.facts().subList(1, header.facts().size())));
                for (Section s : sections) {
                    if (s.table() != null) {
                        out.append('\n').append(TableFormat.csv(List.of(s.title()), List.of())).append(TableFormat.CSV.render(s.table()));
                    }
                }
            }
            case JSON -> out.append(json(header, json)).append('\n');
            case TEXT, MD -> {
                boolean md = format == ExportFormat.MD;
                out.append(md ? "# " : "").append("finterm ").append(header.view()).append(" for ").append(header.user()).append("\n\n");
                for (List<String> fact : header.facts().subList(2, header.facts().size())) {
                    out.append(md ? "- " : "").append(fact.get(0)).append(": ").append(fact.get(1)).append('\n');
                }
                out.append('\n');
                for (Section s : sections) {
                    out.append(md ? "## " : "").append(s.title()).append("\n\n");
                    if (s.table() != null && s.table().rows().isEmpty()) {
                        out.append("(none)\n\n");
                        continue;
                    }
                    if (s.table() != null) {
                        out.append((md ? TableFormat.MD : TableFormat.TABLE).render(s.table(), ascii)).append('\n');
                    }
                    if (s.chart() != null) {
                        List<String> lines = new ArrayList<>(s.chart());
                        out.append(md ? "```\n" : "").append(String.join("\n", lines)).append(md ? "\n```\n\n" : "\n\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /** The header's fields, then the view's own (its period, already in the header, is not repeated). */
    private static String json(Header header, String view) {
        JsonObject out = new JsonObject();
        out.addProperty("view", header.view());
        out.addProperty("user", header.user());
        out.addProperty("period", header.period().label());
        out.addProperty("from", header.period().from().toString());
        out.addProperty("to", header.period().to().toString());
        out.add("filter", header.filter() == null ? JsonNull.INSTANCE : new JsonPrimitive(header.filter()));
        JsonArray notes = new JsonArray();
        header.notes().forEach(notes::add);
        out.add("notes", notes);
        for (var e : JsonParser.parseString(view).getAsJsonObject().entrySet()) {
            if (!out.has(e.getKey())) {
                out.add(e.getKey(), e.getValue());
            }
        }
        return new Gson().toJson(out);
    }

    private static String json(Table table) {
        return TableFormat.json(table.header(), table.rows());
    }
}
