package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.bank.CsvOptions;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is one step however many rows it brings, and so is taking one back with {@code finterm import undo}. */
class UndoImportsTest {
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final ImportService.Options statement = new ImportService.Options(false, false, null, "statement.csv", CsvOptions.NONE);

    /** 50 rows over two months, one of them in a category the file creates. */
    private static String fiftyRows() {
        StringBuilder csv = new StringBuilder("date,type,category,amount,description\n");
        for (int i = 0; i < 50; i++) {
            csv.append(LocalDate.of(2026, 10, 1).plusDays(i)).append(i % 10 == 0 ? ",income,Salary," : ",expense,")
                    .append(i % 10 == 0 ? "" : i % 3 == 0 ? "Pets," : "Groceries,").append(10 + i).append('.').append(i % 100 < 10 ? "0" : "")
                    .append(i % 100).append(",row ").append(i).append('\n');
        }
        return csv.toString();
    }

    private ImportService.Summary importing(String csv) {
        return fx.imports.importCsv(alice, new StringReader(csv), statement, n -> { });
    }

    private Totals totals() {
        return fx.reports.totals(fx.alice(), null, null, Totals.By.MONTH_CATEGORY, null, Filter.ALL);
    }

    private List<AccountLine> balances() {
        return fx.accountBook.list(fx.alice());
    }

    private List<Transaction> imported(long importId) {
        return fx.store.read(rd -> rd.scan(Schema.TX_BY_IMPORT, io.finterm.store.KeyRange.prefix(alice.userId(), importId),
                io.finterm.store.Paging.all()).rows());
    }

    private long onlyImport() {
        List<ImportHistoryService.Listed> all = fx.importHistory.list(alice);
        assertEquals(1, all.size());
        return all.get(0).id();
    }

    @Test
    void undoOfAnImportRemovesItsRowsItsBatchAndItsNewCategoryAndRedoBringsThemBackAsTheyWere() {
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 9, 30), TxKind.EXPENSE, "Groceries", Money.of(1_234, "EUR"), "before"));
        List<String> before = StoreState.of(fx.store);
        Totals totalsBefore = totals();
        List<AccountLine> balancesBefore = balances();

        assertEquals(50, importing(fiftyRows()).imported());
        List<String> after = StoreState.of(fx.store);
        Totals totalsAfter = totals();
        List<AccountLine> balancesAfter = balances();
        assertNotEquals(totalsBefore, totalsAfter);
        assertEquals(50, imported(onlyImport()).size());

        List<UndoService.Reversed> undone = fx.undo.undo(alice, 1);
        assertEquals("import of statement.csv (50 rows)", undone.get(0).label());
        assertEquals(before, StoreState.of(fx.store)); // rows, the batch, the category Pets, the aggregates
        assertEquals(totalsBefore, totals());
        assertEquals(balancesBefore, balances());
        assertEquals(List.of(), fx.importHistory.list(alice));
        assertTrue(fx.store.check().ok());

        assertEquals("import of statement.csv (50 rows)", fx.undo.redo(alice, 1).get(0).label());
        assertEquals(after, StoreState.of(fx.store)); // the same rows, with the same ids
        assertEquals(totalsAfter, totals());
        assertEquals(balancesAfter, balances());
        assertTrue(fx.store.check().ok());

        fx.undo.undo(alice, 1); // a second undo works from the images the first one recorded
        assertEquals(before, StoreState.of(fx.store));
        fx.undo.undo(alice, 1); // and the add before it is next in the line
        assertEquals(List.of(), fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void anImportedRowEditedInTheHistoryIsPutBackFirstAndThenTheImportGoes() {
        List<String> before = StoreState.of(fx.store);
        importing(fiftyRows());
        Transaction t = imported(onlyImport()).get(7);
        fx.transactions.edit(alice, t.id(), new Entry(t.date(), TxKind.EXPENSE, "Groceries", Money.of(99_999, "EUR"), "changed"));

        assertTrue(fx.undo.undo(alice, 1).get(0).label().startsWith("edit of "));
        assertEquals(t, fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow());
        fx.undo.undo(alice, 1);
        assertEquals(before, StoreState.of(fx.store));
    }

    @Test
    void anImportedRowChangedOutsideTheHistoryRefusesTheUndoNamingItAndChangesNothing() {
        importing(fiftyRows());
        Transaction t = imported(onlyImport()).get(3);
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t.withPayeeAndTags("Landlord", List.of())));
        List<String> changed = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo import of statement.csv (50 rows): transaction " + t.id() + " (" + t.date()
                + " 'Landlord') was edited after this step; nothing was undone", e.getMessage());
        assertEquals(changed, StoreState.of(fx.store));
        assertEquals(1, fx.undo.list(alice, 10).size());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void anImportStagedInPartsOnDiskIsUndoneAfterARestartAndRedoneAfterAnother(@TempDir Path dir) {
        List<String> before;
        List<String> after;
        try (Store store = Store.open(dir)) {
            Accounts f = new Accounts(store);
            before = StoreState.of(store);
            ImportService small = new ImportService(store, f.accounts, "", 7, f.clock); // 50 rows: 8 parts
            small.importCsv(f.alice(), new StringReader(fiftyRows()), statement, n -> { });
            after = StoreState.of(store);
        }
        try (Store store = Store.open(dir)) {
            Accounts f = new Accounts.Restored(store).fixture();
            assertEquals("import of statement.csv (50 rows)", f.undo.undo(f.alice(), 1).get(0).label());
            assertEquals(before, StoreState.of(store));
        }
        try (Store store = Store.open(dir)) {
            Accounts f = new Accounts.Restored(store).fixture();
            assertEquals(before, StoreState.of(store));
            f.undo.redo(f.alice(), 1);
            assertEquals(after, StoreState.of(store));
            assertTrue(store.check().ok());
        }
    }

    @Test
    void aBankFileImportIsUndoneAndRedoneWhole() throws Exception {
        List<String> before = StoreState.of(fx.store);
        ImportService.Options options = new ImportService.Options(false, false, null, "ofx1-bank.ofx", CsvOptions.NONE);
        ImportService.Result r = fx.imports.importFile(alice, BankSamplesImportTest.sample("ofx1-bank.ofx"), options, n -> { });
        assertEquals(10, r.summary().imported());
        List<String> after = StoreState.of(fx.store);

        assertEquals("import of ofx1-bank.ofx (10 rows)", fx.undo.undo(alice, 1).get(0).label());
        assertEquals(before, StoreState.of(fx.store));
        fx.undo.redo(alice, 1);
        assertEquals(after, StoreState.of(fx.store));
        // the same file again finds every row already there: the bank ids came back with them
        assertEquals(0, fx.imports.importFile(alice, BankSamplesImportTest.sample("ofx1-bank.ofx"), options, n -> { }).summary().imported());
    }

    @Test
    void aTakeBackOfAnImportIsItselfAStepWhoseUndoBringsTheRowsBack() {
        importing(fiftyRows());
        long id = onlyImport();
        List<String> imported = StoreState.of(fx.store);
        Totals totals = totals();

        assertEquals(50, fx.importHistory.undo(alice, id, false).removed());
        List<String> takenBack = StoreState.of(fx.store);
        assertEquals(List.of(), imported(id));

        assertEquals("take-back of import " + id, fx.undo.undo(alice, 1).get(0).label());
        assertEquals(imported, StoreState.of(fx.store));
        assertEquals(totals, totals());
        assertEquals(null, fx.importHistory.list(alice).get(0).undoneAt());

        fx.undo.redo(alice, 1);
        assertEquals(takenBack, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void aTakeBackIsRefusedWhenARowItRemovedCameBackOutsideTheHistory() {
        importing(fiftyRows());
        long id = onlyImport();
        Transaction t = imported(id).get(0);
        fx.importHistory.undo(alice, id, false);
        fx.store.write(tx -> {
            tx.insert(Schema.TRANSACTIONS, t);
            return null;
        });
        List<String> now = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo take-back of import " + id + ": transaction " + t.id() + " (" + t.date() + " '"
                + t.description() + "') was added again after this step; nothing was undone", e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
    }

    @Test
    void undoOfAnImportWhoseRowStoodForAScheduledPaymentMakesThatPaymentDueAgainAndRedoLinksItBack() {
        fx.schedules.add(alice, ScheduleSpecs.expense("Rent", "1200.00", "Rent", ScheduleSpecs.monthly(1, LocalDate.of(2026, 2, 1)),
                false));
        List<String> before = StoreState.of(fx.store);
        ImportService.Result r = fx.imports.importBank(alice, new BankImportServiceTest.Rows(
                BankImportServiceTest.row(1, LocalDate.of(2026, 2, 2), "-1200.00", "Landlord", "")), new ImportService.Options(false, false), n -> { }, null);
        assertEquals(1, r.linked());
        List<String> after = StoreState.of(fx.store);

        fx.undo.undo(alice, 1);
        assertEquals(before, StoreState.of(fx.store)); // the LINKED occurrence is gone with the row
        assertEquals(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
                fx.schedules.due(alice, 0).stream().map(Due::date).toList());
        fx.undo.redo(alice, 1);
        assertEquals(after, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void anImportAndADeleteOfOneOfItsRowsUndoneTogetherGoWholeAsTheyDoOneByOne() {
        List<String> before = StoreState.of(fx.store);
        importing(fiftyRows());
        Transaction first = imported(onlyImport()).get(0);
        fx.transactions.delete(alice, first.id());
        assertEquals(2, fx.undo.undo(alice, 2).size()); // the delete's undo puts the row back before the import's looks
        assertEquals(before, StoreState.of(fx.store));
        assertEquals(2, fx.undo.redo(alice, 2).size());
        assertEquals(49, imported(onlyImport()).size());
    }
}
