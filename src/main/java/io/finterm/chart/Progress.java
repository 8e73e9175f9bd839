package io.finterm.chart;

/**
 * One progress bar: how much of something is used (1.0 is all of it, more is over), the text beside it,
 * and shorter forms of that text for narrower places that still say what matters: {@code middle} keeps
 * what the bar's own figures are made of ({@code €400.00 + €35.00 carried} for
 * {@code 82 % of €400.00 + €35.00 carried}), {@code brief} the least ({@code 112 % of €400.00, over}
 * for {@code 112 % of €400.00, over by €48.00}).
 */
public record Progress(String label, double fraction, String text, String middle, String brief) {
    public Progress {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        brief = brief == null || brief.length() > text.length() ? text : brief;
        middle = middle == null || middle.length() > text.length() ? brief : middle;
    }

    public Progress(String label, double fraction, String text, String brief) {
        this(label, fraction, text, brief, brief);
    }

    public Progress(String label, double fraction, String text) {
        this(label, fraction, text, text, text);
    }

    /** The text in the form of {@code tier}: 0 whole, 1 middle, 2 brief. */
    String form(int tier) {
        return tier == 0 ? text : tier == 1 ? middle : brief;
    }
}
