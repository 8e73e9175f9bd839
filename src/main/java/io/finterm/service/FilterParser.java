package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Tags;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses hledger-style filter queries. Terms are separated by spaces and must all hold; a value
 * with spaces is quoted ({@code desc:"coffee shop"}).
 *
 * <pre>
 * cat:Groceries   cat:Dining,Travel   type:expense   cur:USD   acct:Savings   acct:Main,Card   desc:coffee   coffee (the description or the payee)
 * payee:tesco   tag:trip-rome   status:cleared   status:uncleared   status:reconciled
 * date:2024   date:2024-03   date:2024-03-05   date:2024-01..2024-03   date:2024-01..   date:..2024-03
 * date:today  date:yesterday  date:-7..  date:3/5  date:thismonth  date:lastmonth  date:thisyear  date:lastyear
 * amt:50   amt:&gt;50   amt:&gt;=50   amt:&lt;20   amt:&lt;=20   amt:10..20        not:TERM negates a term
 * </pre>
 *
 * An error names the term and the reason, for example {@code amt:>fifty: not a number}, and every
 * bad term is named, not only the first. A {@code word:value} whose key is not one of the above is
 * an error rather than text to search for ({@code "re: invoice"}, quoted, is text). Text matches
 * ignore case and accents. {@code cat:} matches a split when any of its lines is in a named category;
 * {@code tag:} is one exact tag (as {@link Tags#tag} writes it), and the first one not negated lets the
 * rows be read from the tag index.
 */
public final class FilterParser {
    /** The keys in the order an error lists them. */
    private static final List<String> KEYS = List.of("cat", "type", "date", "amt", "cur", "acct", "desc",
            "payee", "tag", "status", "not");
    /** Keys people try that no spelling rule leads back to the real one. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("amount", "amt"), Map.entry("sum", "amt"),
            Map.entry("kind", "type"), Map.entry("day", "date"), Map.entry("month", "date"), Map.entry("year", "date"),
            Map.entry("when", "date"), Map.entry("memo", "desc"), Map.entry("text", "desc"), Map.entry("tags", "tag"),
            Map.entry("state", "status"), Map.entry("cleared", "status"), Map.entry("reconciled", "status"),
            Map.entry("ccy", "cur"), Map.entry("account", "acct"), Map.entry("acc", "acct"));
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z_-]*");
    private static final String RANGE_FORMS = DateInput.SPAN_FORMS + ", or a range A..B";

    private FilterParser() {
    }

    /** Parses {@code query}; relative dates are taken from {@code today}. Category names are not checked. */
    public static Filter parse(String query, LocalDate today) {
        return parse(query, today, null);
    }

    /**
     * Parses {@code query} for a user whose categories are {@code categories}: a {@code cat:} naming
     * none of them is an error, since it could only ever match nothing.
     */
    public static Filter parse(String query, LocalDate today, Collection<String> categories) {
        return parse(query, today, categories, null);
    }

    /**
     * Parses {@code query} for a user whose categories are {@code categories} and whose accounts are
     * {@code accounts} (names by id): {@code acct:} matches the transactions of the accounts it names,
     * and naming an account the user does not have is an error, as for {@code cat:}.
     */
    public static Filter parse(String query, LocalDate today, Collection<String> categories, Map<Long, String> accounts) {
        String text = query == null ? "" : query.strip();
        Parse parse = new Parse(today, categories, accounts);
        List<Filter.Term> terms = new ArrayList<>();
        List<ValidationException> bad = new ArrayList<>();
        for (Token token : tokenize(text)) {
            try {
                terms.add(parse.term(token.text(), token.literal(), false));
            } catch (ValidationException e) {
                bad.add(e);
            }
        }
        // the valid keys are listed once, after every bad term, however many keys were unknown
        String keys = parse.unknown.isEmpty() ? "" : " (filters: " + KEYS.stream().map(k -> k + ":").collect(Collectors.joining(" "))
                + "; to search for the text, quote it: \"" + Text.clean(parse.unknown.get(0)) + "\")";
        if (bad.size() == 1) {
            throw new ValidationException(bad.get(0).field(), bad.get(0).reason() + keys);
        }
        if (!bad.isEmpty()) {
            throw new ValidationException("filter", bad.size() + " bad terms: "
                    + bad.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")) + keys);
        }
        return new Filter(text, terms, parse.range[0], parse.range[1], Optional.ofNullable(parse.tag));
    }

    /** One query's parse: what it needs to check terms, and the date range its terms narrow. */
    private static final class Parse {
        final LocalDate today;
        final Map<String, String> categoriesByFolded;
        /** The user's account ids by folded name, or {@code null} when no user's accounts are known. */
        final Map<String, Long> accountsByFolded;
        final List<String> accountNames = new ArrayList<>();
        final LocalDate[] range = {Transaction.FIRST_DATE, Transaction.LAST_DATE};
        /** The tag of the first {@code tag:} term not negated, for reading the tag index; {@code null} when none. */
        String tag;
        /** The terms whose key is no filter key, in order. */
        final List<String> unknown = new ArrayList<>();

        Parse(LocalDate today, Collection<String> categories, Map<Long, String> accounts) {
            this.today = today;
            this.accountsByFolded = accounts == null ? null : new TreeMap<>();
            if (accounts != null) {
                accounts.forEach((id, name) -> {
                    accountsByFolded.put(Account.fold(name), id);
                    accountNames.add(name);
                });
            }
            this.categoriesByFolded = categories == null ? null : new TreeMap<>();
            if (categories != null) {
                categories.forEach(c -> categoriesByFolded.putIfAbsent(SearchText.fold(c), c));
            }
        }

        Filter.Term term(String token, boolean literal, boolean negated) {
            int colon = literal ? -1 : token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            if (!KEYS.contains(key)) {
                if (colon > 0 && KEY.matcher(key).matches()) {
                    unknown.add(token);
                    throw unknownKey(token, key);
                }
                // A bare word looks where a person sees it: the table shows the payee with the description.
                String word = SearchText.fold(token);
                return (t, c) -> SearchText.fold(t.description()).contains(word) || SearchText.fold(t.payee()).contains(word);
            }
            String value = token.substring(colon + 1);
            if (value.isEmpty()) {
                throw error(token, "a value is missing after '" + key + ":'");
            }
            return switch (key) {
                case "not" -> {
                    Filter.Term inner = term(value, false, true);
                    yield (t, c) -> !inner.matches(t, c);
                }
                case "cat" -> categories(token, value);
                case "tag" -> {
                    String wanted;
                    try {
                        wanted = Tags.tag(value);
                    } catch (ValidationException e) {
                        throw error(token, e.reason());
                    }
                    if (!negated && tag == null) {
                        tag = wanted;
                    }
                    yield new Filter.Tag(wanted);
                }
                case "acct" -> accounts(token, value);
                case "date" -> {
                    LocalDate[] span = dates(token, value, today);
                    if (!negated) {
                        range[0] = max(range[0], span[0]);
                        range[1] = min(range[1], span[1]);
                    }
                    yield new Filter.Dates(span[0], span[1]);
                }
                default -> FilterParser.term(token, key, value);
            };
        }

        private Filter.Term categories(String token, String value) {
            Set<String> names = Arrays.stream(value.split(",")).map(s -> SearchText.fold(s.strip()))
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            if (categoriesByFolded != null) {
                List<String> unknown = Arrays.stream(value.split(",")).map(String::strip)
                        .filter(n -> !n.isEmpty() && !categoriesByFolded.containsKey(SearchText.fold(n))).toList();
                if (!unknown.isEmpty()) {
                    String name = Text.clean(unknown.get(0));
                    String hint = SearchText.nearest(name, categoriesByFolded.values()).map(n -> " — did you mean " + n + "?")
                            .orElse("");
                    throw error(token, (unknown.size() == 1 ? "there is no category '" + name + "'"
                            : "there are no categories " + unknown.stream().map(n -> "'" + Text.clean(n) + "'")
                                    .collect(Collectors.joining(", "))) + hint);
                }
            }
            return (t, c) -> {
                for (long id : t.categoryIds()) {
                    if (names.contains(SearchText.fold(c.apply(id)))) {
                        return true;
                    }
                }
                return false;
            };
        }

        /**
         * The accounts {@code acct:} names, each found by the store's rule ({@link Account#fold}: case, not accents,
         * since "Épargne" and "Epargne" may both exist); one the user does not have is an error whose hint does fold accents.
         */
        private Filter.Term accounts(String token, String value) {
            if (accountsByFolded == null) {
                throw error(token, "accounts can be filtered only in a user's own transactions");
            }
            Set<Long> ids = new java.util.HashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String name : value.split(",")) {
                Long id = accountsByFolded.get(Account.fold(name));
                if (id != null) {
                    ids.add(id);
                } else if (!name.isBlank()) {
                    unknown.add(Text.clean(name.strip()));
                }
            }
            if (!unknown.isEmpty()) {
                String hint = SearchText.nearest(unknown.get(0), accountNames).map(n -> " — did you mean " + n + "?")
                        .orElse("");
                throw error(token, (unknown.size() == 1 ? "you have no account '" + unknown.get(0) + "'"
                        : "you have no accounts " + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))) + hint);
            }
            return (t, c) -> ids.contains(t.accountId());
        }
    }

    /** The unknown key and the nearest real one; {@link #parse} then lists the valid keys once. */
    private static ValidationException unknownKey(String token, String key) {
        String meant = SYNONYMS.get(key);
        if (meant == null) {
            meant = SearchText.nearest(key, KEYS).orElse(null);
        }
        return error(token, "unknown filter '" + key + ":'" + (meant != null ? " — did you mean " + meant + ":?" : ""));
    }

    /** The terms that need nothing but their own text: type, cur, desc, payee, status and amt. */
    private static Filter.Term term(String token, String key, String value) {
        return switch (key) {
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
                String word = SearchText.fold(value);
                yield (t, c) -> SearchText.fold(t.description()).contains(word);
            }
            case "payee" -> {
                String word = SearchText.fold(value);
                yield (t, c) -> SearchText.fold(t.payee()).contains(word);
            }
            case "status" -> {
                TxStatus status;
                try {
                    status = TxStatus.parse(value);
                } catch (ValidationException e) {
                    throw error(token, "not cleared, uncleared or reconciled");
                }
                yield (t, c) -> t.status() == status;
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

    /** One term as typed; {@code literal} when a quote came before any colon, so that it is text to search for. */
    private record Token(String text, boolean literal) {
    }

    /** Splits on spaces outside double quotes; quotes group, and are dropped. */
    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        boolean literal = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                literal |= current.indexOf(":") < 0;
                any = true;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (any) {
                    out.add(new Token(current.toString(), literal));
                    current.setLength(0);
                    any = false;
                    literal = false;
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
            out.add(new Token(current.toString(), literal));
        }
        return out;
    }
}
