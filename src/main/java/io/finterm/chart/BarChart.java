package io.finterm.chart;

import java.util.List;

/**
 * Horizontal bars, one per line: {@code label bar value}. Bar ends have eighth-cell precision in
 * Unicode. Negative values grow left from a zero axis, which then splits the bar area in proportion
 * to the largest value on each side. More bars than lines end with a "+N more" line.
 */
public final class BarChart {
    static final String EIGHTHS = " ▏▎▍▌▋▊▉█";

    private BarChart() {
    }

    public static Chart render(List<Bar> bars, int width, int height, ChartOptions options) {
        if (bars.isEmpty()) {
            return Chart.noData(width, height);
        }
        if (width < 3 || height < 1) {
            return Chart.message("too small", width, height);
        }
        boolean more = bars.size() > height;
        List<Bar> shown = more ? bars.subList(0, Math.max(0, height - 1)) : bars;
        int labelWidth = 0;
        int valueWidth = 0;
        double maxPositive = 0;
        double maxNegative = 0;
        for (Bar b : shown) {
            labelWidth = Math.max(labelWidth, b.label().length());
            valueWidth = Math.max(valueWidth, b.valueText().length());
            double v = options.scale().apply(b.value());
            maxPositive = Math.max(maxPositive, v);
            maxNegative = Math.max(maxNegative, -v);
        }
        labelWidth = Math.min(labelWidth, Math.max(4, width / 3));
        int area = width - labelWidth - valueWidth - 2;
        if (area < 2) {
            valueWidth = 0;
            area = width - labelWidth - 1;
        }
        Canvas canvas = new Canvas(width, shown.size() + (more ? 1 : 0), options.ascii());
        int negativeWidth = maxNegative == 0 ? 0 : maxPositive == 0 ? area - 1
                : (int) Math.round((area - 1) * maxNegative / (maxNegative + maxPositive));
        int positiveWidth = maxNegative == 0 ? area : area - 1 - negativeWidth;
        int zero = labelWidth + 1 + negativeWidth;
        for (int row = 0; row < shown.size(); row++) {
            Bar b = shown.get(row);
            canvas.write(row, 0, Canvas.fit(b.label(), labelWidth, options.ascii()), null);
            double v = options.scale().apply(b.value());
            if (maxNegative > 0) {
                canvas.put(row, zero, options.ascii() ? '|' : '│', Hue.MUTED);
            }
            if (v > 0 && positiveWidth > 0) {
                int start = maxNegative > 0 ? zero + 1 : zero;
                drawRight(canvas, row, start, v / maxPositive * positiveWidth, options.ascii());
            } else if (v < 0 && negativeWidth > 0) {
                int cells = (int) Math.max(1, Math.round(-v / maxNegative * negativeWidth));
                for (int i = 1; i <= cells; i++) {
                    canvas.put(row, zero - i, options.ascii() ? '=' : '█', Hue.NEGATIVE);
                }
            }
            if (valueWidth > 0) {
                String text = Canvas.fit(b.valueText(), valueWidth, options.ascii());
                canvas.write(row, width - text.length(), text, null);
            }
        }
        if (more) {
            canvas.write(shown.size(), 0, Canvas.fit("+" + (bars.size() - shown.size()) + " more", width, options.ascii()), Hue.MUTED);
        }
        return canvas.toChart(options.colour());
    }

    /** A bar of {@code length} cells (fractional) from {@code start}; a positive value shows at least a sliver. */
    private static void drawRight(Canvas canvas, int row, int start, double length, boolean ascii) {
        if (ascii) {
            int cells = (int) Math.max(1, Math.round(length));
            for (int i = 0; i < cells; i++) {
                canvas.put(row, start + i, '#', Hue.ACCENT_1);
            }
            return;
        }
        int eighths = (int) Math.max(1, Math.round(length * 8));
        int column = start;
        for (; eighths >= 8; eighths -= 8) {
            canvas.put(row, column++, '█', Hue.ACCENT_1);
        }
        if (eighths > 0) {
            canvas.put(row, column, EIGHTHS.charAt(eighths), Hue.ACCENT_1);
        }
    }
}
