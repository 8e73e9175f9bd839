package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction as the reports count it: once in each category it counts in
 * ({@link Transaction#categoryLines()}), each share as a plain transaction of that category and amount.
 * Lines of a split in the same category are one share, as in the monthly totals, whose count is the
 * transactions that touch a category. A report applies its filter to each share, so that a split
 * counts exactly as its lines entered one by one would (except that count).
 */
public final class Lines {
    private Lines() {
    }

    /** The shares of {@code t}, one per category in line order; none for a transfer leg, {@code t} itself when not split. */
    public static List<Transaction> byCategory(Transaction t) {
        if (!t.isSplit()) {
            return t.isTransfer() ? List.of() : List.of(t);
        }
        Map<Long, Long> sums = new LinkedHashMap<>();
        for (SplitLine line : t.categoryLines()) {
            sums.merge(line.categoryId(), line.amount().minor(), Math::addExact);
        }
        List<Transaction> out = new ArrayList<>(sums.size());
        sums.forEach((category, minor) -> out.add(new Transaction(t.id(), t.userId(), t.accountId(), t.date(), t.kind(), category,
                new Money(minor, t.amount().currency()), t.description(), 0, t.payee(), t.tags(), t.status(), List.of())));
        return out;
    }
}
