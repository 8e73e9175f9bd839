package io.finterm.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * One entry in one of the user's accounts, booked in that account's currency. The amount is always
 * positive; the kind says which way it went. Income and expenses have a category; a transfer leg
 * has none ({@code categoryId} 0) and names the other leg in {@code transferId} (0 for anything else).
 * A blank description or payee is stored as the empty string.
 *
 * <p>Income or an expense may be split into {@link SplitLine}s, each in a category of its own, which add
 * up to the amount exactly; a split transaction has no category of its own ({@code categoryId} 0), and
 * {@link #categoryLines()} is what every report counts. Tags are kept as {@link Tags#of} makes them.
 * An imported transaction keeps its {@link Origin} through every change made to it.
 */
public record Transaction(long id, long userId, long accountId, LocalDate date, TxKind kind, long categoryId,
                          Money amount, String description, long transferId, String payee, List<String> tags,
                          TxStatus status, List<SplitLine> lines, Origin origin) {
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_PAYEE = 100;
    public static final int MAX_LINES = 100;
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
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (kind.isTransfer()) {
            if (!lines.isEmpty()) {
                throw new ValidationException("split", "a transfer cannot be split");
            }
            if (categoryId != 0) {
                throw new ValidationException("category", "a transfer has no category");
            }
            Ids.requirePositive("transfer", transferId);
        } else {
            if (lines.isEmpty()) {
                Ids.requirePositive("category", categoryId);
            } else if (categoryId != 0) {
                throw new ValidationException("category", "a split transaction has its categories on its lines");
            }
            if (transferId != 0) {
                throw new ValidationException("transfer", "only a transfer names another leg");
            }
        }
        Ids.requireAmount("amount", amount);
        description = Text.field("description", description, MAX_DESCRIPTION, false);
        payee = Text.field("payee", payee, MAX_PAYEE, false);
        tags = Tags.of(tags);
        status = status == null ? TxStatus.UNCLEARED : status;
        checkLines(lines, amount);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A transaction that was not imported. */
    public Transaction(long id, long userId, long accountId, LocalDate date, TxKind kind, long categoryId,
                       Money amount, String description, long transferId, String payee, List<String> tags,
                       TxStatus status, List<SplitLine> lines) {
        this(id, userId, accountId, date, kind, categoryId, amount, description, transferId, payee, tags, status, lines,
                Origin.NONE);
    }

    /** A transaction with no payee, tags or split lines, not yet cleared. */
    public Transaction(long id, long userId, long accountId, LocalDate date, TxKind kind, long categoryId,
                       Money amount, String description, long transferId) {
        this(id, userId, accountId, date, kind, categoryId, amount, description, transferId, "", List.of(),
                TxStatus.UNCLEARED, List.of());
    }

    private static void checkLines(List<SplitLine> lines, Money amount) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() < 2) {
            throw new ValidationException("split", "a split needs at least two lines; one line is a plain category");
        }
        if (lines.size() > MAX_LINES) {
            throw new ValidationException("split", "at most " + MAX_LINES + " lines, not " + lines.size());
        }
        long sum = 0;
        for (SplitLine line : lines) {
            if (!line.amount().currency().equals(amount.currency())) {
                throw new ValidationException("split", "a line is in " + line.amount().currency().getCurrencyCode()
                        + ", the transaction in " + amount.currency().getCurrencyCode());
            }
            sum = Math.addExact(sum, line.amount().minor());
        }
        if (sum != amount.minor()) {
            throw new ValidationException("split", "the lines add up to " + new Money(sum, amount.currency()).toDecimalString()
                    + ", the amount is " + amount.toDecimalString());
        }
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

    public boolean isSplit() {
        return !lines.isEmpty();
    }

    /**
     * What this transaction counts in each category: its split lines, one line of its whole amount in
     * its category, or nothing for a transfer leg. Every report and aggregate reads this.
     */
    public List<SplitLine> categoryLines() {
        if (kind.isTransfer()) {
            return List.of();
        }
        return lines.isEmpty() ? List.of(new SplitLine(categoryId, amount, "")) : lines;
    }

    /** The distinct categories it counts in, in line order. */
    public List<Long> categoryIds() {
        if (lines.isEmpty()) {
            return kind.isTransfer() ? List.of() : List.of(categoryId);
        }
        return lines.stream().map(SplitLine::categoryId).distinct().toList();
    }

    public boolean isTransfer() {
        return kind.isTransfer();
    }

    /** The amount as it changes the account's balance: positive in, negative out, in minor units. */
    public long signedMinor() {
        return kind.isInflow() ? amount.minor() : -amount.minor();
    }

    /** The same transaction, unsplit, in {@code newCategoryId}. */
    public Transaction withCategory(long newCategoryId) {
        return new Transaction(id, userId, accountId, date, kind, newCategoryId, amount, description, transferId,
                payee, tags, status, List.of(), origin);
    }

    /** The same transaction with each category (its own, or each line's) renamed by {@code move}: a merge of categories. */
    public Transaction recategorized(LongUnaryOperator move) {
        if (lines.isEmpty()) {
            return kind.isTransfer() ? this : withCategory(move.applyAsLong(categoryId));
        }
        List<SplitLine> moved = new ArrayList<>(lines.size());
        for (SplitLine line : lines) {
            moved.add(line.withCategory(move.applyAsLong(line.categoryId())));
        }
        return withLines(moved);
    }

    /** The same transaction split into {@code newLines} (at least two), with no category of its own. */
    public Transaction withLines(List<SplitLine> newLines) {
        return new Transaction(id, userId, accountId, date, kind, 0, amount, description, transferId, payee, tags, status, newLines, origin);
    }

    public Transaction withStatus(TxStatus newStatus) {
        return new Transaction(id, userId, accountId, date, kind, categoryId, amount, description, transferId,
                payee, tags, newStatus, lines, origin);
    }

    /** The same transaction with {@code newPayee} and {@code newTags}. */
    public Transaction withPayeeAndTags(String newPayee, List<String> newTags) {
        return new Transaction(id, userId, accountId, date, kind, categoryId, amount, description, transferId,
                newPayee, newTags, status, lines, origin);
    }

    /** The same transaction, from {@code newOrigin}. */
    public Transaction withOrigin(Origin newOrigin) {
        return new Transaction(id, userId, accountId, date, kind, categoryId, amount, description, transferId,
                payee, tags, status, lines, newOrigin);
    }

    /** What a person calls this transaction: its payee, else its description (either may be empty). */
    public String payeeOrDescription() {
        return payee.isEmpty() ? description : payee;
    }

    /**
     * A 64-bit digest of everything a person can change about this transaction (not its id, owner or
     * origin): an import keeps it in the {@link Origin}, and a row whose digest differs now was changed
     * since. Computed from values only (a currency by its code), so it is the same in every run.
     */
    public long fingerprint() {
        Fingerprint f = new Fingerprint().add(accountId).add(date.toEpochDay()).add(kind.name()).add(categoryId)
                .add(amount.minor()).add(amount.currency().getCurrencyCode()).add(description).add(transferId).add(payee)
                .add(tags.size());
        for (String tag : tags) {
            f.add(tag);
        }
        f.add(status.name()).add(lines.size());
        for (SplitLine line : lines) {
            f.add(line.categoryId()).add(line.amount().minor()).add(line.memo());
        }
        return f.value();
    }

    /** FNV-1a over longs and strings, each string preceded by its length so that no two sequences run together. */
    private static final class Fingerprint {
        private long h = 0xcbf29ce484222325L;

        Fingerprint add(long v) {
            for (int i = 0; i < 8; i++) {
                h = (h ^ ((v >>> (8 * i)) & 0xff)) * 0x100000001b3L;
            }
            return this;
        }

        Fingerprint add(String s) {
            add(s.length());
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            return this;
        }

        long value() {
            return h;
        }
    }
}
