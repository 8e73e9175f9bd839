package io.finterm.domain;

import java.time.LocalDate;

/**
 * One entry in one of the user's accounts, booked in that account's currency. The amount is always
 * positive; the kind says which way it went. Income and expenses have a category; a transfer leg
 * has none ({@code categoryId} 0) and names the other leg in {@code transferId} (0 for anything else).
 * A blank description is stored as the empty string.
 */
public record Transaction(long id, long userId, long accountId, LocalDate date, TxKind kind, long categoryId,
                          Money amount, String description, long transferId) {
    public static final int MAX_DESCRIPTION = 200;
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    public Transaction {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.requirePositive("account", accountId);
        Ids.required("date", date);
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new ValidationException("date", date + " is outside " + FIRST_DATE + ".." + LAST_DATE);
        }
        Ids.required("type", kind);
        if (kind.isTransfer()) {
            if (categoryId != 0) {
                throw new ValidationException("category", "a transfer has no category");
            }
            Ids.requirePositive("transfer", transferId);
        } else {
            Ids.requirePositive("category", categoryId);
            if (transferId != 0) {
                throw new ValidationException("transfer", "only a transfer names another leg");
            }
        }
        Ids.requireAmount("amount", amount);
        description = Text.field("description", description, MAX_DESCRIPTION, false);
    }

    /** Income or an expense, in a category (no transfer). */
    public static Transaction entry(long id, long userId, long accountId, LocalDate date, TxKind kind, long categoryId,
                                    Money amount, String description) {
        return new Transaction(id, userId, accountId, date, kind, categoryId, amount, description, 0);
    }

    /** The two legs of one transfer, which name each other. */
    public record Legs(Transaction out, Transaction in) {
    }

    /**
     * A transfer as its two legs: {@code sent} leaves {@code fromAccount} and {@code received} (the same
     * amount, or what arrived in the other currency) enters {@code toAccount}, on one day, under one
     * description. The only place the pairing rules live, so no caller can build a leg that fsck refuses.
     */
    public static Legs transferLegs(long outId, long inId, long userId, long fromAccount, long toAccount, LocalDate date,
                                    Money sent, Money received, String description) {
        if (fromAccount == toAccount) {
            throw new ValidationException("to", "a transfer needs two different accounts");
        }
        if (outId == inId) {
            throw new ValidationException("transfer", "the two legs need two different ids");
        }
        return new Legs(new Transaction(outId, userId, fromAccount, date, TxKind.TRANSFER_OUT, 0, sent, description, inId),
                new Transaction(inId, userId, toAccount, date, TxKind.TRANSFER_IN, 0, received, description, outId));
    }

    public boolean isTransfer() {
        return kind.isTransfer();
    }

    /** The amount as it changes the account's balance: positive in, negative out, in minor units. */
    public long signedMinor() {
        return kind.isInflow() ? amount.minor() : -amount.minor();
    }

    public Transaction withCategory(long newCategoryId) {
        return new Transaction(id, userId, accountId, date, kind, newCategoryId, amount, description, transferId);
    }
}
