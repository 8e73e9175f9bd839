package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    static final ImportService.Options NORMAL = new ImportService.Options(false, false);

    ImportService.Summary importing(String csv, ImportService.Options options) {
        return fx.imports.importCsv(alice, new StringReader(csv), options, n -> { });
    }

    List<String> rows() {
        List<String> out = new ArrayList<>();
        for (Listed l : fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 1000)) {
            var t = l.transaction();
            out.add(t.date() + " " + t.kind().label() + " " + l.category() + " " + t.amount() + " " + t.description());
        }
        return out;
    }

    @Test
    void aGoodFileIsImportedWithNewCategoriesListed() {
        fx.accountBook.add(alice, new NewAccount("Dollars", null, java.util.Currency.getInstance("USD"), null, null, true));
        ImportService.Summary s = importing("""
                Date,Type,Category,Amount,Currency,Description,Memo,Account
                2024-03-01,expense,Groceries,"1,234.56",EUR,"market, big",ignored,
                05/03/2024,income,Salary,3100,,pay,,
                2024-03-02,expense,Pets,12,USD,cat food,,dollars
                2024-03-03,expense,pets,3.50,,treats,,
                """, NORMAL);
        assertEquals(new ImportService.Summary(4, 0, List.of("expense:Pets"), false), s);
        assertEquals(List.of("2024-03-01 expense Groceries 1234.56 EUR market, big", "2024-03-02 expense Pets 12.00 USD cat food",
                "2024-03-03 expense Pets 3.50 EUR treats", "2024-03-05 income Salary 3100.00 EUR pay"), rows());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void withoutATypeColumnTheSignSaysWhichWay() {
        importing("date,category,amount\n2024-03-01,Groceries,-12.00\n2024-03-02,Salary,100\n", NORMAL);
        assertEquals(List.of("2024-03-01 expense Groceries 12.00 EUR ", "2024-03-02 income Salary 100.00 EUR "), rows());
    }

    @Test
    void everyBadRowIsListedAndNothingIsImported() {
        FintermException e = assertThrows(FintermException.class, () -> importing("""
                date,type,category,amount,description
                2024-03-01,expense,Groceries,10,fine
                2024-13-01,expense,Groceries,10,bad date
                2024-03-02,spend,Groceries,10,bad type
                2024-03-03,expense,Groceries,ten,bad amount
                2024-03-04,expense,Groceries,-5,negative with a type
                2024-03-05,expense,,5,no category
                2024-03-06,expense,Groceries
                2024-03-07,expense,Groceries,0.001,too precise
                """, NORMAL));
        assertEquals(String.join(System.lineSeparator(),
                "nothing was imported: 7 rows have problems",
                "line 3: date: '2024-13-01' is not a date: no month 13 (months run from 01 to 12)",
                "line 4: type: 'spend' is not one of income, expense",
                "line 5: amount: 'ten' is not a number",
                "line 6: amount: must be positive when the type column says which way it went",
                "line 7: category: is empty",
                "line 8: 3 fields, the header has 5",
                "line 9: amount: at most 2 decimal places for EUR"), e.getMessage());
        assertEquals(List.of(), rows());
        assertEquals(14, fx.categories.list(alice).size());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRefusedNotCutShort() {
        FintermException e = assertThrows(FintermException.class, () -> importing("""
                date,category,amount,description
                2026-11-28,Groceries,-54,30,REWE
                2026-11-29,Groceries,-12.00,Aldi
                """, NORMAL));
        assertEquals(String.join(System.lineSeparator(),
                "nothing was imported: 1 row has problems",
                "line 2: 5 fields, the header has 4 (a decimal comma in a comma-separated file?)"), e.getMessage());
        assertEquals(List.of(), rows());
    }

    @Test
    void manyBadRowsAreListedUpToAHundredThenCounted() {
        StringBuilder csv = new StringBuilder("date,type,category,amount\n");
        for (int i = 0; i < 150; i++) {
            csv.append("not-a-date,expense,Groceries,1\n");
        }
        ImportService.Rejected e = assertThrows(ImportService.Rejected.class, () -> importing(csv.toString(), NORMAL));
        assertEquals(150, e.badRows());
        String[] lines = e.getMessage().split(System.lineSeparator());
        assertEquals(102, lines.length);
        assertEquals("line 101: date: 'not-a-date' is not a date (use YYYY-MM-DD or dd/MM/yyyy)", lines[100]);
        assertEquals("… and 50 more", lines[101]);
    }

    @Test
    void duplicatesOfExistingTransactionsAreSkippedUnlessAllowed() {
        fx.transactions.add(alice, new Entry(LocalDate.of(2024, 3, 1), TxKind.EXPENSE, "Groceries", Money.of(1000, "EUR"), "market"));
        String csv = "date,type,category,amount,description\n2024-03-01,expense,groceries,10.00,market\n"
                + "2024-03-01,expense,Groceries,10.00,market\n2024-03-01,expense,Groceries,10.00,other\n";
        assertEquals(new ImportService.Summary(1, 2, List.of(), false), importing(csv, NORMAL));
        assertEquals(new ImportService.Summary(3, 0, List.of(), false), importing(csv, new ImportService.Options(false, true)));
        assertEquals(5, rows().size());
    }

    @Test
    void theSameRowInAnotherAccountIsNotADuplicate() {
        fx.accountBook.add(alice, NewAccount.named("Card"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2024, 3, 1), TxKind.EXPENSE, "Groceries", Money.of(1000, "EUR"), "market"));
        String csv = "date,type,category,amount,account,description\n2024-03-01,expense,Groceries,10.00,Card,market\n"
                + "2024-03-01,expense,Groceries,10.00,Main,market\n";
        assertEquals(new ImportService.Summary(1, 1, List.of(), false), importing(csv, NORMAL), "the Main row is the one already there");
        assertEquals(List.of("Card", "Main"), fx.accountBook.list(alice).stream()
                .filter(l -> l.balance().minor() == -1000).map(l -> l.account().name()).toList());
    }

    @Test
    void aDryRunReportsButWritesNothing() {
        ImportService.Summary s = importing("date,type,category,amount\n2024-03-01,expense,Pets,5\n", new ImportService.Options(true, false));
        assertEquals(new ImportService.Summary(1, 0, List.of("expense:Pets"), true), s);
        assertEquals(List.of(), rows());
        assertEquals(14, fx.categories.list(alice).size());
    }

    @Test
    void filesThatAreNotCsvOfTransactionsAreRefusedWithOneSentence() {
        record Case(String content, String message) {
        }
        List<Case> cases = List.of(
                new Case("", "the file is empty: it needs a header line such as date,type,category,amount,currency,description"),
                new Case("when,what,how much\n2024-01-01,x,1\n", "line 1: header: the column 'date' is missing (the header needs date,"
                        + " category and amount; type, currency, description, account, payee, tags, status, id and memo are optional)"),
                new Case("date,type,category,amount\n2024-03-01,expense,\"Groceries,5\n",
                        "line 2: the CSV quoting is broken (a quoted field is never closed); nothing was imported"),
                new Case("\u0000\u0001\u0002\u00ff\u00fe garbage \u0007\n\u0003\u0004", "line 1: header: the column 'date' is missing"
                        + " (the header needs date, category and amount; type, currency, description, account, payee, tags, status, id and memo are optional)"));
        for (Case c : cases) {
            FintermException e = assertThrows(FintermException.class, () -> importing(c.content(), NORMAL), c.content());
            assertTrue(e.getMessage().startsWith(c.message()), e.getMessage());
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void descriptionsAreNeutralisedOnTheWayIn() {
        importing("date,type,category,amount,description\n2024-03-01,expense,Groceries,1,\"\u001b]52;c;aGk=\u0007evil\u202e\"\n", NORMAL);
        assertEquals(List.of("2024-03-01 expense Groceries 1.00 EUR ]52;c;aGk=evil"), rows());
    }

    // Reading a file happens outside the store's writer lock; these tests stop an import half-way
    // through its file (a reader that waits at a gate) and act on the store meanwhile.

    @TempDir
    Path dir;

    /** A reader of {@code text} that, once half of it was handed out, runs {@code atGate} before handing out more. */
    static final class GatedReader extends Reader {
        private final String text;
        private final int gate;
        private final Gate atGate;
        private int pos;
        private boolean passed;

        interface Gate {
            void reached() throws Exception;
        }

        GatedReader(String text, Gate atGate) {
            this.text = text;
            this.gate = text.length() / 2;
            this.atGate = atGate;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (pos >= text.length()) {
                return -1;
            }
            if (pos >= gate && !passed) {
                passed = true;
                try {
                    atGate.reached();
                } catch (Exception e) {
                    throw new IOException("the test's gate failed: " + e, e);
                }
            }
            int n = Math.min(len, (pos < gate ? gate : text.length()) - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    static String manyRows(int n, String category) {
        StringBuilder csv = new StringBuilder("date,type,category,amount,description\n");
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < n; i++) {
            csv.append(day.plusDays(i % 1500)).append(",expense,").append(category).append(',').append(1 + i % 97).append(".25,row ")
                    .append(i).append('\n');
        }
        return csv.toString();
    }

    List<Path> stagingFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("staging-")).toList();
        }
    }

    /** Waits until the import has staged its first part (the rows before the gate are still being checked). */
    List<Path> awaitStagingFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (stagingFiles().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the import staged nothing within 30 s");
            }
            Thread.sleep(2);
        }
        return stagingFiles();
    }

    long transactionsInStore(Accounts f) {
        return f.store.read(rd -> rd.count(Schema.TRANSACTIONS));
    }

    @Test
    void aLoginFinishesWhileAnotherUsersLargeImportIsStillBeingRead() throws Exception {
        Accounts f = new Accounts(Store.open(dir));
        Session aliceThere = f.alice();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch loggedIn = new CountDownLatch(1);
        Reader csv = new GatedReader(manyRows(200_000, "Groceries"), () -> {
            halfway.countDown();
            if (!loggedIn.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("bob's login did not finish within 60 s while alice's import was paused");
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<ImportService.Summary> importing = threads.submit(() -> f.imports.importCsv(aliceThere, csv, NORMAL, n -> { }));
            assertTrue(halfway.await(60, TimeUnit.SECONDS), "the import reached the middle of its file");
            Future<Session> login = threads.submit(() -> f.accounts.login("bob", Accounts.BOB_PASSWORD.toCharArray(), "cli"));
            Session bob;
            try {
                bob = login.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("bob's login waited 30 s for alice's import to finish reading its file", e);
            } finally {
                loggedIn.countDown();
            }
            assertFalse(importing.isDone(), "the login finished while the import was still reading its file");
            assertEquals("bob", f.accounts.sessions().active(bob).username());
            assertEquals(new ImportService.Summary(200_000, 0, List.of(), false), importing.get(120, TimeUnit.SECONDS));
            assertEquals(200_000, transactionsInStore(f));
            assertEquals(List.of(), stagingFiles());
            assertTrue(f.store.check().ok(), () -> f.store.check().problems().toString());
        } finally {
            threads.shutdownNow();
            f.store.close();
        }
    }

    @Test
    void aBadRowAtTheEndOfAStagedImportLeavesNoRowsNoCategoriesAndNoStagingFile() throws Exception {
        Accounts f = new Accounts(Store.open(dir));
        ImportService imports = new ImportService(f.store, f.accounts, "", 1_000, java.time.Clock.systemUTC());
        Session aliceThere = f.alice();
        List<String> seenAtGate = new ArrayList<>();
        Reader csv = new GatedReader(manyRows(8_000, "Pets") + "2024-01-01,expense,Pets,oops,bad\n", () -> {
            for (Path p : awaitStagingFile()) {
                seenAtGate.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        });
        ImportService.Rejected e = assertThrows(ImportService.Rejected.class, () -> imports.importCsv(aliceThere, csv, NORMAL, n -> { }));
        assertEquals("nothing was imported: 1 row has problems" + System.lineSeparator() + "line 8002: amount: 'oops' is not a number",
                e.getMessage());
        assertEquals(List.of("rw-------"), seenAtGate, "half-way, the rows read so far were staged in one private file");
        assertEquals(0, transactionsInStore(f));
        assertEquals(14, f.categories.list(aliceThere).size());
        assertEquals(List.of(), stagingFiles());
        f.store.close();
        try (Store again = Store.open(dir)) {
            assertEquals(0L, (long) again.read(rd -> rd.count(Schema.TRANSACTIONS)));
            assertTrue(again.check().ok());
        }
    }

    @Test
    void aCategoryCreatedElsewhereDuringAnImportThatCreatesItRefusesTheImportAndWritesNothing() throws Exception {
        Accounts f = new Accounts(Store.open(dir));
        ImportService imports = new ImportService(f.store, f.accounts, "", 1_000, java.time.Clock.systemUTC());
        Session aliceThere = f.alice();
        Session aliceElsewhere = f.alice();
        Reader csv = new GatedReader(manyRows(6_000, "Pets"), () -> {
            awaitStagingFile(); // so the import has looked for 'Pets', not found it, and staged rows that point to a new one
            f.categories.add(aliceElsewhere, TxKind.EXPENSE, "pets");
        });
        FintermException e = assertThrows(FintermException.class, () -> imports.importCsv(aliceThere, csv, NORMAL, n -> { }));
        assertEquals("nothing was imported: the category 'Pets' (expense) was created elsewhere while the file was read;"
                + " run the import again", e.getMessage());
        assertEquals(0, transactionsInStore(f));
        assertEquals(15, f.categories.list(aliceThere).size(), "the default categories and the one made elsewhere");
        assertEquals(List.of(), stagingFiles());
        assertEquals(new ImportService.Summary(6_000, 0, List.of(), false),
                imports.importCsv(aliceThere, new StringReader(manyRows(6_000, "Pets")), NORMAL, n -> { }), "run again, it goes through");
        assertTrue(f.store.check().ok());
        f.store.close();
    }

    /**
     * Rows enough that, when the reader stops at the file's middle, the import has long checked row 0
     * (the read-ahead holds at most nine batches of 1,024 rows): the change lands after its day was read.
     */
    static final int DUPLICATE_RACE_ROWS = 24_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"moved to another account", "its description edited"})
    void aDuplicateThatChangesDuringAnImportRefusesIt(String change) {
        ImportService imports = new ImportService(fx.store, fx.accounts, "", 1_000, java.time.Clock.systemUTC());
        fx.accountBook.add(alice, NewAccount.named("Card"));
        Session aliceElsewhere = fx.alice();
        // the file's row 0, already in Main: the import skips it as a duplicate, long before the change at the file's middle
        long id = fx.transactions.add(alice, new Entry(LocalDate.of(2020, 1, 1), TxKind.EXPENSE, "Groceries",
                Money.of(125, "EUR"), "row 0")).id();
        Entry changed = change.startsWith("moved")
                ? new Entry(LocalDate.of(2020, 1, 1), TxKind.EXPENSE, "Groceries", Money.of(125, "EUR"), "row 0", "Card")
                : new Entry(LocalDate.of(2020, 1, 1), TxKind.EXPENSE, "Groceries", Money.of(125, "EUR"), "row 0 (corrected)");
        FintermException e = assertThrows(FintermException.class, () -> imports.importCsv(alice,
                new GatedReader(manyRows(DUPLICATE_RACE_ROWS, "Groceries"), () -> fx.transactions.edit(aliceElsewhere, id, changed)), NORMAL, n -> { }));
        assertEquals("nothing was imported: your transactions changed while the file was read, so its duplicates could not be told;"
                + " run the import again", e.getMessage());
        assertEquals(1, rows().size(), "only the edited transaction: row 0 is neither lost nor imported twice");
    }

    @Test
    void aTransactionAddedDuringAnImportRefusesItWhenDuplicatesAreSkippedAndNotWhenTheyAreAllowed() {
        ImportService imports = new ImportService(fx.store, fx.accounts, "", 1_000, java.time.Clock.systemUTC());
        Session aliceElsewhere = fx.alice();
        Entry added = new Entry(LocalDate.of(2020, 1, 1), TxKind.EXPENSE, "Groceries", Money.of(125, "EUR"), "row 0");
        FintermException e = assertThrows(FintermException.class, () -> imports.importCsv(alice,
                new GatedReader(manyRows(DUPLICATE_RACE_ROWS, "Groceries"), () -> fx.transactions.add(aliceElsewhere, added)), NORMAL, n -> { }));
        assertEquals("nothing was imported: your transactions changed while the file was read, so its duplicates could not be told;"
                + " run the import again", e.getMessage());
        assertEquals(1, rows().size());
        assertEquals(new ImportService.Summary(DUPLICATE_RACE_ROWS, 0, List.of(), false), imports.importCsv(alice,
                new GatedReader(manyRows(DUPLICATE_RACE_ROWS, "Groceries"), () -> fx.transactions.add(aliceElsewhere, added)),
                new ImportService.Options(false, true), n -> { }));
        assertEquals(DUPLICATE_RACE_ROWS + 2L, (long) fx.store.read(rd -> rd.count(Schema.TRANSACTIONS)));
    }

    @Test
    void idsReservedForAnImportAreSkippedByOtherWritersAndTheImportedRowsKeepTheirs() throws Exception {
        ImportService imports = new ImportService(fx.store, fx.accounts, "", 1_000, java.time.Clock.systemUTC());
        Session bob = fx.bob();
        List<Long> bobsIds = new ArrayList<>();
        imports.importCsv(alice, new GatedReader(manyRows(3_000, "Groceries"), () -> bobsIds.add(fx.transactions.add(bob,
                new Entry(LocalDate.of(2024, 1, 1), TxKind.EXPENSE, "Groceries", Money.of(100, "EUR"), "bob's")).id())),
                new ImportService.Options(false, true), n -> { });
        List<Long> alicesIds = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == alice.userId()) {
                    alicesIds.add(t.id());
                }
            });
            return null;
        });
        assertEquals(3_000, alicesIds.size());
        assertFalse(alicesIds.contains(bobsIds.get(0)), "bob's transaction took an id the import had not reserved");
        assertTrue(fx.store.check().ok());
    }

    @Test
    void aUserDeletedWhileTheirFileIsReadGetsNothingImported() throws Exception {
        Accounts f = new Accounts(Store.open(dir));
        ImportService imports = new ImportService(f.store, f.accounts, "", 1_000, java.time.Clock.systemUTC());
        Session aliceThere = f.alice();
        Session admin = f.admin();
        FintermException e = assertThrows(FintermException.class, () -> imports.importCsv(aliceThere,
                new GatedReader(manyRows(4_000, "Groceries"), () -> f.userAdmin.deleteUser(admin, "alice")), NORMAL, n -> { }));
        assertEquals("nothing was imported: the user 'alice' was deleted while the file was read; run the import again", e.getMessage());
        assertEquals(0, transactionsInStore(f));
        assertEquals(List.of(), stagingFiles());
        assertTrue(f.store.check().ok());
        f.store.close();
    }
}
