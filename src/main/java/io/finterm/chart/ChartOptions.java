package io.finterm.chart;

/**
 * How to draw a chart.
 *
 * @param scale  how values map to lengths
 * @param ascii  only printable ASCII characters, for terminals without Unicode
 * @param colour whether to attach colour {@link Chart#hints()}; the text is the same either way
 */
public record ChartOptions(Scale scale, boolean ascii, boolean colour) {
    /** Linear or logarithmic. The log scale is symmetric: {@code sign(v) log10(1 + |v|)}, so zero and negatives work. */
    public enum Scale {
        LINEAR, LOG;

        double apply(double value) {
            double v = Double.isFinite(value) ? value : 0;
            return this == LINEAR ? v : Math.signum(v) * Math.log10(1 + Math.abs(v));
        }
    }

    public static final ChartOptions DEFAULT = new ChartOptions(Scale.LINEAR, false, true);

    public ChartOptions withScale(Scale s) {
        return new ChartOptions(s, ascii, colour);
    }

    public ChartOptions withAscii(boolean a) {
        return new ChartOptions(scale, a, colour);
    }

    public ChartOptions withColour(boolean c) {
        return new ChartOptions(scale, ascii, c);
    }
}
