package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm reconcile} against a made-up March statement of Main (opened at 0): the bank shows the
 * salary (+3,100.00), the groceries (-54.30) and the rent (-950.00), so its balance on 15 March is
 * 3100.00 - 54.30 - 950.00 = 2,095.70; the dinner of the 18th is after it.
 */
class ReconcileCliTest {
    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aliceWithFourTransactions() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        ok("add", "--date", "2024-03-01", "--type", "income", "--category", "Salary", "--amount", "3100.00", "--description", "pay",
                "--payee", "Acme");
        ok("add", "--date", "2024-03-05", "--type", "expense", "--category", "Groceries", "--amount", "54.30", "--payee", "Market");
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Rent", "--amount", "950.00", "--description", "rent");
        ok("add", "--date", "2024-03-18", "--type", "expense", "--category", "Dining", "--amount", "12.50", "--description", "dinner");
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    String statuses() {
        return ok("list", "--format", "csv", "--sort", "date").out().lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(',')) + ":" + l.substring(l.lastIndexOf(',') + 1)).reduce((a, b) -> a + " " + b).orElse("");
    }

    @Test
    void markingTheStatementsTransactionsBringsTheDifferenceToZeroAndReconcilesThem() {
        String first = ok("--ascii", "reconcile", "Main", "--balance", "2095.70", "--date", "2024-03-15", "--mark-cleared", "1,2").out();
        assertTrue(first.contains("statement balance  2095.70 EUR\n"), first);
        assertTrue(first.contains("cleared balance    3045.70 EUR\n"), first); // 3100.00 - 54.30
        assertTrue(first.contains("difference         -950.00 EUR\n"), first);
        assertTrue(first.contains("|  3 | 2024-03-10 |       | rent        | -950.00 |"), first);
        assertTrue(!first.contains("dinner"), "after the statement's date: " + first);
        assertEquals("1:cleared 2:cleared 3:uncleared 4:uncleared", statuses());

        String done = ok("--ascii", "reconcile", "Main", "--balance", "2095.70", "--date", "2024-03-15", "--mark-cleared", "3").out();
        assertTrue(done.contains("difference         0.00 EUR\n"), done);
        assertTrue(done.contains("the difference is 0: 3 transactions are now reconciled; Main is reconciled to 2024-03-15\n"), done);
        assertEquals("1:reconciled 2:reconciled 3:reconciled 4:uncleared", statuses());
        String table = ok("--ascii", "list", "--sort", "date").out();
        assertTrue(table.contains("| Market | "), table);
        assertTrue(table.lines().filter(l -> l.endsWith("| R      |")).count() == 3, table);
    }

    @Test
    void theDateDefaultsToTodayAndUnmarkingAReconciledOneNeedsYes() {
        ok("reconcile", "Main", "--balance", "2083.20", "--mark-cleared", "1,2,3,4"); // today, 20 March: all four, - 12.50
        assertEquals("1:reconciled 2:reconciled 3:reconciled 4:reconciled", statuses());
        CliTest.Result refused = run("reconcile", "Main", "--balance", "0", "--unmark", "4");
        assertEquals(1, refused.code());
        assertEquals("finterm: transaction 4 is reconciled against a bank statement; changing it changes that statement's balance; "
                + "add --yes to change it anyway\n", refused.err());
        assertEquals("1:reconciled 2:reconciled 3:reconciled 4:reconciled", statuses());
        String back = ok("--ascii", "reconcile", "Main", "--balance", "2083.20", "--unmark", "4", "--yes").out();
        assertTrue(back.contains("difference         -12.50 EUR\n"), back); // 2083.20 - (2083.20 + 12.50)
        assertTrue(back.contains("|  4 | 2024-03-18 |       | dinner      | -12.50 |"), back);
        assertEquals("1:reconciled 2:reconciled 3:reconciled 4:uncleared", statuses());
    }

    @Test
    void aRefusedUnmarkOfAReconciledOneLeavesTheIdsToMarkClearedUnmarkedToo() {
        ok("reconcile", "Main", "--balance", "3045.70", "--date", "2024-03-05", "--mark-cleared", "1,2"); // 3100.00 - 54.30
        assertEquals("1:reconciled 2:reconciled 3:uncleared 4:uncleared", statuses());
        CliTest.Result refused = run("reconcile", "Main", "--balance", "2095.70", "--date", "2024-03-15", "--mark-cleared", "3",
                "--unmark", "2");
        assertEquals(1, refused.code());
        assertEquals("finterm: transaction 2 is reconciled against a bank statement; changing it changes that statement's balance; "
                + "add --yes to change it anyway\n", refused.err());
        assertEquals("1:reconciled 2:reconciled 3:uncleared 4:uncleared", statuses());
        CliTest.Result both = run("reconcile", "Main", "--balance", "0", "--mark-cleared", "3,4", "--unmark", "4");
        assertEquals(1, both.code());
        assertEquals("finterm: unmark: transaction 4 cannot be marked cleared and uncleared at once\n", both.err());
        assertEquals("1:reconciled 2:reconciled 3:uncleared 4:uncleared", statuses());
        ok("reconcile", "Main", "--balance", "0", "--date", "2024-03-15", "--mark-cleared", "3", "--unmark", "2", "--yes");
        assertEquals("1:reconciled 2:uncleared 3:cleared 4:uncleared", statuses());
    }

    @Test
    void badIdsAmountsAndAccountsAreRefusedInASentenceAndNothingIsMarked() {
        CliTest.Result notANumber = run("reconcile", "Main", "--balance", "10", "--mark-cleared", "1,x");
        assertEquals(2, notANumber.code(), "a malformed option is a usage error");
        assertTrue(notANumber.err().startsWith("Invalid value for option '--mark-cleared' (ID): 'x' is not a long"), notANumber.err());
        CliTest.Result missing = run("reconcile", "Main", "--balance", "10", "--mark-cleared", "1,99");
        assertEquals(1, missing.code());
        assertEquals("finterm: there is no transaction 99\n", missing.err());
        CliTest.Result amount = run("reconcile", "Main", "--balance", "lots", "--mark-cleared", "1");
        assertEquals(1, amount.code());
        assertEquals("finterm: balance: 'lots' is not a number\n", amount.err());
        CliTest.Result unknown = run("reconcile", "Nope", "--balance", "10");
        assertEquals("finterm: account: you have no account 'Nope'; `finterm account list` shows yours\n", unknown.err());
        ok("account", "add", "Old");
        ok("account", "close", "Old");
        CliTest.Result closed = run("reconcile", "Old", "--balance", "0");
        assertEquals(1, closed.code());
        assertEquals("finterm: account: the account 'Old' is closed; reopen it first\n", closed.err());
        assertEquals("1:uncleared 2:uncleared 3:uncleared 4:uncleared", statuses());
    }
}
