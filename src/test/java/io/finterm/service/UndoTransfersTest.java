package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.KeyRange;
import io.finterm.store.MonthlyTotal;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo and redo of transfers and splits, of several steps at once, across a restart, and who may see
 * whose steps. Alice has Main (opened at 0) and Savings (opened at 100.00); the balances are sums of
 * the amounts written here, so each expected value is worked out by hand in the comment beside it.
 */
class UndoTransfersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final TransferEntry RENT_MONEY = new TransferEntry("Main", "Savings", "300.00", null, DAY, "rent money");
    private static final String LABEL = "transfer of €300.00 from Main to Savings on 2026-10-01";

    @TempDir
    Path temp;

    private static void savings(Accounts fx) {
        fx.accountBook.add(fx.alice(), new NewAccount("Savings", null, null, "100.00", LocalDate.of(2026, 1, 1), true));
    }

    /** Alice's balances by account name at the end of October, in minor units. */
    private static Map<String, Long> balances(Accounts fx) {
        Map<String, Long> out = new TreeMap<>();
        fx.accountBook.list(fx.alice(), DAY.plusDays(30)).forEach(l -> out.put(l.account().name(), l.balance().minor()));
        return out;
    }

    private static List<Transaction> transactions(Accounts fx) {
        return fx.store.read(rd -> {
            List<Transaction> out = new java.util.ArrayList<>();
            rd.forEach(Schema.TRANSACTIONS, out::add);
            return out;
        });
    }

    private static void clean(Accounts fx) {
        assertTrue(fx.store.check().ok(), () -> fx.store.check().toString());
    }

    @Test
    void undoOfATransferTakesBothLegsAwayAndRedoBringsThemBackWithTheirIdsAndTheBalances() {
        Accounts fx = new Accounts();
        savings(fx);
        assertEquals(Map.of("Main", 0L, "Savings", 10_000L), balances(fx));
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx)); // 0 - 300.00; 100.00 + 300.00
        List<Transaction> made = transactions(fx);

        assertEquals(List.of(LABEL), fx.undo.undo(fx.alice(), 1).stream().map(UndoService.Reversed::label).toList());
        assertEquals(List.of(), transactions(fx));
        assertEquals(Map.of("Main", 0L, "Savings", 10_000L), balances(fx));
        clean(fx);

        assertEquals(List.of(LABEL), fx.undo.redo(fx.alice(), 1).stream().map(UndoService.Reversed::label).toList());
        assertEquals(made, transactions(fx));
        assertEquals(t, fx.transfers.get(fx.alice(), t.in().id()));
        assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx));
        clean(fx);
    }

    @Test
    void undoOfATransfersEditPutsBothLegsBackAsTheyWere() {
        Accounts fx = new Accounts();
        savings(fx);
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        fx.transfers.edit(fx.alice(), t.in().id(), new TransferEntry("Main", "Savings", "450.00", null, DAY.plusDays(2), "more"));
        assertEquals(Map.of("Main", -45_000L, "Savings", 55_000L), balances(fx));

        assertEquals("edit of " + LABEL, fx.undo.undo(fx.alice(), 1).get(0).label());
        assertEquals(t, fx.transfers.get(fx.alice(), t.out().id()));
        assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx));
        clean(fx);

        fx.undo.redo(fx.alice(), 1);
        assertEquals(Money.of(45_000, "EUR"), fx.transfers.get(fx.alice(), t.out().id()).in().amount());
        assertEquals(Map.of("Main", -45_000L, "Savings", 55_000L), balances(fx));
        clean(fx);
    }

    @Test
    void undoOfATransfersDeleteBringsBothLegsBack() {
        Accounts fx = new Accounts();
        savings(fx);
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        fx.transactions.delete(fx.alice(), t.in().id());
        assertEquals(Map.of("Main", 0L, "Savings", 10_000L), balances(fx));

        assertEquals("delete of " + LABEL, fx.undo.undo(fx.alice(), 1).get(0).label());
        assertEquals(t, fx.transfers.get(fx.alice(), t.out().id()));
        assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx));
        clean(fx);
        fx.undo.redo(fx.alice(), 1);
        assertEquals(List.of(), transactions(fx));
        clean(fx);
    }

    @Test
    void aTransferBetweenCurrenciesNamesWhatArrived() {
        Accounts fx = new Accounts();
        fx.accountBook.add(fx.alice(), new NewAccount("Dollars", null, java.util.Currency.getInstance("USD"), null, null, true));
        fx.transfers.transfer(fx.alice(), new TransferEntry("Main", "Dollars", "100.00", "108.50", DAY, ""));
        assertEquals("transfer of €100.00 from Main to Dollars ($108.50) on 2026-10-01", fx.undo.undo(fx.alice(), 1).get(0).label());
    }

    /** Groceries and Shopping in October, as "name xcount" → sum. */
    private static Map<String, Long> totals(Accounts fx) {
        Map<Long, String> names = new TreeMap<>();
        fx.categories.list(fx.alice()).forEach(c -> names.put(c.id(), c.name()));
        long alice = fx.alice().userId(); // logged in before the read: a login writes
        Map<String, Long> sums = new TreeMap<>();
        for (MonthlyTotal m : fx.store.read(rd -> Schema.monthlyTotals(rd, KeyRange.prefix(alice,
                Schema.month(YearMonth.from(DAY)))))) {
            sums.merge(names.get(m.categoryId()) + " x" + m.count(), m.sum(), Long::sum);
        }
        return sums;
    }

    private static Entry receipt(long groceries, long household) {
        return new Entry(DAY, TxKind.EXPENSE, "", Money.of(groceries + household, "EUR"), "weekly shop", null, "Corner Market", List.of(),
                List.of(new Entry.SplitEntry("Groceries", Money.of(groceries, "EUR"), "food"),
                        new Entry.SplitEntry("Shopping", Money.of(household, "EUR"), "soap")));
    }

    @Test
    void aSplitIsUndoneAndRedoneWithItsLinesAndTheirTotals() {
        Accounts fx = new Accounts();
        Transaction split = fx.transactions.add(fx.alice(), receipt(4_000, 1_500));
        Map<String, Long> after = totals(fx);
        assertEquals(Map.of("Groceries x1", 4_000L, "Shopping x1", 1_500L), after);

        fx.undo.undo(fx.alice(), 1);
        assertEquals(Map.of(), totals(fx));
        assertEquals(List.of(), transactions(fx));
        clean(fx);
        fx.undo.redo(fx.alice(), 1);
        assertEquals(List.of(split), transactions(fx));
        assertEquals(after, totals(fx));

        fx.transactions.edit(fx.alice(), split.id(), receipt(3_000, 2_500));
        assertEquals(Map.of("Groceries x1", 3_000L, "Shopping x1", 2_500L), totals(fx));
        fx.undo.undo(fx.alice(), 1);
        assertEquals(List.of(split), transactions(fx));
        assertEquals(after, totals(fx));
        clean(fx);
    }

    private static Transaction expense(Accounts fx, String payee, long cents) {
        return fx.transactions.add(fx.alice(), new Entry(DAY, TxKind.EXPENSE, "Dining", Money.of(cents, "EUR"), "", null, payee,
                List.of(), List.of()));
    }

    @Test
    void undoOfThreeStepsUndoesNoneWhenTheThirdIsInTheWay() {
        Accounts fx = new Accounts();
        Transaction first = expense(fx, "Cafe", 350);
        expense(fx, "Bistro", 2_200);
        expense(fx, "Diner", 1_400);
        // the first one changed outside alice's history
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, first.withPayeeAndTags("Coffee Bar", List.of())));
        List<Transaction> before = transactions(fx);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(fx.alice(), 3));
        assertEquals("cannot undo add of 'Cafe' €3.50 on 2026-10-01: transaction " + first.id()
                + " (2026-10-01 'Coffee Bar') was edited after this step; nothing was undone", e.getMessage());
        assertEquals(before, transactions(fx));
        assertTrue(fx.undo.list(fx.alice(), 10).stream().noneMatch(UndoService.StepView::undone));
        // the two newer ones can still be undone
        assertEquals(List.of("add of 'Diner' €14.00 on 2026-10-01", "add of 'Bistro' €22.00 on 2026-10-01"),
                fx.undo.undo(fx.alice(), 2).stream().map(UndoService.Reversed::label).toList());
        assertEquals(List.of(first.withPayeeAndTags("Coffee Bar", List.of())), transactions(fx));
    }

    @Test
    void undoAndRedoWorkAfterTheStoreIsClosedAndOpenedAgain() {
        Path dir = temp.resolve("store");
        long out;
        try (Store store = Store.open(dir)) {
            Accounts fx = new Accounts(store);
            savings(fx);
            out = fx.transfers.transfer(fx.alice(), RENT_MONEY).out().id();
        }
        try (Store store = Store.open(dir)) {
            Accounts fx = new Accounts.Restored(store).fixture();
            assertEquals(LABEL, fx.undo.list(fx.alice(), 1).get(0).label());
            assertEquals(LABEL, fx.undo.undo(fx.alice(), 1).get(0).label());
            assertEquals(Map.of("Main", 0L, "Savings", 10_000L), balances(fx));
        }
        try (Store store = Store.open(dir)) {
            Accounts fx = new Accounts.Restored(store).fixture();
            assertTrue(fx.undo.list(fx.alice(), 1).get(0).undone());
            assertEquals(LABEL, fx.undo.redo(fx.alice(), 1).get(0).label());
            assertEquals(out, fx.transfers.get(fx.alice(), out).out().id());
            assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx));
            clean(fx);
        }
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        Accounts fx = new Accounts();
        savings(fx);
        fx.transfers.transfer(fx.alice(), RENT_MONEY);
        fx.undo.undo(fx.alice(), 1);
        expense(fx, "Cafe", 350);
        NothingToUndo e = assertThrows(NothingToUndo.class, () -> fx.undo.redo(fx.alice(), 1));
        assertEquals("nothing to redo", e.getMessage());
        assertTrue(fx.undo.list(fx.alice(), 100).stream().noneMatch(s -> s.label().equals(LABEL)), "a cleared step is not listed");
        assertEquals("add of 'Cafe' €3.50 on 2026-10-01", fx.undo.list(fx.alice(), 1).get(0).label());
    }

    @Test
    void anotherPersonAndAnAdministratorNeitherSeeNorUndoAlicesSteps() {
        Accounts fx = new Accounts();
        savings(fx);
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        List<UndoService.StepView> alices = fx.undo.list(fx.alice(), 100);
        List<Long> ids = alices.stream().map(UndoService.StepView::id).toList();
        for (Session other : List.of(fx.bob(), fx.admin())) {
            List<UndoService.StepView> theirs = fx.undo.list(other, 100);
            assertTrue(theirs.stream().noneMatch(s -> ids.contains(s.id())), other.username() + " sees " + theirs);
            // one step more than they have (the administrator's are the users it created): refused, all or none, so none
            // of theirs, and never one of alice's
            assertThrows(io.finterm.domain.FintermException.class, () -> fx.undo.undo(other, theirs.size() + 1));
            assertEquals(theirs, fx.undo.list(other, 100));
            assertThrows(NothingToUndo.class, () -> fx.undo.redo(other, 1));
        }
        assertEquals(alices, fx.undo.list(fx.alice(), 100));
        assertEquals(t, fx.transfers.get(fx.alice(), t.out().id()));
    }

    @Test
    void aLegDeletedOutsideTheHistoryRefusesTheTransfersUndoAndKeepsTheOtherLeg() {
        Accounts fx = new Accounts();
        savings(fx);
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        fx.store.write(tx -> tx.delete(Schema.TRANSACTIONS, t.in().id()));
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(fx.alice(), 1));
        assertTrue(e.getMessage().startsWith("cannot undo " + LABEL + ": transaction " + t.in().id()), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was undone"), e.getMessage());
        assertEquals(List.of(t.out()), transactions(fx));
        assertTrue(fx.undo.list(fx.alice(), 1).stream().noneMatch(UndoService.StepView::undone));
    }

    @Test
    void aRowChangedOutsideTheHistoryAfterAnUndoRefusesTheRedo() {
        Accounts fx = new Accounts();
        savings(fx);
        TransferService.Transfer t = fx.transfers.transfer(fx.alice(), RENT_MONEY);
        fx.transfers.edit(fx.alice(), t.out().id(), new TransferEntry("Main", "Savings", "450.00", null, DAY, "more"));
        fx.undo.undo(fx.alice(), 1);
        Transaction out = fx.transfers.get(fx.alice(), t.out().id()).out();
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, out.withPayeeAndTags("Bank", List.of())));
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.redo(fx.alice(), 1));
        assertTrue(e.getMessage().startsWith("cannot redo edit of " + LABEL + ": transaction " + t.out().id()), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was redone"), e.getMessage());
        assertEquals(Map.of("Main", -30_000L, "Savings", 40_000L), balances(fx));
        assertTrue(fx.undo.list(fx.alice(), 1).get(0).undone(), "still undone, and can be redone once the row is back");
    }
}
