package io.finterm.tui;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text for a terminal that shows only ASCII: every symbol the app draws has an ASCII form, and
 * accented letters lose their accents ({@code café} reads {@code cafe}). ASCII mode is about the
 * terminal, not the data, so letters are transliterated, not replaced by {@code ?}. The ellipsis of a
 * shortened cell is one character, {@code ~}, so that a table's columns keep their widths.
 */
final class Ascii {
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('◀', "<"), Map.entry('▶', ">"), Map.entry('←', "<"), Map.entry('→', ">"), Map.entry('↑', "^"),
            Map.entry('↓', "v"), Map.entry('·', "|"), Map.entry('…', "~"), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('×', "x"), Map.entry('✗', "x"), Map.entry('›', ">"), Map.entry('²', "2"), Map.entry('€', "EUR"),
            Map.entry('£', "GBP"), Map.entry('¥', "JPY"), Map.entry('─', "-"), Map.entry('│', "|"), Map.entry('┌', "+"),
            Map.entry('┐', "+"), Map.entry('└', "+"), Map.entry('┘', "+"), Map.entry('█', "#"), Map.entry('░', "."),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('ø', "o"), Map.entry('Ø', "O"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"), Map.entry('þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('•', "*"),
            Map.entry('✓', "v"), Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('↻', "*"));

    private Ascii() {
    }

    /** {@code text} in printable ASCII; what has no ASCII form at all (a CJK character, say) becomes {@code ?}. */
    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
                continue;
            }
            String symbol = SYMBOLS.get(c);
            if (symbol != null) {
                sb.append(symbol);
                continue;
            }
            String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            sb.append(plain.length() == 1 && plain.charAt(0) >= 0x20 && plain.charAt(0) < 0x7f ? plain : c == '\u00a0' ? " " : "?");
        }
        return sb.toString();
    }

    /** {@code c} as one ASCII character, for drawings whose columns must not move (charts). */
    static char one(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return c;
        }
        String s = of(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : SYMBOLS.containsKey(c) ? (c == '…' ? '~' : s.charAt(0)) : '?';
    }
}
