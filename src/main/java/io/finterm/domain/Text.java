package io.finterm.domain;

/**
 * Neutralises text typed or imported by a person before it is stored, so that it can never drive
 * a terminal or hide what it says: C0 and C1 controls (ESC, OSC, CSI …), DEL, bidirectional marks,
 * embeddings, overrides and isolates, and zero-width and other invisible characters are removed;
 * line breaks (also U+2028 and U+2029) and tabs become single spaces.
 */
public final class Text {
    private Text() {
    }

    /** The cleaned, trimmed text; {@code null} becomes the empty string. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s; // the common case, and every stored row read back: no copy
        }
        return printable(s).strip();
    }

    /** {@code s} with the unsafe characters removed and line breaks and tabs as spaces, but not trimmed: for drawing. */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            if ((space || isUnsafe(c)) && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && (space || !isUnsafe(c))) {
                out.append(space ? ' ' : c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isClean(String s) {
        int n = s.length();
        if (n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (isUnsafe(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isUnsafe(char c) {
        return c < 0x20                          // C0 controls, ESC among them
                || (c >= 0x7F && c <= 0x9F)      // DEL and C1 controls (CSI, OSC …)
                || c == 0x00AD || c == 0x061C    // soft hyphen, Arabic letter mark
                || c == 0x180E                   // Mongolian vowel separator (zero-width)
                || (c >= 0x200B && c <= 0x200F)  // zero-width and directional marks
                || (c >= 0x202A && c <= 0x202E)  // bidi embeddings and overrides
                || (c >= 0x2060 && c <= 0x2069)  // word joiner, invisible operators, bidi isolates
                || (c >= 0x2028 && c <= 0x2029)  // line and paragraph separators
                || c == 0xFEFF                   // zero-width no-break space (BOM)
                || (c >= 0xFFF9 && c <= 0xFFFB); // interlinear annotation controls
    }

    /** Cleans {@code value} and checks its length; blank is allowed only when {@code required} is false. */
    public static String field(String field, String value, int maxLength, boolean required) {
        String cleaned = clean(value);
        if (required && cleaned.isEmpty()) {
            throw new ValidationException(field, "must not be blank");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            throw new ValidationException(field, "at most " + maxLength + " characters");
        }
        return cleaned;
    }
}
