package io.finterm.chart;

/** One progress bar: how much of something is used (1.0 is all of it, more is over) and the text beside it. */
public record Progress(String label, double fraction, String text) {
    public Progress {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }
}
