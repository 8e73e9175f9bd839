package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.AccountType;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging one's own export is one step, however many rows it adds, also when its rows go to the journal ahead of the commit. */
class UndoOwnExportMergeTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** Stands in for the free heap (store's HeapBudget): one byte makes every offered part go to the journal. */
    private static final String HEAP_BUDGET = "finterm.store.heap.budget";

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    /**
     * Alice's export from another store: {@code plain} expenses, a transfer to a savings account, a split, a category of
     * her own with budgets and a rollover setting.
     */
    private static String export(int plain) {
        Accounts other = new Accounts();
        Session her = other.alice();
        other.accountBook.add(her, new NewAccount("Savings", AccountType.SAVINGS, null, "500.00", LocalDate.of(2026, 1, 1), true));
        other.categories.add(her, TxKind.EXPENSE, "Gym");
        for (int i = 0; i < plain; i++) {
            other.transactions.add(her, new Entry(NOVEMBER.atDay(1 + i % 28), TxKind.EXPENSE, i % 2 == 0 ? "Gym" : "Dining",
                    eur(1_000 + i), "Row " + i));
        }
        String main = other.accountBook.list(her).stream().filter(AccountLine::isDefault).findFirst().orElseThrow().account().name();
        other.transfers.transfer(her, new TransferEntry(main, "Savings", "300.00", null, NOVEMBER.atDay(15), "Saving"));
        other.transactions.add(her, new Entry(NOVEMBER.atDay(9), TxKind.EXPENSE, "", eur(5_000), "Receipt", null, "Corner Market",
                List.of(), List.of(new Entry.SplitEntry("Gym", eur(1_500), "towel"), new Entry.SplitEntry("Groceries", eur(3_500), "food"))));
        other.budgets.set(her, "Gym", OCTOBER, eur(3_000), BudgetService.Rolling.ON);
        other.budgets.set(her, "Gym", NOVEMBER, eur(3_500));
        StringWriter out = new StringWriter();
        other.backups.export(her, out);
        return out.toString();
    }

    private static List<String> labels(List<UndoService.Reversed> reversed) {
        return reversed.stream().map(UndoService.Reversed::label).toList();
    }

    @Test
    void aMergeOfAnExportIsOneStepThatUndoTakesBackWholeAndRedoApplies() {
        String export = export(6);
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(2), TxKind.EXPENSE, "Dining", eur(1_001), "Row 1")); // hers already: a duplicate
        UndoneState before = UndoneState.of(fx, alice, OCTOBER, NOVEMBER);
        BackupService.Merged merged = fx.backups.importOwn(alice, new StringReader(export));
        assertEquals(1, merged.duplicates());
        UndoneState after = UndoneState.of(fx, alice, OCTOBER, NOVEMBER);
        assertNotEquals(before, after);
        String label = "merge of an export (" + merged.added() + " rows)";
        // 5 plain rows, the transfer's 2 legs, the split; Gym and its 2 budgets and rollover setting; Savings
        assertEquals("merge of an export (13 rows)", label);
        assertEquals(List.of(label), labels(fx.undo.undo(alice, 1)));
        assertEquals(before, UndoneState.of(fx, alice, OCTOBER, NOVEMBER));
        assertEquals(List.of(label), labels(fx.undo.redo(alice, 1)));
        assertEquals(after, UndoneState.of(fx, alice, OCTOBER, NOVEMBER));
    }

    private static Transaction merged(Accounts fx, Session alice, String description) {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_DESC, 0, 100).stream().map(Listed::transaction)
                .filter(t -> t.description().equals(description)).findFirst().orElseThrow();
    }

    @Test
    void anEditOfAMergedRowLaterInTheHistoryIsUndoneFirst() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        UndoneState before = UndoneState.of(fx, alice, NOVEMBER);
        fx.backups.importOwn(alice, new StringReader(export(3)));
        Transaction row = merged(fx, alice, "Row 1");
        fx.transactions.edit(alice, row.id(), new Entry(row.date(), TxKind.EXPENSE, "Dining", eur(9_999), "Row 1"));
        assertEquals(List.of("edit of 'Row 1' €10.01 → €99.99 on 2026-11-02", "merge of an export (11 rows)"), labels(fx.undo.undo(alice, 2)));
        assertEquals(before, UndoneState.of(fx, alice, NOVEMBER));
    }

    @Test
    void aMergedRowEditedOutsideTheHistoryRefusesTheUndoNamingIt() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.backups.importOwn(alice, new StringReader(export(3)));
        Transaction row = merged(fx, alice, "Row 1");
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, row.withPayeeAndTags("Trattoria", List.of())));
        UndoneState before = UndoneState.of(fx, alice, NOVEMBER);
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        // the row in the way comes first; what follows it depends on how far the reversal looked (see StepReversal.remove)
        assertTrue(e.getMessage().startsWith("cannot undo merge of an export (11 rows): transaction " + row.id()
                + " (2026-11-02 'Trattoria') was edited after this step"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was undone"), e.getMessage());
        assertEquals(before, UndoneState.of(fx, alice, NOVEMBER));
    }

    @Test
    void theRowsAMergeHandsToTheJournalAheadOfItsCommitAreInItsStepAndComeAndGoWithIt(@TempDir Path dir) {
        String export = export(40);
        String budget = System.setProperty(HEAP_BUDGET, "1");
        try (Store store = Store.open(dir.resolve("data"))) {
            Accounts fx = new Accounts(store);
            Session alice = fx.alice();
            UndoneState before = UndoneState.of(fx, alice, OCTOBER, NOVEMBER);
            BackupService.Merged merged = fx.backups.importOwn(alice, new StringReader(export), 7);
            assertEquals(43, merged.transactions());
            UndoneState after = UndoneState.of(fx, alice, OCTOBER, NOVEMBER);
            UndoStep step = store.read(rd -> rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(alice.userId()), Paging.all()).rows()).get(0);
            // one image per row added: those handed to the journal in parts (every 7th transaction on) and the rest
            long images = store.read(rd -> rd.count(Schema.CHANGES_BY_STEP, KeyRange.prefix(step.id())));
            assertEquals(merged.added(), images);
            assertEquals("merge of an export (48 rows)", step.label());
            fx.undo.undo(alice, 1);
            assertEquals(before, UndoneState.of(fx, alice, OCTOBER, NOVEMBER));
            fx.undo.redo(alice, 1);
            assertEquals(after, UndoneState.of(fx, alice, OCTOBER, NOVEMBER));
        } finally {
            if (budget == null) {
                System.clearProperty(HEAP_BUDGET);
            } else {
                System.setProperty(HEAP_BUDGET, budget);
            }
        }
    }
}
