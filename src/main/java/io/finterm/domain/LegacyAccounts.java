package io.finterm.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The one rule for books kept before accounts existed (a store of format 2, a backup of version 1):
 * each user's transactions in their base currency go to {@code Main}, checking in that currency,
 * which is their default, and those in any other currency to {@code Main (USD)} and so on, each
 * created the first time it is needed. Amounts stay as they were, so every report reads as before.
 * One instance serves one migration or one restore: it remembers the accounts it has made.
 */
public final class LegacyAccounts {
    private final LongSupplier nextId;
    /** user → currency → account id, for the accounts made so far. */
    private final Map<Long, Map<Currency, Long>> made = new HashMap<>();

    /** @param nextId gives the id of each account made */
    public LegacyAccounts(LongSupplier nextId) {
        this.nextId = nextId;
    }

    /**
     * Where the user's money in {@code currency} is kept.
     *
     * @param created the account when this call made it (the caller stores it), {@code null} when it existed
     */
    public record Placed(long accountId, Account created) {
    }

    /**
     * The account for the user's transactions in {@code currency}, made on first need and opened on
     * {@code opened} (the user's creation for {@code Main}, else the first transaction's date).
     */
    public Placed place(long userId, Currency currency, Currency base, LocalDate opened) {
        Map<Currency, Long> mine = made.computeIfAbsent(userId, u -> new HashMap<>());
        Long id = mine.get(currency);
        if (id != null) {
            return new Placed(id, null);
        }
        long created = nextId.getAsLong();
        String name = currency.equals(base) ? Account.MAIN : Account.mainFor(currency);
        LocalDate openingDate = opened.isBefore(Transaction.FIRST_DATE) ? Transaction.FIRST_DATE : opened;
        Account a = new Account(created, userId, name, AccountType.CHECKING, currency, new Money(0, currency), openingDate,
                true, false);
        mine.put(currency, created);
        return new Placed(created, a);
    }

    /** Forgets a user who was removed, and returns the ids of the accounts made for them. */
    public List<Long> forget(long userId) {
        Map<Currency, Long> mine = made.remove(userId);
        return mine == null ? List.of() : List.copyOf(mine.values());
    }
}
