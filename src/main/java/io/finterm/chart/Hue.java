package io.finterm.chart;

/**
 * A colour hint: a role, not a colour. The TUI maps each hue to a Lanterna colour that reads on dark
 * and light backgrounds; plain text output ignores hues. Accents tell series and slices apart.
 */
public enum Hue {
    ACCENT_1, ACCENT_2, ACCENT_3, ACCENT_4, ACCENT_5, ACCENT_6, ACCENT_7, ACCENT_8,
    POSITIVE, NEGATIVE, WARNING, MUTED;

    /** The accent of the {@code index}-th series or slice, counting from 0, cycling after eight. */
    public static Hue accent(int index) {
        return values()[Math.floorMod(index, 8)];
    }
}
