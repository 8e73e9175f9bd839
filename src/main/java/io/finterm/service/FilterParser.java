package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses hledger-style filter queries. Terms are separated by spaces and must all hold; a value
 * with spaces is quoted ({@code desc:"coffee shop"}).
 *
 * <pre>
 * cat:Groceries   cat:Dining,Travel   type:expense   cur:USD   desc:coffee   coffee (= desc:coffee)
 * date:2024   date:2024-03   date:2024-03-05   date:2024-01..2024-03   date:2024-01..   date:..2024-03
 * date:today  date:yesterday  date:-7..  date:3/5  date:thismonth  date:lastmonth  date:thisyear  date:lastyear
 * amt:50   amt:&gt;50   amt:&gt;=50   amt:&lt;20   amt:&lt;=20   amt:10..20        not:TERM negates a term
 * </pre>
 *
 * An error names the term and the reason, for example {@code amt:>fifty: not a number}.
 */
public final class FilterParser {
    private static final Set<String> KEYS = Set.of("cat", "type", "date", "amt", "cur", "desc", "not");
    private static final String RANGE_FORMS = DateInput.SPAN_FORMS + ", or a range A..B";

    private FilterParser() {
    }

    /** Parses {@code query}; relative dates are taken from {@code today}. */
    public static Filter parse(String query, LocalDate today) {
        String text = query == null ? "" : query.strip();
        List<Filter.Term> terms = new ArrayList<>();
        LocalDate[] range = {Transaction.FIRST_DATE, Transaction.LAST_DATE};
        for (String token : tokens(text)) {
            terms.add(term(token, today, range, false));
        }
        return new Filter(text, terms, range[0], range[1]);
    }

    private static Filter.Term term(String token, LocalDate today, LocalDate[] range, boolean negated) {
        int colon = token.indexOf(':');
        String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!KEYS.contains(key)) {
            String word = token.toLowerCase(Locale.ROOT);
            return (t, c) -> t.description().toLowerCase(Locale.ROOT).contains(word);
        }
        String value = token.substring(colon + 1);
        if (value.isEmpty()) {
            throw error(token, "a value is missing after '" + key + ":'");
        }
        return switch (key) {
            case "not" -> {
                Filter.Term inner = term(value, today, new LocalDate[2], true);
                yield (t, c) -> !inner.matches(t, c);
            }
            case "cat" -> {
                Set<String> names = Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
                yield (t, c) -> names.contains(c.toLowerCase(Locale.ROOT));
            }
            case "type" -> {
                TxKind kind;
                try {
                    kind = TxKind.parse(value);
                } catch (ValidationException e) {
                    throw error(token, "not income or expense");
                }
                yield (t, c) -> t.kind() == kind;
            }
            case "cur" -> {
                Currency currency;
                try {
                    currency = Money.currency(value);
                } catch (ValidationException e) {
                    throw error(token, "not an ISO 4217 currency code");
                }
                yield (t, c) -> t.amount().currency().equals(currency);
            }
            case "desc" -> {
                String word = value.toLowerCase(Locale.ROOT);
                yield (t, c) -> t.description().toLowerCase(Locale.ROOT).contains(word);
            }
            case "date" -> {
                LocalDate[] span = dates(token, value, today);
                if (!negated) {
                    range[0] = max(range[0], span[0]);
                    range[1] = min(range[1], span[1]);
                }
                yield new Filter.Dates(span[0], span[1]);
            }
            case "amt" -> amount(token, value);
            default -> throw new IllegalStateException(key);
        };
    }

    private static Filter.Term amount(String token, String value) {
        String[] ops = {">=", "<=", ">", "<"};
        for (String op : ops) {
            if (value.startsWith(op)) {
                BigDecimal n = number(token, value.substring(op.length()));
                return switch (op) {
                    case ">=" -> (t, c) -> t.amount().toDecimal().compareTo(n) >= 0;
                    case "<=" -> (t, c) -> t.amount().toDecimal().compareTo(n) <= 0;
                    case ">" -> (t, c) -> t.amount().toDecimal().compareTo(n) > 0;
                    default -> (t, c) -> t.amount().toDecimal().compareTo(n) < 0;
                };
            }
        }
        int dots = value.indexOf("..");
        if (dots >= 0) {
            BigDecimal low = number(token, value.substring(0, dots));
            BigDecimal high = number(token, value.substring(dots + 2));
            if (low.compareTo(high) > 0) {
                throw error(token, "the range is empty (" + low.toPlainString() + " is above " + high.toPlainString() + ")");
            }
            return (t, c) -> t.amount().toDecimal().compareTo(low) >= 0 && t.amount().toDecimal().compareTo(high) <= 0;
        }
        BigDecimal n = number(token, value);
        return (t, c) -> t.amount().toDecimal().compareTo(n) == 0;
    }

    private static BigDecimal number(String token, String text) {
        try {
            BigDecimal n = new BigDecimal(text.strip().replace(",", ""));
            if (n.signum() < 0) {
                throw error(token, "amounts are positive; use type:income or type:expense for the direction");
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(token, "not a number");
        }
    }

    /**
     * The first and last day a date value covers: one span in the app's date grammar
     * ({@link DateInput}), or a range {@code A..B} of two, either end open.
     */
    private static LocalDate[] dates(String token, String value, LocalDate today) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            DateInput.Span span = DateInput.span(Text.clean(token), value, today, RANGE_FORMS);
            return new LocalDate[] {span.first(), span.last()};
        }
        String a = value.substring(0, dots);
        String b = value.substring(dots + 2);
        LocalDate from = a.isEmpty() ? Transaction.FIRST_DATE : DateInput.span(Text.clean(token), a, today, RANGE_FORMS).first();
        LocalDate to = b.isEmpty() ? Transaction.LAST_DATE : DateInput.span(Text.clean(token), b, today, RANGE_FORMS).last();
        if (from.isAfter(to)) {
            throw error(token, "the range is empty (" + from + " is after " + to + ")");
        }
        return new LocalDate[] {from, to};
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static ValidationException error(String token, String reason) {
        return new ValidationException(Text.clean(token), reason);
    }

    /** Splits on spaces outside double quotes; quotes group, and are dropped. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (any) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new ValidationException("filter", "a quote is not closed");
        }
        if (any) {
            out.add(current.toString());
        }
        return out;
    }
}
