package io.finterm.service;

import io.finterm.domain.AccountType;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An account as a person opens it.
 *
 * @param type        {@code null} for checking
 * @param currency    {@code null} for the user's base currency
 * @param opening     the signed opening balance as typed, such as {@code -250.00}; {@code null} or blank for zero
 * @param openingDate {@code null} for today
 */
public record NewAccount(String name, AccountType type, Currency currency, String opening, LocalDate openingDate,
                         boolean inNetWorth) {
    /** A counted checking account in the base currency, opened today at zero. */
    public static NewAccount named(String name) {
        return new NewAccount(name, null, null, null, null, true);
    }
}
