package io.finterm.analysis;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares line through a series: its slope per step, that slope in percent of the series'
 * mean, and R² (how well a straight line fits, 0 to 1). Fitted only through 3 or more points; with
 * fewer, or a mean of zero, the percent is NaN.
 */
public record Slope(double perStep, double percent, double rSquared, int points, String unit) {
    static final int MIN_POINTS = 3;

    static Slope fit(List<Double> values, String unit) {
        if (values.size() < MIN_POINTS) {
            return new Slope(Double.NaN, Double.NaN, Double.NaN, values.size(), unit);
        }
        SimpleRegression regression = new SimpleRegression();
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            regression.addData(i, values.get(i));
            sum += values.get(i);
        }
        double mean = sum / values.size();
        double slope = regression.getSlope();
        double percent = mean == 0 ? Double.NaN : 100 * slope / Math.abs(mean);
        return new Slope(slope, percent, regression.getRSquare(), values.size(), unit);
    }

    /** In words: {@code +3.2 % per month}, {@code flat} (under 0.05 % either way), or why there is no figure. */
    public String describe() {
        if (points < MIN_POINTS) {
            return "not enough data (" + points + " complete " + unit + (points == 1 ? "" : "s") + ")";
        }
        if (Double.isNaN(percent)) {
            return perStep == 0 ? "flat" : "no average to compare with";
        }
        if (Math.abs(percent) < 0.05) {
            return "flat";
        }
        return String.format(Locale.ROOT, "%+.1f %% per %s", percent, unit);
    }
}
