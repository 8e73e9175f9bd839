package io.finterm.chart;

/** One bar: its label, the value that sets its length, and the text shown for that value. */
public record Bar(String label, double value, String valueText) {
    public Bar {
        label = label == null ? "" : label;
        valueText = valueText == null ? "" : valueText;
    }
}
