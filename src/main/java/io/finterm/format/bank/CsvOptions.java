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
 */
public record CsvOptions(Character delimiter, Charset encoding, Integer skip, String dateFormat, Character decimal,
                         Map<String, List<String>> map, String debit, String credit, boolean negate) {
    public static final CsvOptions NONE = new CsvOptions(null, null, null, null, null, Map.of(), null, null, false);

    public CsvOptions {
        map = map == null ? Map.of() : Map.copyOf(map);
    }

    /** Whether the person said anything at all about the file's layout. */
    public boolean any() {
        return delimiter != null || encoding != null || skip != null || dateFormat != null || decimal != null || !map.isEmpty()
                || debit != null || credit != null || negate;
    }
}
