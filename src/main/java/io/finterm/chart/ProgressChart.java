package io.finterm.chart;

import java.util.List;

/**
 * Progress bars, one per line: {@code Groceries ████████░░ 82 % of €400}. The bar fills to the
 * fraction used and stops at full; its hue turns to warning from 80 % and to negative above 100 %.
 * The text beside it carries the meaning, so nothing depends on colour.
 */
public final class ProgressChart {
    static final double NEAR = 0.8;

    private ProgressChart() {
    }

    public static Chart render(List<Progress> items, int width, int height, ChartOptions options) {
        if (items.isEmpty()) {
            return Chart.noData(width, height);
        }
        if (width < 3 || height < 1) {
            return Chart.message("too small", width, height);
        }
        boolean more = items.size() > height;
        List<Progress> shown = more ? items.subList(0, height - 1) : items;
        int labelWidth = 0;
        int textWidth = 0;
        for (Progress p : shown) {
            labelWidth = Math.max(labelWidth, p.label().length());
            textWidth = Math.max(textWidth, p.text().length());
        }
        labelWidth = Math.min(labelWidth, Math.max(4, width / 3));
        int bar = Math.min(20, width - labelWidth - textWidth - 2);
        if (bar < 3) {
            textWidth = 0;
            bar = Math.max(1, width - labelWidth - 1);
        }
        char full = options.ascii() ? '#' : '█';
        char empty = options.ascii() ? '.' : '░';
        Canvas canvas = new Canvas(width, shown.size() + (more ? 1 : 0), options.ascii());
        for (int row = 0; row < shown.size(); row++) {
            Progress p = shown.get(row);
            canvas.write(row, 0, Canvas.fit(p.label(), labelWidth, options.ascii()), null);
            double used = Double.isFinite(p.fraction()) ? Math.max(0, p.fraction()) : 0;
            int filled = (int) Math.round(Math.min(1, used) * bar);
            Hue hue = used > 1 ? Hue.NEGATIVE : used >= NEAR ? Hue.WARNING : Hue.POSITIVE;
            for (int i = 0; i < bar; i++) {
                canvas.put(row, labelWidth + 1 + i, i < filled ? full : empty, i < filled ? hue : Hue.MUTED);
            }
            if (textWidth > 0) {
                canvas.write(row, labelWidth + bar + 2, Canvas.fit(p.text(), width - labelWidth - bar - 2, options.ascii()), null);
            }
        }
        if (more) {
            canvas.write(shown.size(), 0, Canvas.fit("+" + (items.size() - shown.size()) + " more", width, options.ascii()), Hue.MUTED);
        }
        return canvas.toChart(options.colour());
    }
}
