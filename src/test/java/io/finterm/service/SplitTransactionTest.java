package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.MonthlyTotal;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One receipt over several categories: each line counts in its own, and a split that does not add up is never stored. */
class SplitTransactionTest {
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final LocalDate day = LocalDate.of(2026, 3, 2);

    private static Entry.SplitEntry line(String category, long cents, String memo) {
        return new Entry.SplitEntry(category, Money.of(cents, "EUR"), memo);
    }

    private Entry receipt(long cents, List<Entry.SplitEntry> lines) {
        return new Entry(day, TxKind.EXPENSE, "", Money.of(cents, "EUR"), "weekly shop", null, "Supermarket",
                List.of("Home", "q1"), lines);
    }

    private Map<String, Long> expensesByCategory() {
        Map<Long, String> names = new HashMap<>();
        fx.categories.list(alice).forEach(c -> names.put(c.id(), c.name()));
        Map<String, Long> sums = new HashMap<>();
        for (MonthlyTotal m : fx.store.read(rd -> Schema.monthlyTotals(rd, KeyRange.prefix(alice.userId(),
                Schema.month(YearMonth.from(day)))))) {
            sums.merge(names.get(m.categoryId()) + " x" + m.count(), m.sum(), Long::sum);
        }
        return sums;
    }

    @Test
    void eachLineCountsInItsOwnCategoryAndTheTagsAreKeptInLowerCase() {
        Transaction t = fx.transactions.add(alice, receipt(5_430,
                List.of(line("Groceries", 4_000, "food"), line("Shopping", 1_000, "soap"), line("Groceries", 430, "fruit"))));
        assertTrue(t.isSplit());
        assertEquals(List.of("home", "q1"), t.tags());
        assertEquals("Supermarket", t.payee());
        assertEquals(Map.of("Groceries x1", 4_430L, "Shopping x1", 1_000L), expensesByCategory());
        assertEquals("Groceries / Shopping", fx.transactions.get(alice, t.id()).category());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void linesThatDoNotAddUpAreRefusedAndNothingIsWritten() {
        long before = fx.store.read(rd -> rd.count(Schema.TRANSACTIONS));
        ValidationException e = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                receipt(5_430, List.of(line("Groceries", 4_000, ""), line("Shopping", 1_000, "")))));
        assertEquals("split: the lines add up to 50.00, the amount is 54.30", e.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                receipt(5_000, List.of(line("Groceries", 4_000, ""), line("Nope", 1_000, "")))));
        assertEquals("split line 2: there is no expense category 'Nope'", unknown.getMessage());
        ValidationException both = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(5_000, "EUR"), "", null, "", List.of(),
                        List.of(line("Groceries", 4_000, ""), line("Shopping", 1_000, "")))));
        assertEquals("category", both.field());
        ValidationException spaced = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(5_000, "EUR"), "", null, "", List.of("trip rome"), List.of())));
        assertEquals("tag: 'trip rome' has a space; a tag is one word, such as trip-rome", spaced.getMessage());
        ValidationException control = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(5_000, "EUR"), "", null, "", List.of("tax\u001b[2J"), List.of())));
        assertEquals("tag", control.field());
        ValidationException hidden = assertThrows(ValidationException.class, () -> fx.transactions.add(alice,
                new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(5_000, "EUR"), "", null, "", List.of("a#\u001b[2J"), List.of())));
        assertEquals("tag: 'a#[2J' has '#'; a tag has letters, digits and - _ . / only", hidden.getMessage());
        assertEquals(before, (long) fx.store.read(rd -> rd.count(Schema.TRANSACTIONS)));
    }

    @Test
    void aCategoryThatALineUsesCannotBeDeletedAndAMergeMovesOnlyThatLine() {
        Transaction t = fx.transactions.add(alice, receipt(5_000, List.of(line("Groceries", 4_000, ""), line("Shopping", 1_000, ""))));
        assertThrows(FintermException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Shopping"));
        assertEquals(1L, fx.categories.merge(alice, TxKind.EXPENSE, "Shopping", "Groceries"));
        Transaction merged = fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow();
        assertEquals(List.of(4_000L, 1_000L), merged.lines().stream().map(l -> l.amount().minor()).toList());
        assertEquals(Map.of("Groceries x1", 5_000L), expensesByCategory());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void aReconciledTransactionIsChangedOnlyOnceThePersonHasConfirmed() {
        Transaction t = fx.transactions.add(alice, new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(1_000, "EUR"), "bread"));
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t.withStatus(TxStatus.RECONCILED)));
        Entry changed = new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(1_200, "EUR"), "bread");
        assertThrows(ReconciledChange.class, () -> fx.transactions.edit(alice, t.id(), changed));
        assertEquals(1_000L, fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow().amount().minor());
        Transaction edited = fx.transactions.editReconciled(alice, t.id(), changed);
        assertEquals(1_200L, edited.amount().minor());
        assertEquals(TxStatus.RECONCILED, edited.status());
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        Transaction moved = fx.transactions.editReconciled(alice, t.id(),
                new Entry(day, TxKind.EXPENSE, "Groceries", Money.of(1_200, "EUR"), "bread", "Savings"));
        assertEquals(TxStatus.UNCLEARED, moved.status(), "no statement of Savings has seen it");
    }
}
