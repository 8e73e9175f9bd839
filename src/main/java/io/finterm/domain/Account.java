package io.finterm.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * A place where one user keeps money: a bank account, a card, a wallet, a loan. Names are unique
 * per user, ignoring case. Every transaction of the account is booked in its currency, so that its
 * balance matches the bank's to the cent.
 *
 * @param opening     the balance before the first transaction, signed (a loan or a card starts negative)
 * @param inNetWorth  whether its balance counts in net worth
 * @param closed      a closed account keeps its history and takes no new transactions
 */
public record Account(long id, long userId, String name, AccountType type, Currency currency, Money opening,
                      LocalDate openingDate, boolean inNetWorth, boolean closed) {
    public static final int MAX_NAME = 40;
    /** The name every user's first account has. */
    public static final String MAIN = "Main";

    public Account {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        name = Text.field("account", name, MAX_NAME, true);
        Ids.required("type", type);
        Ids.required("currency", currency);
        Ids.required("opening balance", opening);
        if (!opening.currency().equals(currency)) {
            throw new ValidationException("opening balance", "is in " + opening.currency().getCurrencyCode()
                    + ", but the account is in " + currency.getCurrencyCode());
        }
        if (Math.abs(opening.minor()) > Money.MAX_MINOR) {
            throw new ValidationException("opening balance", "must be at most " + Money.MAX_MINOR + " minor units");
        }
        Ids.required("opening date", openingDate);
        if (openingDate.isBefore(Transaction.FIRST_DATE) || openingDate.isAfter(Transaction.LAST_DATE)) {
            throw new ValidationException("opening date", openingDate + " is outside "
                    + Transaction.FIRST_DATE + ".." + Transaction.LAST_DATE);
        }
    }

    /** The name of the account that holds a migrated user's transactions in {@code currency} other than their base currency. */
    /**
     * The one rule by which a name finds an account: cleaned, then lower case in the root locale. It is the
     * key of the store's unique index, so two names one user may hold (such as "Épargne" and "Epargne")
     * never fold together, and every lookup (services, imports, filters, screens) agrees with the store.
     */
    public static String fold(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT);
    }

    public static String mainFor(Currency currency) {
        return MAIN + " (" + currency.getCurrencyCode() + ")";
    }

    /**
     * Refuses {@code amount}'s currency unless it is this account's: every transaction is booked in its
     * account's currency, so that the balance matches the bank's. One sentence for every front end.
     */
    public void requireCurrency(Currency amount) {
        if (!amount.equals(currency)) {
            throw new ValidationException("currency", "the account '" + name + "' is in " + currency.getCurrencyCode()
                    + ", not " + amount.getCurrencyCode() + ": enter what the bank booked in " + currency.getCurrencyCode()
                    + ", or choose an account in " + amount.getCurrencyCode());
        }
    }

    public Account withName(String newName) {
        return new Account(id, userId, newName, type, currency, opening, openingDate, inNetWorth, closed);
    }

    public Account withType(AccountType newType) {
        return new Account(id, userId, name, newType, currency, opening, openingDate, inNetWorth, closed);
    }

    public Account withOpening(Money balance, LocalDate date) {
        return new Account(id, userId, name, type, currency, balance, date, inNetWorth, closed);
    }

    public Account withInNetWorth(boolean counted) {
        return new Account(id, userId, name, type, currency, opening, openingDate, counted, closed);
    }

    public Account withClosed(boolean isClosed) {
        return new Account(id, userId, name, type, currency, opening, openingDate, inNetWorth, isClosed);
    }
}
