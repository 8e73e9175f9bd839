package io.finterm.analysis;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How far above a sample's usual value a value lies, judged robustly so that the outliers being
 * looked for cannot hide themselves by inflating the spread.
 *
 * <p>The rule is the modified z-score, {@code 0.6745 (x - median) / MAD}, flagged above 3.5
 * (Iglewicz and Hoaglin). When more than half the sample is one value the MAD is zero; then the IQR
 * rule judges instead, with Tukey's "far out" fence {@code Q3 + 3 IQR}, and the score is the distance
 * above Q3 in IQRs (flagged above 3). When the IQR is zero too, nothing can be judged and nothing is
 * flagged. Only values above the median count: spending less than usual is not a warning.
 */
final class RobustScore {
    static final double THRESHOLD = 3.5;
    static final double IQR_FENCE = 3;
    private static final double CONSISTENCY = 0.6745;

    /** Which rule judged a sample. */
    enum Rule { MODIFIED_Z, IQR, NONE }

    private final double median;
    private final double mad;
    private final double q3;
    private final double iqr;

    RobustScore(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        Percentile percentile = new Percentile();
        percentile.setData(sorted);
        this.median = percentile.evaluate(50);
        this.q3 = percentile.evaluate(75);
        this.iqr = q3 - percentile.evaluate(25);
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        this.mad = new Percentile().evaluate(deviations, 50);
    }

    double median() {
        return median;
    }

    Rule rule() {
        return mad > 0 ? Rule.MODIFIED_Z : iqr > 0 ? Rule.IQR : Rule.NONE;
    }

    /** The score of {@code x}: NaN when it is not above the median or the sample has no spread. */
    double score(double x) {
        if (!(x > median)) {
            return Double.NaN;
        }
        return switch (rule()) {
            case MODIFIED_Z -> CONSISTENCY * (x - median) / mad;
            case IQR -> (x - q3) / iqr;
            case NONE -> Double.NaN;
        };
    }

    boolean flags(double score) {
        return score > (rule() == Rule.IQR ? IQR_FENCE : THRESHOLD);
    }
}
