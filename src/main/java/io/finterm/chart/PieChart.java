package io.finterm.chart;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A disc with a legend to its right. Each slice has its own fill character as well as its own hue, so
 * the chart reads without colour. Slices under 3 % merge into one named for them ({@code 4 small
 * categories}), as do any beyond the eighth.
 *
 * <p>A terminal cell is about twice as tall as it is wide, so the disc is twice as many columns wide
 * as it is rows high. Slices run clockwise from twelve o'clock, largest first. The legend's
 * percentages are rounded by largest remainder, so they add up to exactly 100.0 %.
 */
public final class PieChart {
    static final String FILLS = "█▓▒░▚▞▄▀";
    static final String FILLS_ASCII = "#%=+:o*.";
    private static final int MIN_PERMILLE_ALONE = 30;
    private static final int LEGEND_MIN = 12;

    private PieChart() {
    }

    public static Chart render(PieData data, int width, int height, ChartOptions options) {
        List<Slice> slices = merge(data.slices());
        if (slices.isEmpty()) {
            return Chart.noData(width, height);
        }
        if (width < 8 || height < 1) {
            return Chart.message("too small", width, height);
        }
        long total = slices.stream().mapToLong(Slice::value).sum();
        int[] tenths = percentTenths(slices, total);
        // The disc takes up to half the width, but leaves the legend room for a swatch, a percent and a short name.
        int rows = Math.max(2, Math.min(height, Math.min(width / 4, (width - 2 - LEGEND_MIN) / 2)));
        int columns = 2 * rows;
        String fills = options.ascii() ? FILLS_ASCII : FILLS;
        Canvas canvas = new Canvas(width, height, options.ascii());
        double[] ends = new double[slices.size()];
        long running = 0;
        for (int i = 0; i < slices.size(); i++) {
            running += slices.get(i).value();
            ends[i] = (double) running / total;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double y = (r + 0.5 - rows / 2.0) / (rows / 2.0);
                double x = (c + 0.5 - columns / 2.0) / (columns / 2.0);
                if (x * x + y * y > 1) {
                    continue;
                }
                double angle = Math.atan2(x, -y);
                double fraction = (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI);
                int slice = 0;
                while (slice < ends.length - 1 && fraction >= ends[slice]) {
                    slice++;
                }
                canvas.put(r, c, fills.charAt(slice), Hue.accent(slice));
            }
        }
        legend(canvas, slices, tenths, data, columns + 2, fills, options.ascii());
        return canvas.toChart(options.colour());
    }

    private static void legend(Canvas canvas, List<Slice> slices, int[] tenths, PieData data, int left, String fills, boolean ascii) {
        int room = canvas.width() - left;
        if (room < 3) {
            return;
        }
        List<String> amounts = new ArrayList<>();
        List<String> percents = new ArrayList<>();
        int labelWidth = 0;
        int amountWidth = 0;
        int percentWidth = 0;
        for (int i = 0; i < slices.size(); i++) {
            amounts.add(data.amount().apply(slices.get(i).value()));
            percents.add(String.format(Locale.ROOT, "%d.%d %%", tenths[i] / 10, tenths[i] % 10));
            labelWidth = Math.max(labelWidth, slices.get(i).label().length());
            amountWidth = Math.max(amountWidth, amounts.get(i).length());
            percentWidth = Math.max(percentWidth, percents.get(i).length());
        }
        // Wide: "█ Groceries  €420.10  23.6 %". Narrow: "█ 23.6 % Groceries", the name cut last.
        boolean wide = room - 2 - amountWidth - percentWidth - 2 >= Math.min(labelWidth, 6);
        int shownLabel = Math.max(1, Math.min(labelWidth, room - 2 - amountWidth - percentWidth - 2));
        boolean more = slices.size() > canvas.height();
        int lines = more ? canvas.height() - 1 : slices.size();
        for (int i = 0; i < lines; i++) {
            String label = slices.get(i).label();
            String percent = String.format("%" + percentWidth + "s", percents.get(i));
            String line = wide
                    ? String.format("%-" + shownLabel + "s %" + amountWidth + "s %s", Canvas.fit(label, shownLabel, ascii), amounts.get(i), percent)
                    : percent + " " + label;
            canvas.put(i, left, fills.charAt(i), Hue.accent(i));
            canvas.write(i, left + 2, Canvas.fit(line, room - 2, ascii), null);
        }
        if (more) {
            canvas.write(lines, left, Canvas.fit("+" + (slices.size() - lines) + " more", room, ascii), Hue.MUTED);
        }
    }

    /**
     * Positive slices, largest first, with those under 3 % and any beyond the eighth merged last into one
     * named for what it is ({@code 4 small categories}), never "Other": a category may be called Other,
     * and its slice must show the same amount as its bar. A single small slice keeps its own name.
     */
    static List<Slice> merge(List<Slice> input) {
        List<Slice> slices = new ArrayList<>(input.stream().filter(s -> s.value() > 0).toList());
        slices.sort(Comparator.comparingLong(Slice::value).reversed());
        long total = 0;
        for (Slice s : slices) {
            total = Math.addExact(total, s.value());
        }
        List<Slice> kept = new ArrayList<>();
        List<Slice> small = new ArrayList<>();
        long merged = 0;
        for (Slice s : slices) {
            boolean tiny = BigInteger.valueOf(s.value()).multiply(BigInteger.valueOf(1000))
                    .compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(MIN_PERMILLE_ALONE))) < 0;
            if (tiny || kept.size() >= FILLS.length() - 1) {
                small.add(s);
                merged += s.value();
            } else {
                kept.add(s);
            }
        }
        if (small.size() == 1 && kept.size() < FILLS.length()) {
            kept.add(small.get(0));
        } else if (!small.isEmpty()) {
            kept.add(new Slice(small.size() + " small " + (small.size() == 1 ? "category" : "categories"), merged));
        }
        return kept;
    }

    /** Each slice's share in tenths of a percent, rounded by largest remainder so they sum to 1000. */
    static int[] percentTenths(List<Slice> slices, long total) {
        int[] tenths = new int[slices.size()];
        BigInteger[] remainders = new BigInteger[slices.size()];
        int sum = 0;
        for (int i = 0; i < slices.size(); i++) {
            BigInteger[] qr = BigInteger.valueOf(slices.get(i).value()).multiply(BigInteger.valueOf(1000))
                    .divideAndRemainder(BigInteger.valueOf(total));
            tenths[i] = qr[0].intValueExact();
            remainders[i] = qr[1];
            sum += tenths[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; sum < 1000; k++, sum++) {
            tenths[order.get(k % order.size())]++;
        }
        return tenths;
    }
}
