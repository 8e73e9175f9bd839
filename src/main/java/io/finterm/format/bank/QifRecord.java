package io.finterm.format.bank;

import io.finterm.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One QIF transaction record made into a {@link BankRow}: D date, T amount (or U, which must agree
 * with T when both are there), P payee, M memo as the description, N a check number (appended as
 * {@code check 1234}; a word such as {@code ATM} becomes a label), L the category as a label (a
 * transfer {@code [Savings]} becomes {@code transfer:Savings}), and S/E/$ split lines, which must add
 * up to the amount exactly. C (cleared), A (address), F (reimbursable), X (small-business extension)
 * and % (a split's percentage) are read and not used: finterm's cleared status comes from its own
 * reconciling, not from the other program's.
 */
final class QifRecord {
    private static final String SINGLE = "DTUPMNLC";
    private static final String IGNORED = "CAFX%";

    private QifRecord() {
    }

    /** One split line while it is read. */
    private static final class Split {
        String label = "";
        String memo = "";
        BigDecimal amount;
        String written;
        long line;
    }

    /** Makes the row, or hands each problem to {@code errors} and returns {@code null}. */
    static BankRow row(List<QifScanner.Field> fields, boolean ended, QifDates.Order order, QifDates.Years years, char decimal,
            BiConsumer<Long, String> errors) {
        long first = fields.get(0).line();
        List<String> problems = new ArrayList<>();
        BiConsumer<Long, String> error = (line, what) -> {
            problems.add(what);
            errors.accept(line, what);
        };
        if (!ended) {
            error.accept(first, "^: the record does not end with a ^ line");
        }
        Map<Character, QifScanner.Field> single = new HashMap<>();
        List<Split> splits = new ArrayList<>();
        for (QifScanner.Field f : fields) {
            char code = f.code();
            if (SINGLE.indexOf(code) >= 0) {
                if (single.putIfAbsent(code, f) != null) {
                    error.accept(f.line(), code + ": a second " + code + " field in one record");
                }
            } else if (code == 'S' || code == 'E' || code == '$') {
                split(splits, f, decimal, error);
            } else if (IGNORED.indexOf(code) < 0) {
                error.accept(f.line(), BankValues.shown(String.valueOf(code)) + ": not a field of a QIF transaction (D T U P M N L C A S E $)");
            }
        }
        LocalDate date = null;
        QifScanner.Field d = single.get('D');
        if (d == null) {
            error.accept(first, "D: missing (every transaction has a date)");
        } else {
            try {
                date = QifDates.parse(d.value(), order, years);
            } catch (BankValues.Bad e) {
                error.accept(d.line(), "D: " + e.getMessage());
            }
        }
        BigDecimal t = amount(single.get('T'), decimal, error);
        BigDecimal u = amount(single.get('U'), decimal, error);
        if (t != null && u != null && t.compareTo(u) != 0) {
            error.accept(single.get('U').line(), "U: " + u.toPlainString() + " does not agree with T " + t.toPlainString());
        }
        BigDecimal amount = t != null ? t : u;
        if (amount == null && !single.containsKey('T') && !single.containsKey('U')) {
            error.accept(first, "T: missing (every transaction has an amount)");
        }
        List<BankRow.Line> lines = lines(splits, amount, error);
        if (!problems.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        String category = label(value(single, 'L'));
        if (!category.isEmpty()) {
            labels.add(category);
        }
        String description = value(single, 'M');
        String number = value(single, 'N');
        if (number.matches("\\d+")) {
            description = description.isEmpty() ? "check " + number : description + ", check " + number;
        } else if (!number.isEmpty()) {
            labels.add(number);
        }
        return new BankRow(first, date, null, amount, "", value(single, 'P'), description, "", labels, lines);
    }

    private static void split(List<Split> splits, QifScanner.Field f, char decimal, BiConsumer<Long, String> error) {
        Split last = splits.isEmpty() ? null : splits.get(splits.size() - 1);
        boolean fresh = f.code() == 'S' || last == null || last.written != null || f.code() == 'E' && !last.memo.isEmpty();
        Split s = fresh ? new Split() : last;
        if (fresh) {
            s.line = f.line();
            splits.add(s);
        }
        switch (f.code()) {
            case 'S' -> s.label = label(Text.clean(f.value()));
            case 'E' -> s.memo = Text.clean(f.value());
            default -> {
                s.written = f.value();
                try {
                    s.amount = QifAmounts.parse(f.value(), decimal);
                } catch (BankValues.Bad e) {
                    error.accept(f.line(), "$: " + e.getMessage());
                }
            }
        }
    }

    private static List<BankRow.Line> lines(List<Split> splits, BigDecimal amount, BiConsumer<Long, String> error) {
        List<BankRow.Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Split s : splits) {
            if (s.written == null) {
                error.accept(s.line, "$: the split line has no amount");
                return List.of();
            }
            if (s.amount == null) {
                return List.of();
            }
            sum = sum.add(s.amount);
            lines.add(new BankRow.Line(s.amount, s.label, s.memo));
        }
        if (!splits.isEmpty() && amount != null && sum.compareTo(amount) != 0) {
            error.accept(splits.get(0).line, "$: the split lines add up to " + sum.toPlainString() + ", not to the amount " + amount.toPlainString());
        }
        return lines;
    }

    private static BigDecimal amount(QifScanner.Field f, char decimal, BiConsumer<Long, String> error) {
        if (f == null) {
            return null;
        }
        try {
            return QifAmounts.parse(f.value(), decimal);
        } catch (BankValues.Bad e) {
            error.accept(f.line(), f.code() + ": " + e.getMessage());
            return null;
        }
    }

    /** A category as a label; a transfer, written {@code [Savings]}, as {@code transfer:Savings}. */
    static String label(String category) {
        String c = category.strip();
        if (c.startsWith("[") && c.indexOf(']') > 1) {
            return "transfer:" + c.substring(1, c.indexOf(']')).strip();
        }
        return c;
    }

    private static String value(Map<Character, QifScanner.Field> single, char code) {
        QifScanner.Field f = single.get(code);
        return f == null ? "" : Text.clean(f.value());
    }
}
