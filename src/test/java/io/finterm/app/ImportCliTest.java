package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm import FILE|-}, {@code import list} and {@code import undo}, through the real entry point. */
class ImportCliTest {
    static final String OWN = "date,type,category,amount,description\n2026-11-01,expense,Dining,5.00,lunch\n2026-11-03,expense,Dining,7.00,dinner\n";

    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    @Test
    void aRowThatStandsForAScheduledRentIsLinkedToItAndTheSummarySaysSo() throws Exception {
        try (io.finterm.store.Store store = io.finterm.store.Store.open(cli.data)) {
            store.write(w -> {
                java.util.List<io.finterm.domain.User> alice = new java.util.ArrayList<>();
                w.forEach(io.finterm.store.Schema.USERS, u -> {
                    if (u.username().equals("alice")) {
                        alice.add(u);
                    }
                });
                java.util.List<io.finterm.domain.Category> rent = new java.util.ArrayList<>();
                w.forEach(io.finterm.store.Schema.CATEGORIES, c -> {
                    if (c.userId() == alice.get(0).id() && c.name().equals("Rent") && c.kind() == io.finterm.domain.TxKind.EXPENSE) {
                        rent.add(c);
                    }
                });
                java.time.LocalDate start = java.time.LocalDate.of(2024, 3, 1); // the CLI tests' today is 2024-03-20
                return w.insert(io.finterm.store.Schema.SCHEDULES, new io.finterm.domain.Schedule(w.nextId(io.finterm.store.Schema.SCHEDULES),
                        alice.get(0).id(), "Rent", alice.get(0).defaultAccountId(), io.finterm.domain.TxKind.EXPENSE, 0, rent.get(0).id(),
                        io.finterm.domain.Money.of(120000, "EUR"), false, "", "", java.util.List.of(), java.util.List.of(),
                        new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.MONTH, 1, 1, 0, null, start, null, 0),
                        io.finterm.domain.WeekendPolicy.KEEP, false, null, start));
            });
        }
        Path file = Files.writeString(temp.resolve("rent.csv"), "date,type,category,amount,description\n"
                + "2024-03-02,expense,Rent,1200.00,rent\n2024-03-03,expense,Dining,7.00,dinner\n");
        // logging in lists March's rent as waiting; the import then links the bank's row to it
        assertEquals("1 scheduled transaction waits for approval: finterm schedule list --as alice\n"
                + "imported 2 transactions into Main (2024-03-02 to 2024-03-03); skipped 0 duplicates\n"
                + "linked 1 row to the schedule Rent (2024-03-01)\n"
                + "this is import 1; finterm import undo 1 takes it back\n", ok("import", file.toString()).err());
        assertEquals("", ok("import", "list").err(), "linked, it waits no more");
    }

    @Test
    void anImportIsListedAndTakenBackWholeOnce() throws Exception {
        Path file = Files.writeString(temp.resolve("november.csv"), OWN);
        assertEquals("imported 2 transactions into Main (2026-11-01 to 2026-11-03); skipped 0 duplicates\n"
                + "this is import 1; finterm import undo 1 takes it back\n", ok("import", file.toString()).err());

        String json = ok("import", "list", "--format", "json").out();
        assertTrue(json.matches("\\{\"imports\":\\[\\{\"id\":\"1\",\"at\":\"[0-9TZ:.-]+\",\"file\":\"november.csv\",\"account\":\"Main\","
                + "\"rows\":2,\"duplicates\":0,\"undone\":false}]}\n"), json);
        String table = ok("--ascii", "import", "list").out();
        assertTrue(table.contains("november.csv") && table.contains("imported"), table);

        assertEquals("took back import 1: removed 2 transactions\n", ok("import", "undo", "1").err());
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n",
                ok("list", "--format", "csv").out());
        CliTest.Result again = run("import", "undo", "1");
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("finterm: import 1 was taken back already, at "), again.err());
        assertTrue(ok("import", "list", "--format", "json").out().contains("\"undone\":true"));
    }

    @Test
    void standardInputIsAFileAndAFileNamedListIsGivenWithItsPath() throws Exception {
        CliTest.Result fromStdin = cli.ok(AccountCliTest.PW + OWN, "import", "-", "--as", "alice", "--password-stdin");
        assertTrue(fromStdin.err().startsWith("imported 2 transactions into Main"), fromStdin.err());
        assertTrue(ok("import", "list", "--format", "json").out().contains("\"file\":\"(standard input)\""));

        Path dir = Files.createDirectories(temp.resolve("here"));
        Files.writeString(dir.resolve("list"), OWN.replace("2026-11", "2026-10"));
        CliTest.Result named = ok("import", dir.resolve("list").toString());
        assertTrue(named.err().startsWith("imported 2 transactions into Main (2026-10-01 to 2026-10-03)"), named.err());
    }

    @Test
    void detectShowsWhatWasRecognisedAndTheRowsAndWritesNothing() throws Exception {
        Path file = Files.writeString(temp.resolve("november.csv"), OWN);
        CliTest.Result d = ok("import", file.toString(), "--detect");
        assertTrue(d.out().startsWith("format: finterm CSV"), d.out());
        assertTrue(d.out().contains("  2026-11-01  expense  -5.00 EUR  lunch  → Dining\n"), d.out());
        assertTrue(d.err().startsWith("would import 2 transactions into Main"), d.err());
        assertEquals("no imports yet\n", ok("import", "list").out());
    }

    @Test
    void mistakesGetASentence() throws Exception {
        assertEquals("finterm: import needs a FILE (or - for standard input), or list, or undo ID\n", run("import").err());
        assertEquals("finterm: there is no import 9 of yours (finterm import list shows them)\n", run("import", "undo", "9").err());
        Path file = Files.writeString(temp.resolve("november.csv"), OWN);
        assertEquals("finterm: november.csv has finterm's own CSV header, which needs no layout options; leave them out\n",
                run("import", file.toString(), "--delimiter", ";").err());
        assertEquals("finterm: --delimiter: ':' is not one of , ; | or tab\n", run("import", file.toString(), "--delimiter", ":").err());
        assertEquals("finterm: --map: 'when=Datum' is not ROLE=COLUMN; the roles are amount, balance, category, credit, currency, date,"
                + " debit, description, indicator, other-date, payee, payer, recipient, reference\n", run("import", file.toString(), "--map", "when=Datum").err());
    }
}
