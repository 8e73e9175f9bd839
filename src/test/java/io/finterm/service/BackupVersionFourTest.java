package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.bank.BankRow;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.Table;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of version 4 carry the imports and each imported transaction's origin: a restore gives back
 * the same imports, which can then be listed and taken back; one person's export brings the bank's
 * ids into another store but not the imports; and the committed backup of version 3 still restores.
 */
class BackupVersionFourTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private final Accounts fx = new Accounts();

    @TempDir
    Path temp;

    private ImportService.Result bankImport(Session s, String file, BankRow... rows) {
        return fx.imports.importBank(s, new BankImportServiceTest.Rows(rows), new ImportService.Options(false, false, null, file, null),
                n -> { }, null);
    }

    /** A bank row with a value date the day after, and the bank's id. */
    private static BankRow row(long line, LocalDate date, String amount, String payee, String bankId) {
        return new BankRow(line, date, date.plusDays(1), new BigDecimal(amount), "", payee, "card payment", bankId, List.of(),
                List.of());
    }

    /**
     * Alice: an import of two rows (the bank's ids, a second date), one taken back, and a row entered by
     * hand; bob: an import of his own.
     */
    private long fill() {
        Session alice = fx.alice();
        long kept = bankImport(alice, "nov.ofx", row(1, NOV_10, "-45.10", "REWE Markt", "FIT-1"),
                row(2, NOV_10.plusDays(2), "2500.00", "ACME GmbH", "FIT-2")).importId();
        fx.clock.advance(Duration.ofMinutes(10));
        long undone = bankImport(alice, "dec.ofx", row(1, NOV_10.plusDays(20), "-9.99", "Kiosk", "FIT-9")).importId();
        fx.importHistory.undo(alice, undone, false);
        fx.transactions.add(alice, new Entry(NOV_10, TxKind.EXPENSE, "Dining", Money.of(1_200, "EUR"), "by hand", null));
        bankImport(fx.bob(), "bob.ofx", row(1, NOV_10, "-3.00", "Bakery", "B-1"));
        return kept;
    }

    private static String export(Accounts from, Session s) {
        StringWriter w = new StringWriter();
        from.backups.export(s, w);
        return w.toString().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }

    private static <T> List<T> rows(Store store, Table<T> table, Comparator<T> order) {
        List<T> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(table, all::add);
            return null;
        });
        all.sort(order);
        return all;
    }

    private static List<Transaction> transactions(Store store) {
        return rows(store, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id));
    }

    private static List<ImportBatch> imports(Store store) {
        return rows(store, Schema.IMPORTS, Comparator.comparingLong(ImportBatch::id));
    }

    @Test
    void importsAndOriginsGoRoundAFullBackupAndAnImportIsTakenBackAfterTheRestore() {
        long kept = fill();
        String backup = export(fx, fx.admin());
        assertTrue(backup.contains("\"version\":" + io.finterm.format.Backup.VERSION + ","), backup);
        assertTrue(backup.indexOf("\"categories\":[") < backup.indexOf("\"imports\":[")
                && backup.indexOf("\"imports\":[") < backup.indexOf("\"transactions\":["), "imports come before the transactions that name them");
        Transaction rewe = transactions(fx.store).stream().filter(t -> t.payee().equals("REWE Markt")).findFirst().orElseThrow();
        assertTrue(backup.contains("\"origin\":{\"import\":" + kept + ",\"fingerprint\":\"" + rewe.origin().fingerprint()
                + "\",\"bankId\":\"FIT-1\",\"otherDate\":\"2026-11-11\"}"), backup);
        assertTrue(backup.matches("(?s).*\"description\":\"by hand\",[^{}]*\"tags\":\\[\\]\\}.*"),
                "a row entered by hand has no origin, as in version 3: " + backup);

        Store empty = Store.inMemory();
        BackupService.Restored r = new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(backup));
        assertEquals(3, r.imports());
        assertEquals(imports(fx.store), imports(empty), "every import, its time, file, counts and when it was taken back");
        assertEquals(transactions(fx.store), transactions(empty), "every transaction with its origin, ids included");
        assertEquals(1, imports(empty).stream().filter(ImportBatch::undone).count());
        assertTrue(empty.check().ok(), () -> empty.check().problems().toString());

        Accounts restored = new Accounts.Restored(empty).fixture();
        assertEquals(backup, export(restored, fx.admin()), "the restored store writes the same backup");
        Session alice = restored.alice();
        assertEquals(fx.importHistory.list(fx.alice()), restored.importHistory.list(alice), "import list shows the same imports");
        ImportHistoryService.Undone u = restored.importHistory.undo(alice, kept, false);
        assertEquals(2, u.removed(), "the restored rows are recognised as unchanged and taken back");
        assertEquals(List.of("by hand"), transactions(empty).stream().filter(t -> t.userId() == alice.userId())
                .map(Transaction::description).toList());
    }

    @Test
    void aPersonsOwnExportHoldsTheirImportsOnly() {
        fill();
        String alices = export(fx, fx.alice());
        long aliceId = fx.alice().userId();
        String imports = alices.substring(alices.indexOf("\"imports\":["), alices.indexOf("\"transactions\":["));
        assertEquals(2, imports.split("\"file\":").length - 1, imports);
        assertTrue(imports.contains("\"file\":\"nov.ofx\"") && imports.contains("\"file\":\"dec.ofx\"") && !imports.contains("bob.ofx"),
                imports);
        assertTrue(!imports.contains("\"user\":" + fx.bob().userId() + ",") && imports.contains("\"user\":" + aliceId + ","), imports);
        String full = export(fx, fx.admin());
        assertTrue(full.contains("\"file\":\"bob.ofx\""), "an administrator's backup holds everyone's");
    }

    @Test
    void anOwnExportBringsTheBanksIdsIntoAnotherStoreButNotTheImports() {
        fill();
        String alices = export(fx, fx.alice());
        Accounts other = new Accounts();
        Session carried = other.alice();
        assertEquals(3, other.backups.importOwn(carried, new StringReader(alices)).transactions());
        assertEquals(List.of(), imports(other.store), "the imports of another store do not come along");
        List<Transaction> mine = transactions(other.store).stream().filter(t -> t.userId() == carried.userId()).toList();
        assertEquals(List.of(new Origin(0, "FIT-1", NOV_10.plusDays(1), 0), new Origin(0, "FIT-2", NOV_10.plusDays(3), 0), Origin.NONE),
                mine.stream().sorted(Comparator.comparing(Transaction::payee).reversed()).map(Transaction::origin).toList(),
                "REWE, ACME, then the row by hand: the bank's id and second date, no import, no fingerprint");
        assertTrue(other.store.check().ok(), () -> other.store.check().problems().toString());

        ImportService.Result again = other.imports.importBank(carried, new BankImportServiceTest.Rows(
                row(1, NOV_10, "-45.10", "REWE Markt", "FIT-1"), row(3, NOV_10, "-1.00", "New", "FIT-3")),
                new ImportService.Options(false, false), n -> { }, null);
        assertEquals(List.of(1L, 1L), List.of(again.summary().imported(), again.summary().duplicates()),
                "a later import of the bank's file still knows the carried row by the bank's id");
    }

    private static final String HEAD = "{\"format\":\"finterm-backup\",\"version\":4,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":2}],"
            + "\"accounts\":[" + account(1, 1) + "," + account(2, 2) + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"}],";

    private static String account(long id, long user) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"Main\",\"type\":\"checking\",\"currency\":\"EUR\","
                + "\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    private static String batch(long id, long user, long account, String more) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"at\":\"2026-02-01T10:00:00Z\",\"file\":\"a.csv\",\"account\":" + account
                + ",\"rows\":1,\"duplicates\":0" + more + "}";
    }

    /** Imports {@code imports}, then alice's expense 7 of 5.00 in Food with {@code origin}. */
    private static String backup(String imports, String origin) {
        return HEAD + "\"imports\":[" + imports + "],\"transactions\":[{\"id\":7,\"user\":1,\"account\":1,\"date\":\"2026-02-01\","
                + "\"type\":\"expense\",\"category\":1,\"amount\":\"5.00\",\"currency\":\"EUR\",\"description\":\"shop\""
                + (origin == null ? "" : ",\"origin\":" + origin) + "}]}";
    }

    @Test
    void anOriginOrAnImportThatPointsNowhereIsRefusedNamingItAndWritesNothing() {
        Store good = Store.inMemory();
        new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(backup(batch(3, 1, 1, ",\"undoneAt\":null")
                + "," + batch(4, 1, 9, ""), "{\"import\":3,\"fingerprint\":\"-42\",\"bankId\":\"X\",\"otherDate\":\"2026-02-03\"}")));
        assertEquals(new Origin(3, "X", LocalDate.of(2026, 2, 3), -42), transactions(good).get(0).origin());
        assertEquals(9, imports(good).get(1).accountId(), "an import whose account was deleted since restores as it was");

        String at = "$.transactions[0] (transaction 7).";
        String[][] cases = {
            {backup(batch(3, 1, 1, ""), "{\"import\":5,\"fingerprint\":\"1\"}"), at + "origin.import: names import 5, which is not in the backup"},
            {backup(batch(3, 2, 2, ""), "{\"import\":3,\"fingerprint\":\"1\"}"), at + "origin.import: import 3 belongs to another user"},
            {backup("", "{\"import\":3,\"fingerprint\":\"1\"}"), at + "origin.import: names import 3, which is not in the backup"},
            {backup(batch(3, 1, 1, ""), "{\"import\":3}"), at + "origin.fingerprint: is missing"},
            {backup(batch(3, 1, 1, ""), "{\"import\":3,\"fingerprint\":\"x1\"}"), at + "origin.fingerprint: 'x1' is not a whole number"},
            {backup("", "{\"fingerprint\":\"1\"}"), at + "origin.fingerprint: is there without the import it was taken at"},
            {backup("", "{\"otherDate\":\"2026-02-30\"}"), at + "origin.otherDate: '2026-02-30' is not a date (yyyy-MM-dd)"},
            {backup("", "\"FIT-1\""), at + "origin: is not a record of import, fingerprint, bankId and otherDate"},
            {backup("", "{\"bankId\":{\"a\":1}}"), "the backup is damaged at $.transactions[0].origin.bankId"},
            {backup(batch(3, 1, 2, ""), null), "$.imports[0] (import 3).account: account 2 belongs to another user"},
            {backup(batch(3, 7, 1, ""), null), "$.imports[0] (import 3).user: names user 7, who is not in the backup"},
            {backup(batch(3, 1, 1, "") + "," + batch(3, 1, 1, ""), null), "$.imports[1] (import 3).id: import 3 is in the backup twice"},
            {backup(batch(3, 1, 1, ",\"rows\":\"-1\""), null), "$.imports[0] (import 3).rows: must not be negative"},
            {backup(batch(3, 1, 1, ",\"at\":\"yesterday\""), null), "$.imports[0] (import 3): "},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.IMPORTS)), c[1]);
        }
    }

    @Test
    void theCommittedBackupOfVersionThreeRestoresAsItsStoreMigrates() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format4").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":3,"), "the fixture is a backup of version 3");
        Store restored = Store.inMemory();
        BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
        assertEquals(List.of(3L, 3_110L, 0L), List.of(r.users(), r.transactions(), r.imports()),
                "as its README says: three users, the format-3 fixture's 3,108 transactions and alice's split and coffee; no imports");
        try (Store migrated = Store.open(StoreFixtures.copyStore("format4", temp.resolve("store")))) {
            assertEquals(transactions(migrated), transactions(restored), "the same transactions as the migrated store, field by field");
            transactions(restored).forEach(t -> assertEquals(Origin.NONE, t.origin(), () -> "transaction " + t.id()));
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(migrated).fixture();
            LocalDate day = LocalDate.of(2026, 12, 31);
            for (String user : List.of("alice", "bob", "carol")) {
                char[] pw = (user + "-fixture-pw4").toCharArray();
                assertEquals(fromStore.accountBook.list(fromStore.accounts.login(user, pw.clone(), "cli"), day),
                        fromBackup.accountBook.list(fromBackup.accounts.login(user, pw.clone(), "cli"), day), user + "'s accounts and balances");
            }
        }
        assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
    }
}
