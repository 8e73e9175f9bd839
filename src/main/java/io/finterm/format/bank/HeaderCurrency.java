package io.finterm.format.bank;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency an amount column's name states: {@code Bedrag (EUR)}, {@code Montant(EUROS)},
 * {@code Betrag CHF}, {@code Betrag in EUR}, {@code Importe €}. A code counts only in capitals and
 * only when ISO 4217 knows it, so that {@code Amount (net)} or {@code Amount (all)} state nothing;
 * a bare {@code $} states nothing either (it is also the Canadian, Australian, ... dollar).
 */
final class HeaderCurrency {
    /** A name, then a currency word: bracketed (maybe after {@code in}/{@code en}), or after a space. */
    private static final Pattern STATED = Pattern.compile(
            "(?<base>.*\\S)\\s*(?:\\(\\s*(?:(?:in|en)\\s+)?(?<inner>[^()\\s]+)\\s*\\)|\\s+(?<last>[^()\\s]+))",
            Pattern.CASE_INSENSITIVE);
    /** {@code in} or {@code en} before a currency after a space ({@code Betrag in EUR}, {@code Importe en EUR}). */
    private static final Pattern PREPOSITION = Pattern.compile("\\s+(?:in|en)$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> WORDS = Map.of("EURO", "EUR", "EUROS", "EUR", "€", "EUR", "£", "GBP", "US$", "USD");
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private HeaderCurrency() {
    }

    /** The ISO code the name states, or {@code ""}. */
    static String of(String headerName) {
        Matcher m = STATED.matcher(headerName.strip());
        return m.matches() ? code(m.group("inner") != null ? m.group("inner") : m.group("last")) : "";
    }

    /**
     * The name without the currency it states ({@code Betrag} for {@code Betrag CHF}), or {@code null} when it states none;
     * {@code withoutPreposition} also drops an {@code in}/{@code en} before it ({@code Betrag in EUR}), which is tried
     * second so that {@code Paid in GBP} stays {@code Paid in}.
     */
    static String base(String headerName, boolean withoutPreposition) {
        Matcher m = STATED.matcher(headerName.strip());
        if (!m.matches() || code(m.group("inner") != null ? m.group("inner") : m.group("last")).isEmpty()) {
            return null;
        }
        return withoutPreposition ? PREPOSITION.matcher(m.group("base")).replaceFirst("") : m.group("base");
    }

    private static String code(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (WORDS.containsKey(upper)) {
            return WORDS.get(upper);
        }
        return word.length() == 3 && word.equals(upper) && CODES.contains(word) ? word : "";
    }
}
