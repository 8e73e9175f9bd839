package io.finterm.chart;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One to three series over the same x positions, labelled by {@code xLabels}; {@code yLabel} formats
 * the values at the axis ticks. A NaN value is a gap in its line.
 */
public record LineData(List<String> xLabels, List<Series> series, DoubleFunction<String> yLabel) {
    /** A named line; the values are copied so the record stays immutable. */
    public record Series(String name, double[] values) {
        public Series {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.values, values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(values);
        }
    }

    public LineData {
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        if (series.size() > LineChart.MAX_SERIES) {
            throw new IllegalArgumentException("at most " + LineChart.MAX_SERIES + " series, not " + series.size());
        }
    }
}
