package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm delete} of a reconciled transaction, and {@code edit} of a transfer with a reconciled leg, ask first. */
class ReconciledDeleteAndTransferCliTest {
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

    @Test
    void deletingAReconciledTransactionWithoutATerminalIsRefusedUnlessConfirmedWithYes() {
        ok("add", "--date", "2024-03-05", "--type", "expense", "--category", "Groceries", "--amount", "54.30");
        ok("reconcile", "Main", "--balance", "-54.30", "--date", "2024-03-05", "--mark-cleared", "1");
        CliTest.Result refused = run("delete", "1");
        assertEquals(1, refused.code());
        assertEquals("finterm: transaction 1 is reconciled against a bank statement; deleting it changes that statement's balance; "
                + "add --yes to delete it anyway\n", refused.err());
        assertEquals(SplitCliTest.HEADER + "1,2024-03-05,expense,Groceries,54.30,EUR,,Main,,,reconciled\n", csv());
        assertEquals("deleted transaction 1 (2024-03-05 expense Groceries 54.30 EUR)\n", ok("delete", "1", "--yes").err());
        assertEquals(SplitCliTest.HEADER, csv());
    }

    @Test
    void aPlainDeleteStillNeedsYes() {
        ok("add", "--date", "2024-03-05", "--type", "expense", "--category", "Groceries", "--amount", "54.30");
        CliTest.Result refused = run("delete", "1");
        assertEquals(1, refused.code());
        assertEquals("finterm: this would delete transaction 1 (2024-03-05 expense Groceries 54.30 EUR); add --yes to do it\n",
                refused.err());
        ok("delete", "1", "--yes");
        assertEquals(SplitCliTest.HEADER, csv());
    }

    @Test
    void editingATransferWhoseOtherLegIsReconciledNeedsYesAndLeavesThatLegReconciled() {
        ok("account", "add", "Savings", "--type", "savings");
        ok("transfer", "--from", "Main", "--to", "Savings", "--amount", "500", "--date", "2024-03-05");
        ok("reconcile", "Main", "--balance", "-500", "--date", "2024-03-05", "--mark-cleared", "1");
        String before = csv();
        assertTrue(before.contains(",reconciled\n") && before.contains(",uncleared\n"), before);

        CliTest.Result refused = run("edit", "2", "--description", "rainy day");
        assertEquals(1, refused.code());
        assertEquals("finterm: transaction 1 (the other leg of transaction 2's transfer) is reconciled against a bank statement; "
                + "changing it changes that statement's balance; add --yes to change it anyway\n", refused.err());
        assertEquals(before, csv());
        CliTest.Result deleteRefused = run("delete", "2");
        assertEquals(1, deleteRefused.code());
        assertEquals(before, csv());

        ok("edit", "2", "--description", "rainy day", "--yes");
        String after = csv();
        assertEquals(before.lines().count(), after.lines().count());
        assertEquals(2, after.lines().filter(l -> l.contains("rainy day")).count(), after);
        assertTrue(after.lines().anyMatch(l -> l.startsWith("1,") && l.endsWith(",reconciled")), after);
        assertTrue(after.lines().anyMatch(l -> l.startsWith("2,") && l.endsWith(",uncleared")), after);
    }
}
