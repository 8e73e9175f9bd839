package io.finterm.chart;

import java.util.List;

/**
 * Up to three series as lines, with y-axis labels, x labels and a legend. Unicode draws on a braille
 * canvas (2×4 dots per cell) and tells the series apart by pen as well as colour: solid, dashed and
 * dotted, as the legend shows. ASCII draws one point per cell with a marker per series.
 */
public final class LineChart {
    static final int MAX_SERIES = 3;
    private static final String[] LEGEND_UNICODE = {"━", "╍", "┈"};
    private static final char[] MARKER_ASCII = {'*', '+', 'o'};
    private static final int BRAILLE = 0x2800;
    // Dot bits of a braille cell by [row][column] of its 4x2 dots.
    private static final int[][] DOTS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

    private LineChart() {
    }

    public static Chart render(LineData data, int width, int height, ChartOptions options) {
        double min = 0;
        double max = 0;
        int points = 0;
        boolean any = false;
        for (LineData.Series s : data.series()) {
            double[] values = s.values();
            points = Math.max(points, values.length);
            for (double raw : values) {
                if (Double.isFinite(raw)) {
                    double v = options.scale().apply(raw);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    any = true;
                }
            }
        }
        if (!any) {
            return Chart.noData(width, height);
        }
        if (max == min) {
            max = min + 1;
        }
        String topText = data.yLabel().apply(unscale(max, options));
        String bottomText = data.yLabel().apply(unscale(min, options));
        int axis = Math.max(topText.length(), bottomText.length());
        int rows = height - 2;
        int plotWidth = width - axis - 1;
        if (rows < 2 || plotWidth < 4) {
            return Chart.message("too small", width, height);
        }
        Canvas canvas = new Canvas(width, height, options.ascii());
        canvas.write(0, axis - topText.length(), topText, Hue.MUTED);
        canvas.write(rows - 1, axis - bottomText.length(), bottomText, Hue.MUTED);
        if (rows >= 5 && min < 0 && max > 0) {
            int zeroRow = (int) Math.round((rows - 1) * max / (max - min));
            String zero = data.yLabel().apply(0);
            if (zeroRow > 0 && zeroRow < rows - 1 && zero.length() <= axis) {
                canvas.write(zeroRow, axis - zero.length(), zero, Hue.MUTED);
            }
        }
        for (int r = 0; r < rows; r++) {
            boolean tick = canvas.at(r, axis - 1) != ' ';
            canvas.put(r, axis, options.ascii() ? (tick ? '+' : '|') : (tick ? '┤' : '│'), Hue.MUTED);
        }
        int dotsWide = options.ascii() ? plotWidth : plotWidth * 2;
        int dotsHigh = options.ascii() ? rows : rows * 4;
        int[][] braille = new int[rows][plotWidth];
        for (int s = 0; s < data.series().size(); s++) {
            double[] values = data.series().get(s).values();
            int previousX = -1;
            int previousY = -1;
            int step = 0;
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    previousX = -1;
                    continue;
                }
                int x = points == 1 ? dotsWide / 2 : (int) Math.round((double) i * (dotsWide - 1) / (points - 1));
                int y = (int) Math.round((max - options.scale().apply(values[i])) / (max - min) * (dotsHigh - 1));
                int fromX = previousX < 0 ? x : previousX;
                int fromY = previousX < 0 ? y : previousY;
                for (int[] dot : segment(fromX, fromY, x, y)) {
                    if (pen(s, step++)) {
                        plot(canvas, braille, axis + 1, dot[0], dot[1], s, options.ascii());
                    }
                }
                previousX = x;
                previousY = y;
            }
        }
        xLabels(canvas, data.xLabels(), points, axis + 1, plotWidth, rows);
        legend(canvas, data.series(), height - 1, axis + 1, options.ascii());
        return canvas.toChart(options.colour());
    }

    /** Whether series {@code s} inks its {@code step}-th dot: solid, dashed (3 on, 2 off) or dotted. */
    private static boolean pen(int s, int step) {
        return switch (s) {
            case 0 -> true;
            case 1 -> step % 5 < 3;
            default -> step % 2 == 0;
        };
    }

    private static void plot(Canvas canvas, int[][] braille, int left, int x, int y, int series, boolean ascii) {
        if (ascii) {
            canvas.put(y, left + x, MARKER_ASCII[series], Hue.accent(series));
            return;
        }
        int row = y / 4;
        int column = x / 2;
        braille[row][column] |= DOTS[y % 4][x % 2];
        canvas.put(row, left + column, (char) (BRAILLE + braille[row][column]), Hue.accent(series));
    }

    /** The dots of a straight segment (Bresenham), both ends included. */
    private static int[][] segment(int x0, int y0, int x1, int y1) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int[][] dots = new int[Math.max(dx, -dy) + 1][];
        int err = dx + dy;
        for (int n = 0; ; n++) {
            dots[n] = new int[] {x0, y0};
            if (x0 == x1 && y0 == y1) {
                return dots;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y0 += sy;
            }
        }
    }

    /** Labels under the points they name, left to right, skipping any that would touch the one before. */
    private static void xLabels(Canvas canvas, List<String> labels, int points, int left, int plotWidth, int row) {
        int next = left;
        for (int i = 0; i < labels.size() && i < points; i++) {
            int column = left + (points == 1 ? plotWidth / 2 : (int) Math.round((double) i * (plotWidth - 1) / (points - 1)));
            String label = labels.get(i);
            int start = Math.max(next, Math.min(column, left + plotWidth - label.length()));
            if (start > column || start + label.length() > left + plotWidth) {
                continue;
            }
            next = canvas.write(row, start, label, null) + 1;
        }
    }

    private static void legend(Canvas canvas, List<LineData.Series> series, int row, int left, boolean ascii) {
        int column = left;
        for (int s = 0; s < series.size(); s++) {
            String swatch = ascii ? String.valueOf(MARKER_ASCII[s]) : LEGEND_UNICODE[s];
            column = canvas.write(row, column, swatch, Hue.accent(s));
            column = canvas.write(row, column, " " + series.get(s).name() + "  ", null);
        }
    }

    private static double unscale(double v, ChartOptions options) {
        return options.scale() == ChartOptions.Scale.LINEAR ? v : Math.signum(v) * (Math.pow(10, Math.abs(v)) - 1);
    }
}
