package io.finterm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the golden files cannot show at a glance: shape, colour hints, and hostile labels. */
class ChartBehaviourTest {
    private static final PieData SPLIT = new PieData(List.of(new Slice("Rent", 600), new Slice("Food", 300), new Slice("Fun", 100)),
            Long::toString);

    @Test
    void thePieIsTwiceAsWideAsItIsTallSoItLooksRoundInATerminal() {
        for (int height : new int[] {6, 10, 16}) {
            Chart pie = PieChart.render(SPLIT, 100, height, ChartOptions.DEFAULT.withColour(false));
            int rows = 0;
            int widest = 0;
            for (String line : pie) {
                String disc = line.length() > 2 * height ? line.substring(0, 2 * height) : line;
                if (!disc.isBlank()) {
                    rows++;
                    widest = Math.max(widest, disc.strip().length());
                }
            }
            assertEquals(height, rows);
            assertEquals(2.0 * height, widest, 1.0, "the widest row of a disc " + height + " rows high");
        }
    }

    @Test
    void eachSliceAndItsLegendSwatchShareAHueAndNoTwoSlicesDo() {
        Chart pie = PieChart.render(SPLIT, 60, 10, ChartOptions.DEFAULT);
        Set<Hue> hues = pie.hints().stream().map(Chart.Hint::hue).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(Hue.ACCENT_1, Hue.ACCENT_2, Hue.ACCENT_3), hues);
        Set<Character> fills = new TreeSet<>();
        for (Chart.Hint hint : pie.hints()) {
            fills.add(pie.get(hint.row()).charAt(hint.column()));
        }
        assertEquals(3, fills.size(), "a fill character per slice, so the pie reads without colour: " + fills);
    }

    @Test
    void lineSeriesAreHintedWithTheirOwnAccent() {
        LineData data = new LineData(List.of("a", "b", "c"), List.of(new LineData.Series("up", new double[] {1, 2, 3}),
                new LineData.Series("down", new double[] {3, 2, 1})), v -> String.format("%.0f", v));
        Set<Hue> hues = LineChart.render(data, 40, 10, ChartOptions.DEFAULT).hints().stream().map(Chart.Hint::hue).collect(Collectors.toSet());
        assertTrue(hues.containsAll(Set.of(Hue.ACCENT_1, Hue.ACCENT_2)), hues.toString());
    }

    @Test
    void controlCharactersInLabelsNeverReachTheOutput() {
        String hostile = "Evil\u001b]52;c;cGF3bmVk\u0007\u009b31m";
        List<Chart> charts = List.of(
                BarChart.render(List.of(new Bar(hostile, 1, hostile)), 80, 3, ChartOptions.DEFAULT),
                ColumnChart.render(List.of(new Bar(hostile, 1, hostile)), 80, 6, ChartOptions.DEFAULT),
                PieChart.render(new PieData(List.of(new Slice(hostile, 1)), v -> hostile), 80, 6, ChartOptions.DEFAULT),
                ProgressChart.render(List.of(new Progress(hostile, 0.5, hostile)), 80, 3, ChartOptions.DEFAULT),
                LineChart.render(new LineData(List.of(hostile), List.of(new LineData.Series(hostile, new double[] {1})), v -> hostile),
                        80, 8, ChartOptions.DEFAULT));
        for (Chart chart : charts) {
            for (String line : chart) {
                assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), line);
            }
        }
    }
}
