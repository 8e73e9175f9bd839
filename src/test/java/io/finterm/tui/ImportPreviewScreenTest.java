package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.service.Filter;
import io.finterm.service.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import screen's preview and import (key 9, then a file): rows, totals, errors, duplicates, the layout, the summary. */
class ImportPreviewScreenTest {
    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/bank", name), copy);
        return copy;
    }

    private static VirtualTui open(Path file, int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        return app.logIn("alice", VirtualTui.ALICE_PW).type("9").type(file.toString()).press(KeyType.Enter);
    }

    private static long transactions(VirtualTui app, Session alice) {
        return app.services.transactions().count(alice, Filter.ALL);
    }

    @Test
    void choosingAStatementShowsItsRowsAsTheyWillBeStoredWithTheTotalsAndWhatWasDetected() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 100, 30);
        app.assertShows("Import us-checking.csv").assertShows("into Main (your default account)").assertShows("step 2 of 3");
        app.assertShows("Detected:").assertShowsWhole("5 rows · in +€2,650.00 · out -€307.18 · 0 duplicates skipped");
        app.assertShowsWhole("0 from history · 5 uncategorized");
        assertTrue(app.screen().matches("(?s).*\\n +2 +2026-11-30 +\\+€2,500\\.00 +ACME INC PAYROLL +Uncategorized.*"), app.screen());
        app.assertShows("2026-11-24").assertShows("CHECK 1042").assertShows("-€45.00");
        app.assertShows("line 2: ACME INC PAYROLL → Uncategorized");
        assertEquals(0, transactions(app, app.alice()), "a preview books nothing");
    }

    @Test
    void importingBooksTheRowsAndTheSummarySaysWhatHappenedAndUShowsTheUncategorized() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 80, 24);
        app.type("i").assertShows("Imported us-checking.csv into Main");
        app.assertShowsWhole("booked 5 transactions, 2026-11-02 to 2026-11-30").assertShows("duplicates     0 skipped");
        app.assertShows("by rule        0").assertShows("uncategorized  5: u shows them");
        assertEquals(5, transactions(app, app.alice()));
        app.type("u").assertShows("Filter: cat:Uncategorized").assertShows("5 transactions").assertShows("ACME INC PAYROLL");
    }

    @Test
    void theSummarySaysWhichRowsWereLinkedToAScheduleAndStillFitsTheSmallestTerminal() throws IOException {
        Path file = sample("us-checking.csv");
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.store.write(w -> {
            io.finterm.domain.User alice = w.findUnique(io.finterm.store.Schema.USERS_BY_NAME, "alice").orElseThrow();
            java.util.List<io.finterm.domain.Category> utilities = new java.util.ArrayList<>();
            w.forEach(io.finterm.store.Schema.CATEGORIES, c -> {
                if (c.userId() == alice.id() && c.name().equals("Utilities")) {
                    utilities.add(c);
                }
            });
            java.time.LocalDate start = java.time.LocalDate.of(2026, 10, 18);
            return w.insert(io.finterm.store.Schema.SCHEDULES, new io.finterm.domain.Schedule(w.nextId(io.finterm.store.Schema.SCHEDULES),
                    alice.id(), "Water", alice.defaultAccountId(), io.finterm.domain.TxKind.EXPENSE, 0, utilities.get(0).id(),
                    io.finterm.domain.Money.of(6218, "EUR"), false, "", "", java.util.List.of(), java.util.List.of(),
                    new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.MONTH, 1, 18, 0, null, start, null, 0),
                    io.finterm.domain.WeekendPolicy.KEEP, false, null, start));
        });
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type(file.toString()).press(KeyType.Enter);
        app.type("i").assertShows("Imported us-checking.csv into Main");
        app.assertShowsWhole("linked 1 row to the schedule Water (2026-11-18)").assertShows("Enter  import another file");
    }

    @Test
    void aSecondImportMarksTheDuplicatesAndSpaceKeepsOneAfterAll() throws IOException {
        Path file = sample("us-checking.csv");
        VirtualTui app = open(file, 100, 30);
        app.type("i").press(KeyType.Enter).press(KeyType.Enter);
        app.assertShows("5 duplicates skipped").assertShows("0 uncategorized");
        assertTrue(app.screen().matches("(?s).*ACME INC PAYROLL +Uncategorized +skip.*"), app.screen());
        app.assertShowsWhole("line 2: skipped, Space keeps it: it repeats 2026-11-30 2500.00 ACME INC PAYROLL");
        app.type(" ").assertShows("line 2 is kept").assertShows("4 duplicates skipped, 1 kept");
        assertTrue(app.screen().matches("(?s).*ACME INC PAYROLL +Uncategorized +keep.*"), app.screen());
        app.assertShowsWhole("line 2: kept, Space skips it");
        app.type("i").assertShowsWhole("booked 1 transaction, 2026-11-30 to 2026-11-30").assertShows("4 skipped");
        assertEquals(6, transactions(app, app.alice()));
    }

    @Test
    void changingTheDateFormatReadsTheFileAgainAtOnce() throws IOException {
        VirtualTui app = open(sample("ambiguous-dates.csv"), 100, 30);
        String before = app.screen();
        assertFalse(before.contains("2026-02-01"), before);
        app.type("o").assertShows("Layout of ambiguous-dates.csv").type("dd/MM/yyyy");
        for (int i = 0; i < 6; i++) {
            app.press(KeyType.Enter);
        }
        app.assertShows("Layout options: date format dd/MM/yyyy").assertShows("2026-02-01").assertShows("Coffee").assertShows("2026-03-05");
        app.type("o").ctrl('u').type("MM/dd/yyyy");
        for (int i = 0; i < 6; i++) {
            app.press(KeyType.Enter);
        }
        app.assertShows("Layout options: date format MM/dd/yyyy").assertShows("2026-01-02").assertShows("2026-12-11");
    }

    @Test
    void badRowsAreListedByLineAndNothingIsImported() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Date,Description,Amount\n2026-11-02,Coffee,-3.50\n2026-11-03,Tea,lots\n2026-11-04,Cake,-2.00\n");
        VirtualTui app = open(file, 100, 30);
        app.assertShows("✗ 1 bad row: nothing is imported until it reads well").assertShows("line 3");
        app.assertShowsWhole("2 rows · in +€0.00 · out -€5.50 · 0 duplicates skipped · 0 by rule · 0 from history · 2 uncategorized");
        app.type("i").assertShows("nothing to import while rows are bad");
        assertEquals(0, transactions(app, app.alice()));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndEscGoesBackToTheFileField() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "just some words\nnothing like a statement\n");
        VirtualTui app = open(file, 80, 24);
        app.assertShows("✗").assertShows("Esc chooses another file");
        app.press(KeyType.Escape).assertShows("Step 1 of 3");
        assertTrue(app.caretLine().contains("notes.txt"), app.screen());
        app.ctrl('u').type(sample("us-checking.csv").toString()).press(KeyType.Enter).assertShows("Import us-checking.csv");
    }

    @Test
    void givingAColumnARoleReadsTheFileAgainWithItAndABadRoleIsRefusedBesideTheField() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 100, 30);
        app.type("o");
        for (int i = 0; i < 5; i++) {
            app.press(KeyType.Tab);
        }
        app.type("payee").press(KeyType.Enter).assertShowsWhole("✗ 'payee' is not ROLE=COLUMN, such as payee=Name or amount=3");
        app.ctrl('u').type("payee=Type").press(KeyType.Enter);
        app.assertShows("Layout options: columns payee=Type").assertShows("ACH_CREDIT / ACME INC PAYROLL");
    }

    @Test
    void aRowThatARuleFilesSaysWhichRuleAndTheSummaryCountsIt() throws IOException {
        Path file = sample("us-checking.csv");
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.services.rules().add(app.alice(), io.finterm.service.NewRule.of("water", "Utilities"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type(file.toString()).press(KeyType.Enter);
        assertTrue(app.screen().matches("(?s).*CITY WATER UTIL +Utilities +rule 1\\b.*"), app.screen());
        app.assertShowsWhole("1 by rule · 0 from history · 4 uncategorized");
        app.type("i").assertShows("by rule        1").assertShows("uncategorized  4: u shows them");
    }

    @Test
    void theSummaryOffersToSaveTheLayoutAsAProfileAndATakenNameIsRefused() throws IOException {
        Files.copy(Path.of("src/test/resources/bank/de-sparkasse.csv"), dir.resolve("again.csv"));
        VirtualTui app = open(sample("de-sparkasse.csv"), 100, 30);
        app.assertShows("Layout options: none given");
        app.type("i").assertShows("Imported de-sparkasse.csv").type("p").assertShows("Save the layout as a profile");
        app.type("sparkasse").press(KeyType.Enter).assertShows("saved the profile sparkasse").assertShows("saved as the profile sparkasse");
        var saved = app.services.profiles().show(app.alice(), "sparkasse");
        assertEquals(";", String.valueOf(saved.delimiter()));
        assertEquals(2, saved.skip());
        app.type("p").type("Sparkasse").press(KeyType.Enter).assertShows("✗");
        assertEquals(1, app.services.profiles().list(app.alice()).size());
        app.press(KeyType.Escape).press(KeyType.Escape).ctrl('u').type(dir.resolve("again.csv").toString());
        app.press(KeyType.Enter).assertShows("profile: sparkasse (its header matches)").assertShows("6 duplicates skipped");
    }

    private static io.finterm.format.bank.ImportSource source(Path file) {
        return new io.finterm.format.bank.ImportSource() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public java.io.InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    @Test
    void aProfilesSavedAccountIsWhereThePreviewAndTheImportPutTheRows() throws IOException {
        Path file = sample("us-checking.csv");
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, io.finterm.service.NewAccount.named("Savings"));
        app.services.profiles().save(alice, "checking", source(file), io.finterm.format.bank.CsvOptions.NONE, "Savings");
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type(file.toString()).press(KeyType.Enter);
        app.assertShows("profile: checking (its header matches)").assertShows("into Savings (the profile's account)");
        app.type("i").assertShows("Imported us-checking.csv into Savings");
        long savings = app.services.accountBook().list(alice).stream().filter(l -> l.account().name().equals("Savings")).findFirst().orElseThrow().account().id();
        assertEquals(5, app.services.transactions().count(alice, new Filter("", java.util.List.of((t, c) -> t.accountId() == savings), io.finterm.domain.Transaction.FIRST_DATE, io.finterm.domain.Transaction.LAST_DATE)));
    }

    @Test
    void aNewProfileKeepsNoAccountUnlessOneWasChosenWithTab() throws IOException {
        VirtualTui app = open(sample("de-sparkasse.csv"), 100, 30);
        app.type("i").type("p").type("plain").press(KeyType.Enter).assertShows("saved the profile plain");
        assertEquals(0, app.services.profiles().show(app.alice(), "plain").accountId());
    }

    @Test
    void enterTwiceWhileTheImportRunsBooksTheFileOnce() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 100, 30);
        app.type("i").press(KeyType.Enter).press(KeyType.Enter);
        app.type(" ").assertShows("4 duplicates skipped, 1 kept");
        app.terminal.addInput(new com.googlecode.lanterna.input.KeyStroke(KeyType.Enter));
        app.terminal.addInput(new com.googlecode.lanterna.input.KeyStroke(KeyType.Enter));
        app.settle().assertShowsWhole("booked 1 transaction, 2026-11-30 to 2026-11-30");
        assertEquals(6, transactions(app, app.alice()), "the kept line is booked once, not once per Enter");
    }

    @Test
    void importingBeforeTheChangedPreviewShowsIsRefusedSoWhatIsBookedIsWhatWasSeen() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 100, 30);
        app.type("i").press(KeyType.Enter).press(KeyType.Enter).assertShows("5 duplicates skipped");
        app.type(" i").assertShows("the preview is being read again: import once it shows what would be booked");
        app.assertShows("4 duplicates skipped, 1 kept");
        assertEquals(5, transactions(app, app.alice()), "the kept line was not on screen when i was pressed: nothing is booked");
        app.type("i").assertShowsWhole("booked 1 transaction, 2026-11-30 to 2026-11-30");
        assertEquals(6, transactions(app, app.alice()));
    }

    @Test
    void savingAProfileReadsTheFileOffTheScreensThreadAndARefusalKeepsTheNameGiven() throws IOException {
        VirtualTui app = open(sample("de-sparkasse.csv"), 100, 30);
        app.type("i").type("p").type("sparkasse").holdBackground().press(KeyType.Enter);
        assertEquals(0, app.services.profiles().list(app.alice()).size(), "the file is read in the background, not on the key");
        app.runBackground().assertShows("saved the profile sparkasse");
        assertEquals(1, app.services.profiles().list(app.alice()).size());
        app.type("p").type("SPARKASSE").press(KeyType.Enter).assertShows("✗");
        assertTrue(app.caretLine().contains("SPARKASSE"), "the prompt is open again with the name: " + app.screen());
        assertEquals(1, app.services.profiles().list(app.alice()).size());
    }

    @Test
    void aColumnWhoseNameHasACommaIsGivenByItsNumberAsTheHintSays() throws IOException {
        Path file = dir.resolve("comma.csv");
        Files.writeString(file, "Date,\"Payee, name\",Text,Amount\n2026-11-02,Bakery Blum,card 1234,-3.50\n2026-11-03,Cafe Rot,card 1234,-2.00\n");
        VirtualTui app = open(file, 80, 24);
        app.type("o").assertShows("Blank: detected. Columns by name or by number from 1");
        app.press(KeyType.F1).assertShows("with , or +), such as payee=Name, amount=3+4").press(KeyType.F1);
        for (int i = 0; i < 5; i++) {
            app.press(KeyType.Tab);
        }
        app.type("payee=2").press(KeyType.Enter);
        app.assertShows("Layout options: columns payee=2").assertShows("Bakery Blum").assertShows("Cafe Rot");
    }

    @Test
    void anUndoOfTheImportLeavesItsSummaryForTheFileFieldAndRedoBooksItAgain() throws IOException {
        VirtualTui app = open(sample("us-checking.csv"), 80, 24);
        app.type("i").assertShows("Imported us-checking.csv into Main");
        app.ctrl('z').assertShows("Undid: import of us-checking.csv (5 rows)").assertShows("Step 1 of 3");
        assertEquals(0, transactions(app, app.alice()));
        // the file field takes the keys as text; from the Dashboard, redo
        app.press(KeyType.Escape).ctrl('y').assertShows("Redid: import of us-checking.csv (5 rows)");
        assertEquals(5, transactions(app, app.alice()));
    }
}
