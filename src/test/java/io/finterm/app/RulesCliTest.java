package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm rules add|list|remove|move|test|apply}, through the real entry point. */
class RulesCliTest {
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
    void rulesAreAddedListedMovedAndRemovedByPosition() {
        assertEquals("added rule 1: payee or description contains 'rewe' → Groceries\n",
                ok("rules", "add", "--match", "rewe", "--category", "Groceries").err());
        assertEquals("added rule 2: payee has the word 'shell', 10 to 80.50 → Transport, tags car\n",
                ok("rules", "add", "--match", "shell", "--field", "payee", "--word", "--min", "10", "--max", "80.50",
                        "--category", "Transport", "--tags", "car").err());
        assertEquals("added rule 1: description matches /^card \\d+/ → income:Other, payee 'Card refund'\n",
                ok("rules", "add", "--match", "^card \\d+", "--field", "description", "--regex", "--category", "income:Other",
                        "--set-payee", "Card refund", "--at", "1").err());
        String table = ok("--ascii", "rules", "list").out();
        assertTrue(table.contains("1 | description matches /^card \\d+/ → income:Other, payee 'Card refund'"), table);
        assertTrue(table.indexOf("contains 'rewe'") < table.indexOf("word 'shell'"), table);
        assertEquals("moved rule 3 to 1: payee has the word 'shell', 10 to 80.50 → Transport, tags car\n",
                ok("rules", "move", "3", "--to", "1").err());
        assertEquals("removed rule 2: description matches /^card \\d+/ → income:Other, payee 'Card refund'\n",
                ok("rules", "remove", "2").err());
        String json = ok("rules", "list", "--format", "json").out();
        assertEquals("[{\"position\":1,\"field\":\"payee\",\"match\":\"word\",\"pattern\":\"shell\",\"min\":\"10\",\"max\":\"80.50\","
                + "\"account\":\"\",\"category\":\"expense:Transport\",\"tags\":[\"car\"],\"set_payee\":\"\",\"set_description\":\"\","
                + "\"summary\":\"payee has the word 'shell', 10 to 80.50 → Transport, tags car\"},"
                + "{\"position\":2,\"field\":\"any\",\"match\":\"text\",\"pattern\":\"rewe\",\"min\":null,\"max\":null,"
                + "\"account\":\"\",\"category\":\"expense:Groceries\",\"tags\":[],\"set_payee\":\"\",\"set_description\":\"\","
                + "\"summary\":\"payee or description contains 'rewe' → Groceries\"}]\n", json);
    }

    @Test
    void testShowsTheRuleThatWouldHit() {
        ok("rules", "add", "--match", "café", "--category", "Dining");
        ok("rules", "add", "--match", "shell", "--min", "20", "--category", "Transport");
        assertEquals("rule 1: payee or description contains 'café' → Dining\n",
                ok("rules", "test", "--payee", "CAFE NERO", "--description", "card 1234").out());
        assertEquals("rule 2: payee or description contains 'shell', at least 20 → Transport\n",
                ok("rules", "test", "--payee", "Shell").out());
        assertEquals("no rule hits\n", ok("rules", "test", "--payee", "Shell", "--amount", "19.99").out());
    }

    @Test
    void applyFilesStoredTransactionsAndADryRunChangesNothing() {
        cli.add("2024-03-01", "expense", "Other", "12.50", "REWE Markt 12");
        cli.add("2024-03-02", "expense", "Other", "3.00", "bakery");
        ok("rules", "add", "--match", "rewe", "--category", "Groceries");
        CliTest.Result dry = ok("rules", "apply", "--dry-run", "--filter", "all");
        assertTrue(dry.out().matches("\\d+ 2024-03-01 REWE Markt 12: Other → Groceries \\(rule 1\\)\n"), dry.out());
        assertEquals("would change 1 of 2 transactions (rule 1: 1); nothing was changed\n", dry.err());
        assertEquals("changed 0 of 0 Uncategorized transactions\n", ok("rules", "apply").err(), "Other was chosen by hand: kept");
        assertTrue(ok("list", "--format", "csv").out().contains("Other,12.50"), "nothing was re-filed");
        assertTrue(ok("list", "--format", "csv").out().contains("Other,12.50"), "the dry run changed nothing");
        CliTest.Result done = ok("rules", "apply", "--filter", "date:2024-03");
        assertEquals("changed 1 of 2 transactions (rule 1: 1)\n", done.err());
        assertTrue(ok("list", "--format", "csv").out().contains("Groceries,12.50"), ok("list", "--format", "csv").out());
    }

    @Test
    void badRulesAreOneSentenceAndStoreNothing() {
        CliTest.Result regex = run("rules", "add", "--match", "(rewe", "--regex", "--category", "Groceries");
        assertEquals(1, regex.code());
        assertEquals("finterm: match: the regular expression is wrong at character 5 (Unclosed group): (rewe\n", regex.err());
        CliTest.Result both = run("rules", "add", "--match", "x", "--category", "Other");
        assertEquals("finterm: --category: 'Other' is both an income and an expense category: write expense:Other or income:Other\n",
                both.err());
        CliTest.Result amount = run("rules", "add", "--match", "x", "--min", "ten", "--category", "Dining");
        assertEquals("finterm: --min: 'ten' is not a size such as 50 or 12.50\n", amount.err());
        CliTest.Result field = run("rules", "add", "--match", "x", "--field", "memo", "--category", "Dining");
        assertEquals("finterm: field: 'memo' is not one of payee, description, any\n", field.err());
        CliTest.Result flags = run("rules", "add", "--match", "x", "--word", "--regex", "--category", "Dining");
        assertEquals(2, flags.code(), flags.err());
        CliTest.Result gone = run("rules", "remove", "1");
        assertEquals("finterm: rule: you have no rules\n", gone.err());
        assertEquals("[]\n", ok("rules", "list", "--format", "json").out());
    }

    @Test
    void applyWithoutAFilterFilesTheUncategorizedRowsAndSaysSo() {
        ok("category", "add", "Uncategorized", "--type", "expense");
        cli.add("2024-03-01", "expense", "Uncategorized", "12.50", "REWE Markt 12");
        cli.add("2024-03-02", "expense", "Dining", "3.00", "REWE bakery");
        ok("rules", "add", "--match", "rewe", "--category", "Groceries");
        assertEquals("changed 1 of 1 Uncategorized transaction (rule 1: 1)\n", ok("rules", "apply").err());
        String csv = ok("list", "--format", "csv").out();
        assertTrue(csv.contains("Groceries,12.50") && csv.contains("Dining,3.00"), csv);
        String help = ok("rules", "apply", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("(default: the Uncategorized ones; all: every one)"), help);
    }

    @Test
    void aRuleTheSameAsAnotherIsRefused() {
        ok("rules", "add", "--match", "rewe", "--category", "Groceries");
        CliTest.Result twin = run("rules", "add", "--match", "rewe", "--field", "any", "--category", "expense:Groceries");
        assertEquals("finterm: rule: rule 1 is the same\n", twin.err());
        assertEquals(1, ok("rules", "list", "--format", "json").out().split("\"position\"").length - 1);
    }

    @Test
    void recategorisingAnImportedRowOffersTheRuleThatWouldFileSuchRows() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("bank.csv"),
                "Date,Payee,Description,Amount\n2026-11-02,REWE Markt,card 1234,-12.50\n2026-11-03,,Kiosk's corner,-3.00\n");
        ok("import", file.toString());
        cli.add("2026-11-04", "expense", "Other", "5.00", "typed by hand");
        String csv = ok("list", "--format", "csv", "--sort", "date").out();
        String[] lines = csv.split("\n");
        String rewe = lines[1].split(",")[0];
        String kiosk = lines[2].split(",")[0];
        String typed = lines[3].split(",")[0];
        assertTrue(lines[1].contains("REWE Markt") && lines[2].contains("Kiosk") && lines[3].contains("typed by hand"), csv);
        CliTest.Result edited = ok("edit", rewe, "--category", "Groceries");
        assertTrue(edited.err().endsWith("\nto file every such row into Groceries: finterm rules add --match 'REWE Markt' --field payee "
                + "--category Groceries --as alice\n"), edited.err());
        CliTest.Result noPayee = ok("edit", kiosk, "--category", "Other");
        assertTrue(noPayee.err().endsWith("\nto file every such row into Other: finterm rules add --match 'Kiosk'\\''s corner' "
                + "--field description --category expense:Other --as alice\n"), noPayee.err());
        assertTrue(!ok("edit", typed, "--category", "Dining").err().contains("rules add"), "not imported: no offer");
        assertTrue(!ok("edit", rewe, "--description", "weekly shop").err().contains("rules add"), "no new category: no offer");
    }

    @Test
    void theOfferGoesInFrontOfAnEarlierRuleThatFilesTheRowElsewhere() throws Exception {
        ok("rules", "add", "--match", "markt", "--category", "Dining");
        java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("bank.csv"),
                "Date,Payee,Description,Amount\n2026-11-02,REWE Markt,card 1234,-12.50\n");
        ok("import", file.toString());
        String id = ok("list", "--format", "csv").out().split("\n")[1].split(",")[0];
        CliTest.Result edited = ok("edit", id, "--category", "Groceries");
        assertTrue(edited.err().endsWith("\nto file every such row into Groceries: finterm rules add --match 'REWE Markt' --field payee "
                + "--category Groceries --at 1 --as alice\n"), edited.err());
    }
}
