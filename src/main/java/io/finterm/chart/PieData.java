package io.finterm.chart;

import java.util.List;
import java.util.function.LongFunction;

/** The slices of a pie and how to show an amount in the legend. */
public record PieData(List<Slice> slices, LongFunction<String> amount) {
    public PieData {
        slices = List.copyOf(slices);
    }
}
