package io.finterm.chart;

/**
 * One progress bar: how much of something is used (1.0 is all of it, more is over), the text beside it,
 * and a shorter form of that text for narrow places that still says what matters
 * ({@code 112 % of €400.00, over} for {@code 112 % of €400.00, over by €48.00}).
 */
public record Progress(String label, double fraction, String text, String brief) {
    public Progress {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        brief = brief == null || brief.length() > text.length() ? text : brief;
    }

    public Progress(String label, double fraction, String text) {
        this(label, fraction, text, text);
    }
}
