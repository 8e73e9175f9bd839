package io.finterm.format.bank;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * What a person tells finterm about a bank CSV, each overriding detection; {@code null} (or empty,
 * or false) where they said nothing. The names are the command line's.
 *
 * @param delimiter  {@code --delimiter}: one character ({@code ,} {@code ;} tab or {@code |})
 * @param encoding   {@code --encoding}
 * @param skip       {@code --skip N}: lines before the header
 * @param dateFormat {@code --date-format}: a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yy};
 *                   {@code A|B} reads the other date with {@code B} (a saved layout writes it when the two differ)
 * @param decimal    {@code --decimal}: {@code ','} or {@code '.'}
 * @param map        {@code --map role=COLUMN+COLUMN,…}: each role's columns by header name (or 1-based number);
 *                   roles are date, other-date, amount, debit, credit, payee (or payer and recipient), description, currency,
 *                   reference, balance, category, indicator
 * @param debit      {@code --debit COLUMN}: the money-out column
 * @param credit     {@code --credit COLUMN}: the money-in column
 * @param negate     {@code --negate}: the file's signs are the other way round (a card statement's purchases positive)
 * @param fallback   a saved profile's encoding, used only when no {@code --encoding} is given and the file is not UTF-8 (a
 *                   byte order mark or valid UTF-8 means UTF-8 whatever a profile says), or {@code null}
 * @param fallbackFrom where {@code fallback} came from, as {@code --detect} says it ({@code the profile 'spk'}), or {@code null}
 */
public record CsvOptions(Character delimiter, Charset encoding, Integer skip, String dateFormat, Character decimal,
                         Map<String, List<String>> map, String debit, String credit, boolean negate, Charset fallback,
                         String fallbackFrom) {
    public static final CsvOptions NONE = new CsvOptions(null, null, null, null, null, Map.of(), null, null, false);

    public CsvOptions {
        map = map == null ? Map.of() : Map.copyOf(map);
    }

    /** What the command line says, with no profile's encoding to fall back on. */
    public CsvOptions(Character delimiter, Charset encoding, Integer skip, String dateFormat, Character decimal,
                      Map<String, List<String>> map, String debit, String credit, boolean negate) {
        this(delimiter, encoding, skip, dateFormat, decimal, map, debit, credit, negate, null, null);
    }

    /** Whether the person said anything at all about the file's layout. */
    public boolean any() {
        return delimiter != null || encoding != null || skip != null || dateFormat != null || decimal != null || !map.isEmpty()
                || debit != null || credit != null || negate;
    }
}
