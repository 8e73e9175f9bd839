package io.finterm.chart;

/** One slice of a pie: a name and a non-negative amount in minor units. */
public record Slice(String label, long value) {
    public Slice {
        label = label == null ? "" : label;
    }
}
