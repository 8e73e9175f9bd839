package io.finterm.chart;

import java.util.List;

/**
 * Progress bars, one per line: {@code Groceries ████████░░ 82 % of €400}. The bar fills to the
 * fraction used and stops at full; its hue turns to warning from 80 % and to negative above 100 %.
 * The text beside it carries the meaning, so nothing depends on colour, and in a narrow place the bar
 * is shortened to keep the text whole.
 */
public final class ProgressChart {
    static final double NEAR = 0.8;
    static final int MIN_BAR = 3;
    static final int MAX_BAR = 20;

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
        for (Progress p : shown) {
            labelWidth = Math.max(labelWidth, p.label().length());
        }
        labelWidth = Math.min(labelWidth, Math.max(4, width / 3));
        // The text carries the meaning (colour never does alone), so it keeps its room and the bar gives
        // way: first down to MIN_BAR, then the text takes its middle and then its brief form, then the
        // label shortens, and only then does the bar go, and last of all the text is cut with an ellipsis.
        int tier = 0;
        int textWidth = textWidth(shown, tier);
        while (tier < 2 && width - labelWidth - textWidth - 2 < MIN_BAR) {
            textWidth = textWidth(shown, ++tier);
        }
        if (width - labelWidth - textWidth - 2 < MIN_BAR) {
            labelWidth = Math.min(labelWidth, Math.max(4, width - textWidth - 2 - MIN_BAR));
        }
        int bar = Math.max(0, Math.min(MAX_BAR, width - labelWidth - textWidth - 2));
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
            int textAt = labelWidth + 1 + (bar > 0 ? bar + 1 : 0);
            canvas.write(row, textAt, Canvas.fit(p.form(tier), Math.max(0, width - textAt), options.ascii()), null);
        }
        if (more) {
            canvas.write(shown.size(), 0, Canvas.fit("+" + (items.size() - shown.size()) + " more", width, options.ascii()), Hue.MUTED);
        }
        return canvas.toChart(options.colour());
    }

    private static int textWidth(List<Progress> items, int tier) {
        int width = 0;
        for (Progress p : items) {
            width = Math.max(width, p.form(tier).length());
        }
        return width;
    }
}
