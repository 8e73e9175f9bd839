package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm undo} and {@code finterm redo}: alice adds two expenses, then takes them back and forth. */
class UndoCliTest {
    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aliceWithTwoExpenses() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        ok("add", "--date", "2024-03-05", "--type", "expense", "--category", "Groceries", "--amount", "54.30", "--payee", "Market");
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Rent", "--amount", "950.00", "--description", "rent");
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    long transactions() {
        return ok("list", "--format", "csv").out().lines().skip(1).count();
    }

    @Test
    void undoTakesBackTheNewestChangeAndSaysSoAndRedoBringsItBack() {
        assertEquals("Undid: add of 'rent' €950.00 on 2024-03-10\n", ok("undo").out());
        assertEquals(1, transactions());
        assertEquals("Redid: add of 'rent' €950.00 on 2024-03-10\n", ok("redo").out());
        assertEquals(2, transactions());
    }

    @Test
    void undoOfTwoStepsSaysEachNewestFirstAndRedoOfTwoAppliesThemInTheirOrder() {
        assertEquals("Undid: add of 'rent' €950.00 on 2024-03-10\nUndid: add of 'Market' €54.30 on 2024-03-05\n",
                ok("undo", "--steps", "2").out());
        assertEquals(0, transactions());
        assertEquals("Redid: add of 'Market' €54.30 on 2024-03-05\nRedid: add of 'rent' €950.00 on 2024-03-10\n",
                ok("redo", "--steps", "2").out());
        assertEquals(2, transactions());
    }

    @Test
    void nothingToUndoOrRedoSaysSoOnStandardErrorWithExitCodeOne() {
        CliTest.Result redo = run("redo");
        assertEquals(1, redo.code());
        assertEquals("finterm: nothing to redo\n", redo.err());
        assertEquals("", redo.out());
        ok("undo", "--steps", "2");
        CliTest.Result undo = run("undo");
        assertEquals(1, undo.code());
        assertEquals("finterm: nothing to undo\n", undo.err());
        assertEquals(0, transactions());
    }

    @Test
    void moreStepsThanThereAreUndoesNothing() {
        CliTest.Result r = run("undo", "--steps", "3");
        assertEquals(1, r.code());
        assertEquals("finterm: only 2 steps can be undone; nothing was undone\n", r.err());
        assertEquals(2, transactions());
    }

    @Test
    void aBadStepCountIsAUsageErrorNamingTheOption() {
        for (String bad : new String[] {"0", "-1", "two"}) {
            CliTest.Result undo = run("undo", "--steps", bad);
            assertEquals(2, undo.code(), undo.err());
            assertTrue(undo.err().contains("--steps"), undo.err());
            CliTest.Result redo = run("redo", "--steps", bad);
            assertEquals(2, redo.code(), redo.err());
            assertTrue(redo.err().contains("--steps"), redo.err());
        }
        assertEquals(2, transactions());
    }

    @Test
    void aFormatWithoutListIsAUsageErrorAndUndoesNothing() {
        CliTest.Result r = run("undo", "--format", "json");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("--format: only --list prints a list; add --list, or leave --format out"), r.err());
        assertEquals(2, transactions());
        CliTest.Result xml = run("undo", "--list", "--format", "xml");
        assertEquals(2, xml.code());
        assertTrue(xml.err().startsWith("--format: 'xml' is not text, csv or json"), xml.err());
    }

    @Test
    void aConflictPrintsWhatIsInTheWayAndChangesNothing() {
        // a write outside alice's history (not a step of hers), as a repair by hand would be
        try (Store store = Store.open(cli.data)) {
            store.write(tx -> tx.update(Schema.TRANSACTIONS, tx.get(Schema.TRANSACTIONS, 2L).orElseThrow().withPayeeAndTags("Landlord", List.of())));
        }
        CliTest.Result r = run("undo");
        assertEquals(1, r.code());
        assertEquals("finterm: cannot undo add of 'rent' €950.00 on 2024-03-10: transaction 2 (2024-03-10 'Landlord') was edited "
                + "after this step; nothing was undone. If it can never be undone, finterm undo --forget forgets it, so that the steps "
                + "before it can be undone\n", r.err());
        assertEquals("", r.out());
        assertEquals(2, transactions());
        assertEquals(0, JsonParser.parseString(ok("undo", "--list", "--format", "json").out()).getAsJsonObject().getAsJsonArray("steps")
                .asList().stream().filter(s -> s.getAsJsonObject().get("state").getAsString().equals("undone")).count());

        assertEquals("Forgot: add of 'rent' €950.00 on 2024-03-10\n", ok("undo", "--forget").out());
        assertEquals(2, transactions(), "forgetting changes no data");
        assertEquals("Undid: add of 'Market' €54.30 on 2024-03-05\n", ok("undo").out());
        assertEquals(1, transactions());
        assertEquals(2, run("undo", "--forget", "--steps", "2").code());
    }

    @Test
    void listShowsTheStepsNewestFirstWithWhetherEachIsUndoneAsTextCsvAndJson() {
        ok("undo");
        String text = cli.ok(AccountCliTest.PW, AccountCliTest.asAlice("--ascii", "undo", "--list")).out();
        assertTrue(text.lines().anyMatch(l -> l.matches("\\| id \\| when +\\| what +\\| state +\\|")), text);
        assertTrue(text.indexOf("add of 'rent'") < text.indexOf("add of 'Market'"), text);
        // the ids are the store's step numbers (the administrator's creation of alice took one too)
        assertTrue(text.lines().anyMatch(l -> l.matches("\\| +\\d+ \\| 2024-03-20 10:00:00 UTC \\| add of 'rent' €950\\.00 on 2024-03-10  \\| undone \\|")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\| +\\d+ \\| 2024-03-20 10:00:00 UTC \\| add of 'Market' €54\\.30 on 2024-03-05 \\| done   \\|")), text);

        String csv = ok("undo", "--list", "--format", "csv").out();
        assertEquals("id,when,what,state", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().endsWith(",2024-03-20 10:00:00 UTC,add of 'rent' €950.00 on 2024-03-10,undone"), csv);

        JsonArray steps = JsonParser.parseString(ok("undo", "--list", "--format", "json").out()).getAsJsonObject().getAsJsonArray("steps");
        assertEquals(2, steps.size());
        JsonObject newest = steps.get(0).getAsJsonObject();
        assertEquals("add of 'rent' €950.00 on 2024-03-10", newest.get("label").getAsString());
        assertEquals("undone", newest.get("state").getAsString());
        assertEquals("2024-03-20T10:00:00Z", newest.get("at").getAsString());
        assertEquals("2024-03-20T10:00:00Z", newest.get("undone_at").getAsString());
        assertEquals("done", steps.get(1).getAsJsonObject().get("state").getAsString());
        assertTrue(!steps.get(1).getAsJsonObject().has("undone_at"));

        assertEquals(1, JsonParser.parseString(ok("undo", "--list", "--steps", "1", "--format", "json").out())
                .getAsJsonObject().getAsJsonArray("steps").size());
        assertEquals(1, transactions(), "--list undoes nothing: one was undone before it");
    }

    @Test
    void anotherUsersStepsAreInvisibleToTheirUndo() {
        cli.ok(CliTest.ROOT_PW + "\n" + AccountCliTest.BOB_PW + "\n", "user", "add", "bob", "--as", "root", "--password-stdin");
        CliTest.Result bob = cli.run(AccountCliTest.BOB_PW + "\n", "undo", "--as", "bob", "--password-stdin");
        assertEquals(1, bob.code());
        assertEquals("finterm: nothing to undo\n", bob.err());
        assertEquals("no steps to undo or redo\n", cli.ok(AccountCliTest.BOB_PW + "\n", "undo", "--list", "--as", "bob", "--password-stdin").out());
        assertEquals(2, transactions());
    }

    private long discardedSteps() {
        try (Store store = Store.open(cli.data)) {
            return store.read(rd -> {
                long[] n = {0};
                rd.forEach(Schema.STEPS, st -> n[0] += st.state() == io.finterm.domain.UndoStep.State.DISCARDED ? 1 : 0);
                return n[0];
            });
        }
    }

    @Test
    void openingTheStoreRemovesTheStepsANewChangeDiscarded() {
        ok("undo");
        ok("add", "--date", "2024-03-12", "--type", "expense", "--category", "Dining", "--amount", "8.00", "--payee", "Cafe");
        assertEquals(1, discardedSteps(), "the undone add, cleared from redo by the new one");
        ok("undo", "--list");
        assertEquals(0, discardedSteps());
        assertEquals(2, JsonParser.parseString(ok("undo", "--list", "--format", "json").out()).getAsJsonObject().getAsJsonArray("steps").size());
    }
}
