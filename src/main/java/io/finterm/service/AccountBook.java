package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The account list with net worth: every account with its balance today, and the counted accounts'
 * balances (open or closed) summed in the base currency at today's rate. An account whose currency
 * has no rate is left out of net worth and named, never counted 1:1.
 *
 * @param currency  the user's base currency, which net worth is in
 * @param converted the counted accounts in another currency, and the day of the rate each took
 * @param leftOut   the counted accounts no rate could convert, and why
 */
public record AccountBook(Currency currency, Money netWorth, List<AccountLine> accounts, List<Converted> converted,
                          List<LeftOut> leftOut) {
    public record Converted(Account account, LocalDate rateDay) {
    }

    public record LeftOut(Account account, String reason) {
    }

    public AccountBook {
        accounts = List.copyOf(accounts);
        converted = List.copyOf(converted);
        leftOut = List.copyOf(leftOut);
    }
}
