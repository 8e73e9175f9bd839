package io.finterm.format.bank;

import io.finterm.domain.ValidationException;
import java.math.BigDecimal;

/**
 * Reads one amount cell as a bank writes it, exactly, by hand (no regex, no double): a decimal comma
 * or point (the one the file was found to use); grouping with the other mark, a space, a no-break
 * space or {@code '}; a currency symbol or code before or after; a sign before or after; parentheses
 * for a negative; a {@code CR}/{@code DR} suffix. Anything else is the row's error, never a guess.
 * The currency it saw is kept for the caller: a code as written, {@code €} as EUR, {@code £} as GBP;
 * {@code $} and {@code ¥} name several currencies, so they say nothing and the account decides.
 * One instance per reading thread: it keeps the last cell's currency.
 */
final class AmountText {
    private final char decimal;
    private final String convention;
    private String currency = "";

    AmountText(char decimal) {
        this.decimal = decimal;
        this.convention = decimal == ',' ? "an amount with a decimal comma" : "an amount with a decimal point";
    }

    /** The currency the last cell read stated, or {@code ""}. */
    String currency() {
        return currency;
    }

    /**
     * The signed amount {@code s} states, or a {@link ValidationException} for {@code field};
     * {@code null} when {@code s} is blank.
     */
    BigDecimal read(String field, String s) {
        currency = "";
        int i = 0;
        int j = s.length();
        int sign = 0; // -1, +1, or 0 when none is written
        boolean paren = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            while (i < j && space(s.charAt(i))) {
                i++;
            }
            while (j > i && space(s.charAt(j - 1))) {
                j--;
            }
            if (i >= j) {
                break;
            }
            char first = s.charAt(i);
            char last = s.charAt(j - 1);
            if (first == '(' && last == ')' && !paren && sign == 0) {
                paren = true;
                i++;
                j--;
                changed = true;
            } else if ((first == '-' || first == '+' || first == '\u2212') && sign == 0 && !paren) {
                sign = first == '+' ? 1 : -1;
                i++;
                changed = true;
            } else if ((last == '-' || last == '+') && sign == 0 && !paren) {
                sign = last == '+' ? 1 : -1;
                j--;
                changed = true;
            } else if (symbol(first) && currency.isEmpty()) {
                currency = symbolCode(first);
                currency = currency.isEmpty() ? " " : currency; // remembered as seen, reported as none
                i++;
                changed = true;
            } else if (symbol(last) && currency.isEmpty()) {
                currency = symbolCode(last);
                currency = currency.isEmpty() ? " " : currency;
                j--;
                changed = true;
            } else if (j - i > 3 && code(s, i) && !letter(s.charAt(i + 3)) && currency.isEmpty()) {
                currency = s.substring(i, i + 3);
                i += 3;
                changed = true;
            } else if (j - i > 3 && code(s, j - 3) && !letter(s.charAt(j - 4)) && currency.isEmpty()) {
                currency = s.substring(j - 3, j);
                j -= 3;
                changed = true;
            } else if (j - i > 2 && sign == 0 && !paren && creditDebit(s, j - 2) && !letter(s.charAt(j - 3))) {
                sign = Character.toUpperCase(s.charAt(j - 2)) == 'D' ? -1 : 1;
                j -= 2;
                changed = true;
            }
        }
        if (currency.equals(" ")) {
            currency = "";
        }
        if (i >= j) {
            if (s.isBlank()) {
                return null;
            }
            throw new ValidationException(field, "'" + s + "' is not " + convention);
        }
        BigDecimal value = number(s, i, j);
        if (value == null) {
            throw new ValidationException(field, "'" + s + "' is not " + convention);
        }
        return paren || sign < 0 ? value.negate() : value;
    }

    /** The unsigned number in {@code s[i, j)}, or {@code null} when it is not one under the convention. */
    private BigDecimal number(String s, int i, int j) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1; // digits after the decimal mark, -1 before it
        char grouping = 0;
        int groupDigits = -1; // digits since the last grouping mark, -1 before the first
        int leading = 0; // digits before the first grouping mark
        for (int k = i; k < j; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                } else if (groupDigits >= 0) {
                    groupDigits++;
                } else {
                    leading++;
                }
            } else if (c == decimal) {
                if (scale >= 0 || (groupDigits >= 0 && groupDigits != 3) || digits == 0 && k + 1 >= j) {
                    return null;
                }
                scale = 0;
            } else if (groupingMark(c) && scale < 0) {
                if ((grouping != 0 && c != grouping) || (groupDigits >= 0 && groupDigits != 3) || leading == 0 || leading > 3) {
                    return null;
                }
                grouping = c;
                groupDigits = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0 || (groupDigits >= 0 && groupDigits != 3)) {
            return null;
        }
        if (digits > 18) {
            return digits > 40 ? null : big(s, i, j);
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    /** A number of over 18 digits, already checked: kept exact with BigDecimal. */
    private BigDecimal big(String s, int i, int j) {
        StringBuilder plain = new StringBuilder(j - i);
        for (int k = i; k < j; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        return new BigDecimal(plain.toString());
    }

    private boolean groupingMark(char c) {
        return c != decimal && (c == '.' || c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'' || c == '\u2019');
    }

    static boolean space(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    private static boolean letter(char c) {
        return Character.isLetter(c);
    }

    private static boolean symbol(char c) {
        return c == '€' || c == '£' || c == '$' || c == '¥';
    }

    private static String symbolCode(char c) {
        return switch (c) {
            case '€' -> "EUR";
            case '£' -> "GBP";
            default -> ""; // $ and ¥ name several currencies
        };
    }

    private static boolean code(String s, int at) {
        for (int k = at; k < at + 3; k++) {
            char c = s.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean creditDebit(String s, int at) {
        return s.regionMatches(true, at, "CR", 0, 2) || s.regionMatches(true, at, "DR", 0, 2);
    }

    /**
     * What {@code s} says about the decimal mark: {@code ','} or {@code '.'} when it can only be that,
     * {@code '?'} when it reads either way ({@code 1.000}: one thousand, or one), {@code 0} when it
     * has no mark at all or is not an amount.
     */
    static char decimalHint(String s) {
        int commas = 0;
        int points = 0;
        int lastComma = -1;
        int lastPoint = -1;
        int firstDigit = -1;
        int end = -1; // after the last digit
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ',') {
                commas++;
                lastComma = k;
            } else if (c == '.') {
                points++;
                lastPoint = k;
            } else if (c >= '0' && c <= '9') {
                firstDigit = firstDigit < 0 ? k : firstDigit;
                end = k + 1;
            }
        }
        if (firstDigit < 0) {
            return 0;
        }
        if (commas > 0 && points > 0) {
            return lastComma > lastPoint ? (commas == 1 ? ',' : 0) : (points == 1 ? '.' : 0);
        }
        if (commas + points == 0) {
            return 0;
        }
        char mark = commas > 0 ? ',' : '.';
        if (commas + points > 1) {
            return mark == ',' ? '.' : ','; // a mark written twice groups: the decimal is the other
        }
        int at = mark == ',' ? lastComma : lastPoint;
        int after = 0;
        for (int k = at + 1; k < end; k++) {
            after += s.charAt(k) >= '0' && s.charAt(k) <= '9' ? 1 : 0;
        }
        boolean zeroBefore = at > firstDigit && s.charAt(firstDigit) == '0' && at == firstDigit + 1;
        return after != 3 || at < firstDigit || zeroBefore ? mark : '?';
    }
}
