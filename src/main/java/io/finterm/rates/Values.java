package io.finterm.rates;

import io.finterm.domain.Text;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Pattern;

/** Checking the values of an untrusted rates file, with messages that say where the bad one was. */
final class Values {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,12})?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Values() {
    }

    static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new RateFileException(where + ": '" + shown(text) + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Currency currency(String text, String where) {
        String code = text == null ? "" : text.strip();
        if (!CODE.matcher(code).matches()) {
            throw new RateFileException(where + ": '" + shown(text) + "' is not a currency code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new RateFileException(where + ": '" + code + "' is not an ISO 4217 currency");
        }
    }

    /** A positive plain decimal such as {@code 1.1328}; no signs, exponents or separators. */
    static BigDecimal rate(String text, String where) {
        String s = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(s).matches() || new BigDecimal(s).signum() <= 0) {
            throw new RateFileException(where + ": '" + shown(text) + "' is not a positive decimal rate");
        }
        return new BigDecimal(s);
    }

    private static String shown(String text) {
        String clean = Text.clean(text);
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
