package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * QIF amounts ({@code T-1,234.56}, {@code T1234.56}, and in European exports {@code T-1.234,56}),
 * read exactly. Whether the file's decimal mark is a point or a comma is decided over all its
 * amounts; an amount such as {@code 1,234} alone says nothing, and a file of only such amounts is
 * refused, naming {@code --decimal}.
 */
final class QifAmounts {
    private static final Pattern POINT = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|[+-]?\\.\\d+");
    private static final Pattern COMMA = Pattern.compile("[+-]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d*)?|[+-]?,\\d+");

    private QifAmounts() {
    }

    /** Counts, over a whole file, the amounts that show a decimal point and those that show a decimal comma. */
    static final class Tally {
        private long points;
        private long commas;
        private long either;
        private long pointLine;
        private long commaLine;
        private long eitherLine;

        void add(String value, long line) {
            String s = value.strip();
            int dot = s.lastIndexOf('.');
            int comma = s.lastIndexOf(',');
            char mark;
            if (dot < 0 && comma < 0) {
                return;
            } else if (dot >= 0 && comma >= 0) {
                mark = dot > comma ? '.' : ',';
            } else {
                char sep = dot >= 0 ? '.' : ',';
                int at = Math.max(dot, comma);
                if (s.indexOf(sep) != at) {
                    mark = sep == '.' ? ',' : '.'; // one separator written twice groups digits: the decimal mark is the other
                } else if (s.length() - at - 1 == 3) {
                    eitherLine = either++ == 0 ? line : eitherLine;
                    return;
                } else {
                    mark = sep;
                }
            }
            if (mark == '.') {
                pointLine = points++ == 0 ? line : pointLine;
            } else {
                commaLine = commas++ == 0 ? line : commaLine;
            }
        }

        /** The file's decimal mark; {@code given} ({@code --decimal}) decides when it is not {@code null}. */
        char decide(String file, Character given) {
            if (given != null) {
                if (given != '.' && given != ',') {
                    throw new FintermException("--decimal must be . or , (it is " + BankValues.shown(String.valueOf(given)) + ")");
                }
                return given;
            }
            if (points > 0 && commas > 0) {
                throw new FintermException(file + " has amounts with a decimal point (line " + pointLine + ") and amounts with a decimal comma (line "
                        + commaLine + "): add --decimal . or --decimal ,");
            }
            if (points == 0 && commas == 0 && either > 0) {
                throw new FintermException("every amount with a separator looks like 1,234 or 1.234 (line " + eitherLine
                        + "), which could be thousands or a decimal: add --decimal . or --decimal ,");
            }
            return commas > 0 ? ',' : '.';
        }
    }

    /** The exact amount under the file's decimal mark. */
    static BigDecimal parse(String value, char decimal) {
        String s = value.strip();
        if (!(decimal == ',' ? COMMA : POINT).matcher(s).matches()) {
            throw new BankValues.Bad(BankValues.shown(s) + " is not an amount with a decimal " + (decimal == ',' ? "comma" : "point")
                    + (decimal == ',' ? " (and . grouping thousands)" : " (and , grouping thousands)"));
        }
        String group = decimal == ',' ? "." : ",";
        String plain = s.replace(group, "").replace(decimal, '.');
        if (plain.startsWith("+")) {
            plain = plain.substring(1);
        }
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return new BigDecimal(plain);
    }
}
