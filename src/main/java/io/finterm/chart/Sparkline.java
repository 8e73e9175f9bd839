package io.finterm.chart;

import java.util.List;

/**
 * A one-line chart of a series: {@code ▁▂▃▄▅▆▇█}, or {@code _.-=+*#@} in ASCII, from the lowest value
 * to the highest. A series longer than the width is averaged into as many buckets as fit.
 */
public final class Sparkline {
    static final String LEVELS = "▁▂▃▄▅▆▇█";
    static final String LEVELS_ASCII = "_.-=+*#@";

    private Sparkline() {
    }

    /** {@code height} is accepted for the common renderer shape; a sparkline is one line high. */
    public static Chart render(double[] values, int width, int height, ChartOptions options) {
        if (values.length == 0) {
            return Chart.noData(width, height);
        }
        if (width < 1 || height < 1) {
            return Chart.message("", width, height);
        }
        double[] buckets = resample(values, width, options);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : buckets) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        String levels = options.ascii() ? LEVELS_ASCII : LEVELS;
        Canvas canvas = new Canvas(buckets.length, 1, options.ascii());
        for (int i = 0; i < buckets.length; i++) {
            int level = max == min ? 0 : (int) Math.round((buckets[i] - min) / (max - min) * (levels.length() - 1));
            canvas.put(0, i, levels.charAt(level), Hue.ACCENT_1);
        }
        return canvas.toChart(options.colour());
    }

    /**
     * A sparkline that uses its whole width: a series shorter than the width is stretched, each value
     * taking the same whole number of columns (30 days at 100 columns: 3 each), so that days stay
     * evenly spaced; a longer one is averaged as {@link #render(double[], int, int, ChartOptions)} does.
     */
    public static Chart fill(double[] values, int width, ChartOptions options) {
        int each = values.length == 0 ? 1 : Math.max(1, width / values.length);
        double[] wide = new double[values.length * each];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = values[i / each];
        }
        return render(wide, width, 1, options);
    }

    public static Chart render(List<Double> values, int width, int height, ChartOptions options) {
        return render(values.stream().mapToDouble(Double::doubleValue).toArray(), width, height, options);
    }

    /** The scaled values, averaged into at most {@code width} buckets; non-finite values count as 0. */
    private static double[] resample(double[] values, int width, ChartOptions options) {
        int n = Math.min(values.length, width);
        double[] buckets = new double[n];
        for (int b = 0; b < n; b++) {
            int from = (int) ((long) b * values.length / n);
            int to = (int) ((long) (b + 1) * values.length / n);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += options.scale().apply(values[i]);
            }
            buckets[b] = sum / (to - from);
        }
        return buckets;
    }
}
