package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate rule of every import: a transaction is a duplicate when the user already had one
 * with the same date, type, category, amount and description before the import began. Each day's
 * committed transactions are read once, so a file of a million rows costs a few thousand scans.
 */
final class ExistingTransactions {
    private final ReadTx committed;
    private final long userId;
    private final Map<Long, List<Transaction>> byDay = new HashMap<>();

    ExistingTransactions(ReadTx committed, long userId) {
        this.committed = committed;
        this.userId = userId;
    }

    boolean contains(Transaction t) {
        List<Transaction> day = byDay.computeIfAbsent(t.date().toEpochDay(), d -> committed.scan(Schema.TX_BY_DATE,
                KeyRange.prefix(userId, d), Paging.all()).rows());
        for (Transaction old : day) {
            if (old.kind() == t.kind() && old.categoryId() == t.categoryId() && old.amount().equals(t.amount())
                    && old.description().equals(t.description())) {
                return true;
            }
        }
        return false;
    }
}
