package io.finterm.format.bank;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a camt file as ISO 20022 writes them: amounts as unsigned decimals with a point
 * (at most 18 digits, 5 after the point), dates as {@code yyyy-MM-dd}, date-times as
 * {@code yyyy-MM-ddThh:mm:ss} with an optional zone, of which the date is taken as written.
 * Each parser returns the value, or throws {@link BankValues.Bad} with the reason for the row's error.
 */
final class CamtValues {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private CamtValues() {
    }

    /** A value quoted in a camt message: within single quotes, as camt's messages have always quoted. */
    static String shown(String text) {
        return BankValues.shown(text, '\'');
    }

    /** An amount as written, exact and above zero. */
    static BigDecimal amount(String text) throws BankValues.Bad {
        if (text == null || text.isBlank()) {
            throw new BankValues.Bad("empty");
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw new BankValues.Bad(shown(text) + " is not an amount (digits with a decimal point, no sign)");
        }
        int fraction = m.group(2) == null ? 0 : m.group(2).length();
        if (m.group(1).length() + fraction > 18 || fraction > 5) {
            throw new BankValues.Bad(shown(text) + " has more digits than ISO 20022 allows (18, of them 5 after the point)");
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() == 0) {
            throw new BankValues.Bad(shown(text) + " is zero; an entry moves money");
        }
        return amount;
    }

    /** A date ({@code Dt}) or the date part of a date-time ({@code DtTm}), which must exist. */
    static LocalDate date(String text) throws BankValues.Bad {
        if (text == null || text.isBlank()) {
            throw new BankValues.Bad("empty");
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new BankValues.Bad(shown(text) + " is not a date (yyyy-MM-dd)");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new BankValues.Bad(shown(text) + " is not a day that exists");
        }
    }

    /** The date of a date-time, or {@code null} when it is not one (for what is only shown). */
    static LocalDate dateOrNull(String text) {
        try {
            return text == null ? null : date(text);
        } catch (BankValues.Bad e) {
            return null;
        }
    }

    /** An ISO 4217 code as written: three capital letters. */
    static String currency(String text) throws BankValues.Bad {
        if (text == null || text.isBlank()) {
            throw new BankValues.Bad("missing (the amount has no Ccy)");
        }
        if (!CURRENCY.matcher(text).matches()) {
            throw new BankValues.Bad(shown(text) + " is not a currency code (three capital letters)");
        }
        return text;
    }
}
