package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The duplicate rule of every import: a transaction is a duplicate when the user already had one
 * in the same account with the same date, type, category (or the same split lines: categories and
 * amounts), amount and description before the import began (the same purchase on two cards is two
 * purchases). The payee, tags, status and line memos do not count: they are labels a person adds or
 * a bank fills in later, and the same bank line imported once without a payee column and once with
 * one, or after it was tagged or cleared, is still one purchase (the copy already booked is kept as it
 * is). Each day's
 * committed transactions are read once, so a file of a million rows costs a few thousand scans.
 */
final class ExistingTransactions {
    private final long userId;
    private final LongFunction<List<Transaction>> readDay;
    private final Map<Long, List<Transaction>> byDay = new HashMap<>();

    /** Reads through {@code committed}: inside a write transaction, the state it began from. */
    ExistingTransactions(ReadTx committed, long userId) {
        this.userId = userId;
        this.readDay = d -> day(committed, userId, d);
    }

    /** Reads each day in a short read of its own, so that no lock is held between rows (an import's staging). */
    ExistingTransactions(Store store, long userId) {
        this.userId = userId;
        this.readDay = d -> store.read(rd -> day(rd, userId, d));
    }

    private static List<Transaction> day(ReadTx rd, long userId, long epochDay) {
        return rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(userId, epochDay), Paging.all()).rows();
    }

    /**
     * Whether every day this has read still holds exactly the same transactions in {@code rd}: an
     * import staged without a lock commits only if nothing its duplicate check saw has changed
     * (an edit of a description, a move to another account, a delete or a new row on such a day).
     */
    boolean unchangedIn(ReadTx rd) {
        for (Map.Entry<Long, List<Transaction>> day : byDay.entrySet()) {
            if (!day(rd, userId, day.getKey()).equals(day.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The user's transactions on {@code epochDay}, as they were when this first read that day. */
    List<Transaction> day(long epochDay) {
        return byDay.computeIfAbsent(epochDay, readDay::apply);
    }

    /** The booked transaction that {@code t} repeats exactly, or {@code null}. */
    Transaction find(Transaction t) {
        List<Transaction> day = day(t.date().toEpochDay());
        for (Transaction old : day) {
            if (old.accountId() == t.accountId() && old.kind() == t.kind() && old.categoryId() == t.categoryId()
                    && sameLines(old, t) && old.amount().equals(t.amount())
                    && old.description().equals(t.description())) {
                return old;
            }
        }
        return null;
    }

    /** The same split lines in the same order, by category and amount (a memo is a note, like the payee). */
    private static boolean sameLines(Transaction a, Transaction b) {
        if (a.lines().size() != b.lines().size()) {
            return false;
        }
        for (int i = 0; i < a.lines().size(); i++) {
            if (a.lines().get(i).categoryId() != b.lines().get(i).categoryId()
                    || !a.lines().get(i).amount().equals(b.lines().get(i).amount())) {
                return false;
            }
        }
        return true;
    }
}
