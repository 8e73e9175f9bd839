package io.finterm.tui;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Completing ISO 4217 codes as they are typed. */
final class Currencies {
    private static final List<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();

    private Currencies() {
    }

    /** The first code starting with {@code typed} (ignoring case), or {@code null}. */
    static String complete(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        String prefix = typed.toUpperCase(Locale.ROOT);
        return CODES.stream().filter(c -> c.startsWith(prefix)).findFirst().orElse(null);
    }
}
