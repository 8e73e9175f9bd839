package io.finterm.analysis;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A cash-flow forecast: each account's projected balance from today ({@code from}) to {@code to}, and
 * the net worth's in the base currency.
 *
 * @param netWorth the sum of the projected balances of the accounts counted in net worth, converted at
 *                 today's rates; {@code null} when a rate is missing, which a note then names
 * @param notes    what a reader should know about how it was made, one sentence each
 */
public record Forecast(LocalDate from, LocalDate to, Currency base, List<AccountForecast> accounts, AccountForecast netWorth,
                       List<String> notes) {
    public Forecast {
        accounts = List.copyOf(accounts);
        notes = List.copyOf(notes);
    }

    /** The warnings, one per account that would fall too low, in the accounts' order. */
    public List<String> warnings() {
        return accounts.stream().map(AccountForecast::warning).filter(w -> w != null).toList();
    }
}
