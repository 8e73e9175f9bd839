package io.finterm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.chart.ChartOptions.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart kind against its golden text: the normal case, ASCII, the log scale, and the edge cases
 * (empty, one point, all zeros, huge values, 20×5). Each case also has to fit its box, contain no
 * control characters, and in ASCII mode contain nothing but ASCII.
 */
class ChartGoldenTest {
    private static final ChartOptions UNICODE = ChartOptions.DEFAULT;
    private static final ChartOptions ASCII = ChartOptions.DEFAULT.withAscii(true);
    private static final ChartOptions LOG = ChartOptions.DEFAULT.withScale(Scale.LOG);
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    record Case(String name, int width, int height, ChartOptions options, Sized renderer) {
        Chart draw() {
            return renderer.render(width, height, options);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        List<Bar> spending = List.of(new Bar("Groceries", 420.10, "€420.10"), new Bar("Rent", 1200, "€1,200.00"),
                new Bar("Dining", 95.5, "€95.50"), new Bar("Transport", 12.3, "€12.30"), new Bar("Entertainment and more", 0.5, "€0.50"));
        List<Bar> signed = List.of(new Bar("Jan", 300, "300"), new Bar("Feb", -120, "-120"), new Bar("Mar", 50, "50"));
        List<Bar> zeros = List.of(new Bar("A", 0, "0"), new Bar("B", 0, "0"));
        List<Bar> huge = List.of(new Bar("big", 9e15, "9e15"), new Bar("small", 1, "1"));
        bars(cases, "bar", spending, signed, zeros, huge, BarChart::render);
        List<Bar> savings = new ArrayList<>();
        double[] income = {3000, 3000, 3100, 3000, 3200, 3000, 3000, 3300, 3000, 3000, 3100, 3400};
        double[] expenses = {2500, 2700, 2600, 3100, 2400, 2900, 2200, 2600, 3500, 2500, 2700, 2600};
        double[] saved = new double[12];
        for (int i = 0; i < 12; i++) {
            saved[i] = income[i] - expenses[i];
            savings.add(new Bar(MONTHS.get(i), saved[i], String.format(Locale.ROOT, "%.0f", saved[i])));
        }
        bars(cases, "columns", savings, signed, zeros, huge, ColumnChart::render);

        LineData three = lines(MONTHS, new LineData.Series("income", income), new LineData.Series("expenses", expenses),
                new LineData.Series("savings", saved));
        line(cases, "line-normal", 70, 12, UNICODE, three);
        line(cases, "line-ascii", 70, 12, ASCII, three);
        line(cases, "line-log", 70, 12, LOG, lines(MONTHS, new LineData.Series("spent", new double[] {5, 50, 500, 5000, 50, 5})));
        line(cases, "line-gap", 40, 8, UNICODE, lines(MONTHS, new LineData.Series("spent", new double[] {5, 7, Double.NaN, 6, 9})));
        line(cases, "line-empty", 40, 8, UNICODE, lines(MONTHS, new LineData.Series("spent", new double[0])));
        line(cases, "line-single", 40, 8, UNICODE, lines(MONTHS, new LineData.Series("spent", new double[] {42})));
        line(cases, "line-zeros", 40, 8, UNICODE, lines(MONTHS, new LineData.Series("spent", new double[] {0, 0, 0})));
        line(cases, "line-huge", 40, 8, UNICODE, lines(MONTHS, new LineData.Series("spent", new double[] {1, 9e15, 3})));
        line(cases, "line-small", 20, 5, UNICODE, three);

        double[] daily = {12, 0, 4.5, 30, 8, 0, 0, 61, 7, 12, 3, 0, 25, 9};
        spark(cases, "spark-normal", 40, UNICODE, daily);
        spark(cases, "spark-ascii", 40, ASCII, daily);
        spark(cases, "spark-log", 40, LOG, daily);
        spark(cases, "spark-empty", 40, UNICODE, new double[0]);
        spark(cases, "spark-single", 40, UNICODE, new double[] {5});
        spark(cases, "spark-zeros", 40, UNICODE, new double[] {0, 0, 0, 0});
        spark(cases, "spark-huge", 40, UNICODE, new double[] {1, 9e15, 2, Double.NaN});
        double[] year = new double[365];
        for (int i = 0; i < year.length; i++) {
            year[i] = 10 + 5 * Math.sin(i / 20.0) + (i % 7 == 5 ? 30 : 0);
        }
        spark(cases, "spark-small", 20, UNICODE, year);

        PieData split = pie(new Slice("Rent", 120_000), new Slice("Groceries", 42_010), new Slice("Dining", 9_550),
                new Slice("Transport", 4_000), new Slice("Health", 1_230), new Slice("Books", 900));
        pie(cases, "pie-normal", 60, 10, UNICODE, split);
        pie(cases, "pie-ascii", 60, 10, ASCII, split);
        pie(cases, "pie-empty", 40, 8, UNICODE, pie());
        pie(cases, "pie-single", 40, 8, UNICODE, pie(new Slice("Rent", 100)));
        pie(cases, "pie-zeros", 40, 8, UNICODE, pie(new Slice("Rent", 0), new Slice("Food", 0)));
        pie(cases, "pie-huge", 60, 10, UNICODE, pie(new Slice("Big", 9_000_000_000_000_000L), new Slice("Tiny", 1)));
        pie(cases, "pie-many", 60, 10, UNICODE, pie(new Slice("A", 20), new Slice("B", 19), new Slice("C", 18), new Slice("D", 17),
                new Slice("E", 16), new Slice("F", 15), new Slice("G", 14), new Slice("H", 13), new Slice("I", 12), new Slice("J", 11)));
        pie(cases, "pie-small", 20, 5, UNICODE, split);
        List<Progress> budgets = List.of(new Progress("Groceries", 0.82, "82 % of €400"), new Progress("Dining", 1.25, "125 % of €100, over by €25"),
                new Progress("Transport", 0.1, "10 % of €80"), new Progress("Rent", 1.0, "100 % of €1,200"));
        add(cases, "progress-normal", 60, 6, UNICODE, (w, h, o) -> ProgressChart.render(budgets, w, h, o));
        add(cases, "progress-ascii", 60, 6, ASCII, (w, h, o) -> ProgressChart.render(budgets, w, h, o));
        add(cases, "progress-empty", 40, 6, UNICODE, (w, h, o) -> ProgressChart.render(List.of(), w, h, o));
        add(cases, "progress-zeros", 40, 6, UNICODE, (w, h, o) -> ProgressChart.render(List.of(new Progress("None", 0, "0 % of €0")), w, h, o));
        add(cases, "progress-huge", 40, 6, UNICODE,
                (w, h, o) -> ProgressChart.render(List.of(new Progress("Wild", 9e15, "lots"), new Progress("NaN", Double.NaN, "?")), w, h, o));
        add(cases, "progress-small", 20, 5, UNICODE, (w, h, o) -> ProgressChart.render(
                List.of(budgets.get(0), budgets.get(1), budgets.get(2), budgets.get(3), budgets.get(0), budgets.get(1)), w, h, o));
        return cases.stream().map(Arguments::of);
    }

    private interface BarRenderer {
        Chart render(List<Bar> bars, int width, int height, ChartOptions options);
    }

    private static void bars(List<Case> cases, String kind, List<Bar> normal, List<Bar> signed, List<Bar> zeros, List<Bar> huge,
                             BarRenderer renderer) {
        add(cases, kind + "-normal", 60, 8, UNICODE, (w, h, o) -> renderer.render(normal, w, h, o));
        add(cases, kind + "-ascii", 60, 8, ASCII, (w, h, o) -> renderer.render(normal, w, h, o));
        add(cases, kind + "-log", 60, 8, LOG, (w, h, o) -> renderer.render(normal, w, h, o));
        add(cases, kind + "-negative", 40, 6, UNICODE, (w, h, o) -> renderer.render(signed, w, h, o));
        add(cases, kind + "-negative-log", 40, 6, LOG, (w, h, o) -> renderer.render(signed, w, h, o));
        add(cases, kind + "-empty", 40, 6, UNICODE, (w, h, o) -> renderer.render(List.of(), w, h, o));
        add(cases, kind + "-single", 40, 6, UNICODE, (w, h, o) -> renderer.render(normal.subList(0, 1), w, h, o));
        add(cases, kind + "-zeros", 40, 6, UNICODE, (w, h, o) -> renderer.render(zeros, w, h, o));
        add(cases, kind + "-huge", 40, 6, UNICODE, (w, h, o) -> renderer.render(huge, w, h, o));
        add(cases, kind + "-small", 20, 5, UNICODE, (w, h, o) -> renderer.render(normal, w, h, o));
    }

    private interface Sized {
        Chart render(int width, int height, ChartOptions options);
    }

    private static void add(List<Case> cases, String name, int width, int height, ChartOptions options, Sized chart) {
        cases.add(new Case(name, width, height, options, chart));
    }

    private static void line(List<Case> cases, String name, int width, int height, ChartOptions options, LineData data) {
        add(cases, name, width, height, options, (w, h, o) -> LineChart.render(data, w, h, o));
    }

    private static void spark(List<Case> cases, String name, int width, ChartOptions options, double[] values) {
        add(cases, name, width, 1, options, (w, h, o) -> Sparkline.render(values, w, h, o));
    }

    private static void pie(List<Case> cases, String name, int width, int height, ChartOptions options, PieData data) {
        add(cases, name, width, height, options, (w, h, o) -> PieChart.render(data, w, h, o));
    }

    private static LineData lines(List<String> x, LineData.Series... series) {
        return new LineData(x, List.of(series), v -> String.format(Locale.ROOT, "%.0f", v));
    }

    private static PieData pie(Slice... slices) {
        return new PieData(List.of(slices), v -> String.format(Locale.ROOT, "€%,d.%02d", v / 100, v % 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drawsAsTheGoldenFileShows(Case c) {
        Golden.assertMatches(c.name(), c.draw());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fitsItsBoxAndHasNoControlCharacters(Case c) {
        Chart chart = c.draw();
        assertFalse(chart.isEmpty(), "a chart always says something, even if only 'no data'");
        assertTrue(chart.size() <= c.height(), () -> chart.size() + " lines in a box " + c.height() + " high");
        for (String line : chart) {
            assertTrue(line.length() <= c.width(), () -> "'" + line + "' is wider than " + c.width());
            for (char ch : line.toCharArray()) {
                assertTrue(ch >= 0x20 && (ch < 0x7f || ch > 0x9f), () -> "control character " + (int) ch + " in '" + line + "'");
                assertTrue(!c.options().ascii() || ch < 0x7f, () -> "non-ASCII '" + ch + "' in ASCII mode: '" + line + "'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void colourHintsStayInsideTheTextAndVanishWithColourOff(Case c) {
        Chart chart = c.draw();
        for (Chart.Hint hint : chart.hints()) {
            assertTrue(hint.row() < chart.size() && hint.column() + hint.length() <= chart.get(hint.row()).length(),
                    () -> hint + " is outside the text");
        }
        Chart plain = c.renderer().render(c.width(), c.height(), c.options().withColour(false));
        assertEquals(List.copyOf(chart), List.copyOf(plain), "colour does not change the text");
        assertTrue(plain.hints().isEmpty(), "no hints without colour");
    }
}
