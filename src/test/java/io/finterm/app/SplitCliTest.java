package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm add} and {@code edit} with {@code --payee}, {@code --tags} and {@code --split}, through the real entry point. */
class SplitCliTest {
    static final String HEADER = "id,date,type,category,amount,currency,description,account,payee,tags,status\n";

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

    String csv() {
        return ok("list", "--format", "csv", "--sort", "date").out();
    }

    CliTest.Result receipt(String... more) {
        String[] base = {"add", "--date", "2024-03-05", "--type", "expense", "--amount", "54.30", "--description", "weekly shop"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void aSplitReceiptWithAPayeeAndTagsIsListedWithEachCategory() {
        CliTest.Result added = receipt("--split", "Groceries=40.00=food", "--split", "Shopping=14.30", "--payee", "Market",
                "--tags", "Home,q1");
        assertEquals(0, added.code(), added.err());
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries / Shopping,54.30,EUR,weekly shop,Main,Market,home;q1,uncleared\n", csv());
        String table = ok("--ascii", "list").out();
        assertTrue(table.contains("| Groceries / Shopping |") && table.contains("| Market | home,q1 |"), table);
    }

    @Test
    void linesThatDoNotAddUpAreRefusedWithBothSumsAndNothingIsWritten() {
        CliTest.Result r = receipt("--split", "Groceries=40.00", "--split", "Shopping=10.00");
        assertEquals(1, r.code());
        assertEquals("finterm: split: the lines add up to 50.00, the amount is 54.30\n", r.err());
        CliTest.Result unknown = receipt("--split", "Groceries=40.00", "--split", "Nope=14.30");
        assertEquals("finterm: split line 2: there is no expense category 'Nope'\n", unknown.err());
        CliTest.Result amount = receipt("--split", "Groceries=40.00", "--split", "Shopping=a lot");
        assertEquals("finterm: split line 2: 'a lot' is not a number\n", amount.err());
        CliTest.Result tag = receipt("--category", "Groceries", "--tags", "trip rome");
        assertEquals("finterm: tag: 'trip rome' has a space; a tag is one word, such as trip-rome\n", tag.err());
        assertEquals(HEADER, csv());
    }

    @Test
    void aSplitTakesNoCategoryAndAnEntryNeedsOneOrTheOther() {
        CliTest.Result both = receipt("--split", "Groceries=40.00", "--split", "Shopping=14.30", "--category", "Rent");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("a split entry has its categories on its lines: give --category or --split, not both"), both.err());
        CliTest.Result neither = receipt();
        assertEquals(2, neither.code());
        assertTrue(neither.err().startsWith("give --category, or split the entry with --split CATEGORY=AMOUNT, once per line"), neither.err());
        CliTest.Result shape = receipt("--split", "Groceries", "--split", "Shopping=14.30");
        assertEquals(2, shape.code());
        assertTrue(shape.err().startsWith("--split 'Groceries': write CATEGORY=AMOUNT or CATEGORY=AMOUNT=MEMO"), shape.err());
        assertEquals(HEADER, csv());
    }

    @Test
    void editChangesThePayeeAndTagsKeepsTheLinesAndReplacesThemOnlyWhenAsked() {
        receipt("--split", "Groceries=40.00", "--split", "Shopping=14.30");
        ok("edit", "1", "--payee", "Corner shop", "--tags", "tax");
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries / Shopping,54.30,EUR,weekly shop,Main,Corner shop,tax,uncleared\n", csv());
        CliTest.Result off = run("edit", "1", "--amount", "60.00");
        assertEquals(1, off.code());
        assertEquals("finterm: split: the lines add up to 54.30, the amount is 60.00\n", off.err());
        ok("edit", "1", "--amount", "60.00", "--split", "Groceries=45.70", "--split", "Health=14.30", "--tags", "");
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries / Health,60.00,EUR,weekly shop,Main,Corner shop,,uncleared\n", csv());
        ok("edit", "1", "--category", "Groceries");
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries,60.00,EUR,weekly shop,Main,Corner shop,,uncleared\n", csv());
    }

    @Test
    void editingAReconciledTransactionWithoutATerminalIsRefusedUnlessConfirmedWithYes() {
        ok("add", "--date", "2024-03-05", "--type", "expense", "--category", "Groceries", "--amount", "54.30");
        ok("reconcile", "Main", "--balance", "-54.30", "--date", "2024-03-05", "--mark-cleared", "1");
        CliTest.Result refused = run("edit", "1", "--payee", "Market");
        assertEquals(1, refused.code());
        assertEquals("finterm: transaction 1 is reconciled against a bank statement; changing it changes that statement's balance; "
                + "add --yes to change it anyway\n", refused.err());
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries,54.30,EUR,,Main,,,reconciled\n", csv());
        ok("edit", "1", "--payee", "Market", "--yes");
        assertEquals(HEADER + "1,2024-03-05,expense,Groceries,54.30,EUR,,Main,Market,,reconciled\n", csv());
    }
}
