package io.finterm.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * An exact amount: a count of minor units (cents for EUR, yen for JPY) in an ISO 4217 currency.
 * The number of minor digits comes from {@link Currency#getDefaultFractionDigits()}.
 */
public record Money(long minor, Currency currency) {
    /** The largest amount one transaction or budget may carry, in minor units. */
    public static final long MAX_MINOR = 10_000_000_000_000L;
    /** Symbols shown instead of the code, for the currencies people most often see them for. */
    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£", "JPY", "¥");

    public Money {
        if (currency == null) {
            throw new ValidationException("currency", "is required");
        }
        minorDigits(currency);
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, currency(currencyCode));
    }

    /**
     * Parses a decimal amount such as {@code 1234.56} or {@code 1,234.56}. More decimal places than
     * the currency has are refused rather than rounded, trailing zeros included: an amount typed by
     * a person is exact.
     */
    public static Money parse(String text, Currency currency) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new ValidationException("amount", "is required");
        }
        if (!isDecimal(s)) {
            throw new ValidationException("amount", "'" + Text.clean(text) + "' is not a number" + decimalCommaHint(s));
        }
        BigDecimal value = new BigDecimal(s.indexOf(',') >= 0 ? s.replace(",", "") : s);
        int digits = minorDigits(currency);
        // Written decimals count, zeros too: "1.050" is one thousand and fifty in half of Europe, so
        // it is refused rather than read as 1.05.
        if (value.scale() > digits) {
            throw new ValidationException("amount", "at most " + digits + " decimal places for " + currency
                    + thousandsHint(s, digits));
        }
        return inRange(value, digits, currency);
    }

    /**
     * An amount a file's reader has already read exactly, such as a bank's {@code 1.234,50}: its
     * trailing zeros are the file's formatting, but a digit beyond the currency's is refused, never rounded.
     */
    public static Money exact(BigDecimal value, Currency currency) {
        int digits = minorDigits(currency);
        if (value.scale() > digits && value.stripTrailingZeros().scale() > digits) {
            throw new ValidationException("amount", "at most " + digits + " decimal places for " + currency + ", and "
                    + value.toPlainString() + " has " + value.stripTrailingZeros().scale());
        }
        return inRange(value, digits, currency);
    }

    private static Money inRange(BigDecimal value, int digits, Currency currency) {
        BigDecimal minor = value.movePointRight(digits);
        if (minor.abs().compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new ValidationException("amount", "too large: at most "
                    + BigDecimal.valueOf(MAX_MINOR).movePointLeft(digits).toPlainString() + " " + currency);
        }
        return new Money(minor.longValueExact(), currency);
    }

    /**
     * For an amount such as {@code 1.050} or {@code -12.345}, which may have been written with a dot
     * between the thousands, says how to write that; empty for anything else.
     */
    private static String thousandsHint(String s, int digits) {
        String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int dot = unsigned.indexOf('.');
        boolean looksGrouped = digits < 3 && dot >= 1 && dot <= 3 && unsigned.charAt(0) != '0'
                && unsigned.length() - dot - 1 == 3 && unsigned.indexOf(',') < 0;
        if (!looksGrouped) {
            return "";
        }
        String sign = s.substring(0, s.length() - unsigned.length());
        String whole = sign + unsigned.substring(0, dot) + unsigned.substring(dot + 1);
        String grouped = sign + unsigned.substring(0, dot) + "," + unsigned.substring(dot + 1);
        return ", and '" + s + "' has 3 (if the dot separates thousands, write " + whole + " or " + grouped + ")";
    }

    /**
     * For an amount written the continental way, such as {@code 1.234,56} or {@code 12,5}, says how to
     * write it; empty for anything else. Never read as meant: {@code 1,234} is a thousand here.
     */
    private static String decimalCommaHint(String s) {
        if (!s.matches("[+-]?\\d{1,3}(\\.\\d{3})*,\\d{1,2}")) {
            return "";
        }
        return ": write the decimals after a point, as in " + s.replace(".", "").replace(',', '.');
    }

    /**
     * Whether {@code s} is an optional sign, digits — either plain or grouped by commas in threes
     * ({@code 1,234,567}) — and an optional fraction. Hand-written because it runs for every row of
     * an import.
     */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        int sinceComma = -1; // digits since the last comma, or -1 before any comma
        while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
            if (s.charAt(i) == ',') {
                if (i == start || (sinceComma >= 0 && sinceComma != 3) || (sinceComma < 0 && i - start > 3)) {
                    return false;
                }
                sinceComma = 0;
            } else if (sinceComma >= 0) {
                sinceComma++;
            }
            i++;
        }
        if (i == start || sinceComma == 0 || (sinceComma > 0 && sinceComma != 3)) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The currency for an ISO 4217 code, or a {@link ValidationException} naming the field. */
    public static Currency currency(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(c);
            minorDigits(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "'" + Text.clean(code) + "' is not an ISO 4217 currency code");
        }
    }

    static int minorDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new ValidationException("currency", currency.getCurrencyCode() + " is not a money currency");
        }
        return digits;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    /** The amount in major units, exactly. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, minorDigits(currency));
    }

    /** A plain decimal string such as {@code 1234.50}, exact to the minor unit. */
    public String toDecimalString() {
        return toDecimal().toPlainString();
    }

    /**
     * The amount as a person reads it: the currency's symbol where one is unambiguous ({@code €1,234.50},
     * {@code -$12.00}), else the code ({@code CHF 1,234.50}), with thousands grouped.
     */
    public String display() {
        String number = String.format(Locale.ROOT, "%,." + minorDigits(currency) + "f", toDecimal().abs());
        String symbol = SYMBOLS.getOrDefault(currency.getCurrencyCode(), currency.getCurrencyCode() + " ");
        return (minor < 0 ? "-" : "") + symbol + number;
    }

    /** {@link #display()}, or in ASCII mode the plain {@code 1234.50 EUR} that any terminal can show. */
    public String display(boolean ascii) {
        return ascii ? toString() : display();
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + currency.getCurrencyCode();
    }
}
