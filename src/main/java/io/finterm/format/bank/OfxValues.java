package io.finterm.format.bank;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OFX's dates and amounts, read exactly; each method says why a value is refused, in a {@link BankValues.Bad}. */
final class OfxValues {
    /** {@code YYYYMMDD}, optionally {@code HH[MM[SS[.XXX]]]}, optionally a zone {@code [-5:EST]}. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,3})?)?)?)?\\s*(?:\\[[+-]?\\d{1,2}(?:\\.\\d{1,2})?(?::[A-Za-z]{1,8})?\\])?");
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(?:\\d{1,30}(?:[.,]\\d{0,30})?|[.,]\\d{1,30})");

    private OfxValues() {
    }

    /**
     * The date as written: a time zone does not move it, because the bank wrote the day it booked
     * the transaction in its own zone, and that day is what the person sees on their statement.
     */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new BankValues.Bad(BankValues.shown(text) + " is not an OFX date (YYYYMMDD, optionally with a time)");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new BankValues.Bad(BankValues.shown(text) + " is not a date that exists");
        }
    }

    /** The decimal mark an amount uses ({@code '.'} or {@code ','}), or {@code 0} when it has none. */
    static char mark(String text) {
        return text.indexOf(',') >= 0 ? ',' : text.indexOf('.') >= 0 ? '.' : 0;
    }

    /** The exact amount, under the file's decimal mark; never through a double. */
    static BigDecimal amount(String text, char decimal) {
        if (!AMOUNT.matcher(text).matches()) {
            throw new BankValues.Bad(BankValues.shown(text) + " is not an amount (digits with a decimal point, and a sign if negative)");
        }
        char mark = mark(text);
        if (mark != 0 && mark != decimal) {
            throw new BankValues.Bad(BankValues.shown(text) + " has a decimal " + (mark == ',' ? "comma" : "point") + " but the file's other amounts use a decimal "
                    + (decimal == ',' ? "comma" : "point"));
        }
        String plain = text.replace(',', '.');
        if (plain.startsWith("+")) {
            plain = plain.substring(1);
        }
        return new BigDecimal(plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain);
    }
}
