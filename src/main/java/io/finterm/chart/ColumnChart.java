package io.finterm.chart;

import java.util.List;

/**
 * Vertical bars for a series such as months: the largest value's text labels the top of the axis,
 * the columns stand on a zero line (negative values hang below it), and the bar labels run along the
 * bottom where they fit. When there are more bars than room, the latest ones are shown.
 */
public final class ColumnChart {
    static final String EIGHTHS = " ▁▂▃▄▅▆▇█";

    private ColumnChart() {
    }

    public static Chart render(List<Bar> bars, int width, int height, ChartOptions options) {
        if (bars.isEmpty()) {
            return Chart.noData(width, height);
        }
        Bar top = bars.get(0);
        Bar bottom = bars.get(0);
        for (Bar b : bars) {
            top = options.scale().apply(b.value()) > options.scale().apply(top.value()) ? b : top;
            bottom = options.scale().apply(b.value()) < options.scale().apply(bottom.value()) ? b : bottom;
        }
        double max = Math.max(0, options.scale().apply(top.value()));
        double min = Math.min(0, options.scale().apply(bottom.value()));
        String topText = max > 0 ? top.valueText() : "0";
        String bottomText = min < 0 ? bottom.valueText() : "0";
        int axis = Math.max(topText.length(), bottomText.length());
        int plotWidth = width - axis - 1;
        int rows = height - 1;
        if (rows < 2 || plotWidth < 2) {
            return Chart.message("too small", width, height);
        }
        int gap = plotWidth >= 2 * bars.size() - 1 ? 1 : 0;
        int columnWidth = Math.max(1, Math.min(4, (plotWidth + gap) / bars.size() - gap));
        int fit = Math.min(bars.size(), (plotWidth + gap) / (columnWidth + gap));
        List<Bar> shown = bars.subList(bars.size() - fit, bars.size());

        Canvas canvas = new Canvas(width, height, options.ascii());
        double span = max - min == 0 ? 1 : max - min;
        int zeroRow = (int) Math.round(rows * max / span); // rows above the zero line hold positive bars
        canvas.write(0, axis - topText.length(), topText, Hue.MUTED);
        canvas.write(rows - 1, axis - bottomText.length(), bottomText, Hue.MUTED);
        for (int r = 0; r < rows; r++) {
            canvas.put(r, axis, options.ascii() ? '|' : '│', Hue.MUTED);
        }
        int nextLabel = axis + 1;
        for (int i = 0; i < shown.size(); i++) {
            Bar b = shown.get(i);
            int left = axis + 1 + i * (columnWidth + gap);
            double v = options.scale().apply(b.value());
            if (v > 0) {
                int eighths = (int) Math.max(1, Math.round(v / span * rows * 8));
                for (int r = zeroRow - 1; r >= 0 && eighths > 0; r--, eighths -= 8) {
                    char c = options.ascii() ? (eighths >= 4 ? '#' : '.') : EIGHTHS.charAt(Math.min(8, eighths));
                    fill(canvas, r, left, columnWidth, c, Hue.ACCENT_1);
                }
            } else if (v < 0) {
                int cells = (int) Math.max(1, Math.round(-v / span * rows));
                for (int r = zeroRow; r < rows && cells > 0; r++, cells--) {
                    fill(canvas, r, left, columnWidth, options.ascii() ? '=' : '█', Hue.NEGATIVE);
                }
            }
            if (left >= nextLabel) {
                String label = Canvas.fit(b.label(), Math.max(columnWidth, width - left), options.ascii());
                int room = Math.min(label.length(), width - left);
                nextLabel = canvas.write(rows, left, label.substring(0, room), null) + 1;
            }
        }
        return canvas.toChart(options.colour());
    }

    private static void fill(Canvas canvas, int row, int left, int columnWidth, char c, Hue hue) {
        for (int x = 0; x < columnWidth; x++) {
            canvas.put(row, left + x, c, hue);
        }
    }
}
