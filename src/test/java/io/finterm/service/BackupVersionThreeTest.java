package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of version 3 carry a transaction whole (payee, tags, status, split lines); the committed backup
 * of version 2 still restores as its store migrates; and a backup whose new fields are wrong is refused,
 * naming the transaction, with nothing written.
 */
class BackupVersionThreeTest {
    private final Accounts fx = new Accounts();
    private final LocalDate day = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private static Entry.SplitEntry line(String category, long cents, String memo) {
        return new Entry.SplitEntry(category, Money.of(cents, "EUR"), memo);
    }

    /** Alice's books: a split receipt, a tagged expense, a salary, a transfer; each status at least once, a leg with a payee. */
    private void fill() {
        Session alice = fx.alice();
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        Transaction receipt = fx.transactions.add(alice, new Entry(day, TxKind.EXPENSE, "", Money.of(5_430, "EUR"), "weekly shop",
                null, "Supermarket", List.of("home", "q1"), List.of(line("Groceries", 4_000, "food"),
                line("Shopping", 1_000, "soap"), line("Groceries", 430, "fruit"))));
        Transaction dinner = fx.transactions.add(alice, new Entry(day, TxKind.EXPENSE, "Dining", Money.of(2_500, "EUR"), "dinner",
                null, "Trattoria", List.of("trip-rome"), List.of()));
        fx.transactions.add(alice, new Entry(day, TxKind.INCOME, "Salary", Money.of(300_000, "EUR"), "march", null, "", List.of(),
                List.of()));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "50", null, day, "aside"));
        fx.store.write(tx -> {
            tx.update(Schema.TRANSACTIONS, receipt.withStatus(TxStatus.RECONCILED));
            tx.update(Schema.TRANSACTIONS, dinner.withStatus(TxStatus.CLEARED));
            tx.forEach(Schema.TRANSACTIONS, t -> {
                if (t.kind() == TxKind.TRANSFER_OUT) {
                    tx.update(Schema.TRANSACTIONS, t.withPayeeAndTags("Bank", List.of("saving")).withStatus(TxStatus.CLEARED));
                }
            });
            return null;
        });
    }

    private static String export(Accounts from, Session s) {
        StringWriter w = new StringWriter();
        from.backups.export(s, w);
        return w.toString().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }

    private static List<Transaction> all(Store store) {
        List<Transaction> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, all::add);
            return null;
        });
        all.sort(Comparator.comparingLong(Transaction::id));
        return all;
    }

    @Test
    void aStoreWithSplitsTagsPayeesAndEveryStatusGoesRoundABackupUnchanged() {
        fill();
        String backup = export(fx, fx.admin());
        assertTrue(backup.contains("\"version\":" + io.finterm.format.Backup.VERSION + ","), backup);
        assertTrue(backup.contains("\"lines\":[{\"category\":"), "a split is written with its lines: " + backup);
        Store empty = Store.inMemory();
        new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(backup));

        List<Transaction> before = all(fx.store);
        assertEquals(before, all(empty), "every field of every transaction, ids included");
        assertEquals(List.of(TxStatus.UNCLEARED, TxStatus.CLEARED, TxStatus.RECONCILED),
                before.stream().map(Transaction::status).distinct().sorted().toList(), "the books hold every status");
        assertEquals(1, before.stream().filter(Transaction::isSplit).count());
        assertEquals(backup, export(new Accounts.Restored(empty).fixture(), fx.admin()), "and the restored store writes the same backup");
        assertTrue(empty.check().ok(), () -> empty.check().problems().toString());
    }

    @Test
    void aPersonsOwnExportCarriesTheSameIntoAnotherPersonsCategories() {
        fill();
        String alices = export(fx, fx.alice());
        Session bob = fx.bob();
        fx.accountBook.add(bob, NewAccount.named("Savings"));
        assertEquals(5, fx.backups.importOwn(bob, new StringReader(alices)).transactions());

        Map<Long, String> names = new HashMap<>();
        fx.categories.list(bob).forEach(c -> names.put(c.id(), c.name()));
        List<String> bobs = all(fx.store).stream().filter(t -> t.userId() == bob.userId()).map(t -> t.description() + " " + t.payee()
                + " " + t.tags() + " " + t.status().word() + " " + t.lines().stream()
                .map(l -> names.get(l.categoryId()) + "=" + l.amount().toDecimalString() + ":" + l.memo()).toList()).toList();
        assertEquals(List.of("weekly shop Supermarket [home, q1] reconciled [Groceries=40.00:food, Shopping=10.00:soap, Groceries=4.30:fruit]",
                "dinner Trattoria [trip-rome] cleared []", "march  [] uncleared []", "aside Bank [saving] cleared []",
                "aside  [] uncleared []"), bobs);
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
        assertEquals(0, fx.backups.importOwn(bob, new StringReader(alices)).transactions(), "the second time, all are duplicates");
    }

    @Test
    void theCommittedBackupOfVersionTwoRestoresAsItsStoreMigrates() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format3").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":2,"), "the fixture is a backup of version 2");
        Store restored = Store.inMemory();
        BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
        assertEquals(List.of(3L, 3_108L, 3L, 6L, 7L), List.of(r.users(), r.transactions(), r.budgets(), r.rates(), r.accounts()),
                "as its README says: three users, 3,108 transactions, three budgets, six rates; alice's five accounts and bob's and carol's Main");
        try (Store migrated = Store.open(StoreFixtures.copyStore("format3", temp.resolve("store")))) {
            List<Transaction> restoredRows = all(restored);
            assertEquals(all(migrated), restoredRows, "the same transactions as the migrated store, field by field");
            for (Transaction t : restoredRows) {
                assertEquals(List.of("", "[]", "uncleared", "[]"), List.of(t.payee(), t.tags().toString(), t.status().word(),
                        t.lines().toString()), () -> "transaction " + t.id());
            }
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(migrated).fixture();
            LocalDate day = LocalDate.of(2026, 12, 31);
            for (String user : List.of("alice", "bob", "carol")) {
                char[] pw = (user + "-fixture-pw3").toCharArray();
                assertEquals(fromStore.accountBook.list(fromStore.accounts.login(user, pw.clone(), "cli"), day),
                        fromBackup.accountBook.list(fromBackup.accounts.login(user, pw.clone(), "cli"), day), user + "'s accounts and balances");
            }
        }
        assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
    }

    private static final String HEAD = "{\"format\":\"finterm-backup\",\"version\":3,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":2}],"
            + "\"accounts\":[" + account(1, 1) + "," + account(2, 2) + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"},"
            + "{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"},"
            + "{\"id\":3,\"user\":1,\"type\":\"expense\",\"name\":\"Home\"},"
            + "{\"id\":4,\"user\":1,\"type\":\"income\",\"name\":\"Salary\"}],";

    private static String account(long id, long user) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"Main\",\"type\":\"checking\",\"currency\":\"EUR\","
                + "\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    /** Alice's expense 7 of 5.00 with {@code fields} added (a plain one in Food unless they say otherwise). */
    private static String backup(String fields) {
        return HEAD + "\"transactions\":[{\"id\":7,\"user\":1,\"account\":1,\"date\":\"2026-02-01\",\"type\":\"expense\","
                + "\"amount\":\"5.00\",\"currency\":\"EUR\",\"description\":\"shop\"," + fields + "}]}";
    }

    private static String lines(long c1, String a1, long c2, String a2) {
        return "\"lines\":[{\"category\":" + c1 + ",\"amount\":\"" + a1 + "\",\"memo\":\"a\"},{\"category\":" + c2
                + ",\"amount\":\"" + a2 + "\",\"memo\":\"b\"}]";
    }

    @Test
    void aHostileBackupIsRefusedNamingTheTransactionAndWritesNothing() {
        Store good = Store.inMemory();
        new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(backup(lines(1, "3.00", 3, "2.00")
                + ",\"payee\":\"Shop\",\"tags\":[\"Home\",\"q1\"],\"status\":\"cleared\"")));
        Transaction t = all(good).get(0);
        assertEquals(List.of(new SplitLine(1, Money.of(300, "EUR"), "a"), new SplitLine(3, Money.of(200, "EUR"), "b")), t.lines());
        assertEquals(List.of("Shop", "[home, q1]", "cleared"), List.of(t.payee(), t.tags().toString(), t.status().word()),
                "the well-formed file restores");

        String at = "$.transactions[0] (transaction 7).";
        String[][] cases = {
            {backup(lines(1, "3.00", 3, "1.00")), at + "split: the lines add up to 4.00, the amount is 5.00"},
            {backup(lines(1, "3.00", 2, "2.00")), at + "lines[1].category: category 2 belongs to another user"},
            {backup(lines(1, "3.00", 99, "2.00")), at + "lines[1].category: names category 99, which is not in the backup"},
            {backup(lines(1, "3.00", 4, "2.00")),
                at + "lines[1].category: category 4 ('Salary') is an income category, and the transaction is an expense"},
            {backup(lines(1, "3.00", 3, "2.00") + ",\"category\":1"),
                at + "category: a split transaction has its categories on its lines"},
            {backup("\"lines\":[{\"category\":1,\"amount\":\"5.00\"}]"),
                at + "split: a split needs at least two lines; one line is a plain category"},
            {backup("\"lines\":[{\"category\":1,\"amount\":\"-1.00\"},{\"category\":3,\"amount\":\"6.00\"}]"),
                at + "lines[0].split amount: must be greater than zero"},
            {backup("\"lines\":[\"food\",\"home\"]"), at + "lines[0]: is not a record of category, amount and memo"},
            {backup("\"lines\":\"food\""), at + "lines: is not a list"},
            {backup("\"category\":1,\"tags\":[\"trip rome\"]"), at + "tags: 'trip rome' has a space; a tag is one word, such as trip-rome"},
            {backup("\"category\":1,\"tags\":[\"a\\u001b[2Jb\"]"), at + "tags: 'a[2Jb' has a control character"},
            {backup("\"category\":1,\"tags\":[{\"x\":1}]"), at + "tags: holds something that is not a word"},
            {backup("\"category\":1,\"status\":\"pending\""), at + "status: 'pending' is not one of uncleared, cleared, reconciled"},
            {backup("\"category\":1,\"status\":[\"cleared\"]"), at + "status: is a list, not a value"},
            {backup("\"category\":1,\"payee\":\"" + "p".repeat(101) + "\""), at + "payee: "},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.TRANSACTIONS)), c[1]);
        }
    }

    @Test
    void aHostileOwnExportChangesNothingInTheImportersBooks() {
        String export = backup(lines(1, "3.00", 3, "1.00")).replace("\"scope\":\"full\"", "\"scope\":\"user\"")
                .replaceFirst(",\\{\"id\":2,\"username\":\"bob\"[^}]*\\}", "").replace("," + account(2, 2), "")
                .replace("{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"},", "");
        Session bob = fx.bob();
        long before = fx.store.read(rd -> rd.count(Schema.TRANSACTIONS) + rd.count(Schema.CATEGORIES) + rd.count(Schema.ACCOUNTS));
        FintermException e = assertThrows(FintermException.class, () -> fx.backups.importOwn(bob, new StringReader(export)));
        assertEquals("$.transactions[0] (transaction 7).split: the lines add up to 4.00, the amount is 5.00", e.getMessage());
        assertEquals(before, (long) fx.store.read(rd -> rd.count(Schema.TRANSACTIONS) + rd.count(Schema.CATEGORIES)
                + rd.count(Schema.ACCOUNTS)));
    }
}
