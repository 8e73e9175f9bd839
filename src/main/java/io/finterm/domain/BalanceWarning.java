package io.finterm.domain;

/**
 * The balance below which the forecast warns about one account, in the account's currency; without
 * one, it warns below zero. At most one per account.
 */
public record BalanceWarning(long id, long userId, long accountId, Money below) {
    public BalanceWarning {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.requirePositive("account", accountId);
        Ids.required("warn-below", below);
        if (Math.abs(below.minor()) > Money.MAX_MINOR) {
            throw new ValidationException("warn-below", "must be at most " + Money.MAX_MINOR + " minor units either way");
        }
    }
}
