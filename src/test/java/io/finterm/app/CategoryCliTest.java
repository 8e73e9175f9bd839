package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm category …}, through the real entry point, as {@link CliTest} runs it. */
class CategoryCliTest {
    private static final String PW = CliTest.ALICE_PW + "\n";

    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    private CliTest.Result ok(String... args) {
        return cli.ok(PW, withUser(args));
    }

    private static String[] withUser(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--as";
        all[args.length + 1] = "alice";
        all[args.length + 2] = "--password-stdin";
        return all;
    }

    private String csv() {
        return ok("category", "list", "--format", "csv").out();
    }

    @Test
    void aCategoryIsAddedRenamedMergedAndDeletedAndTheListCountsTransactions() {
        cli.add("2024-03-01", "expense", "Dining", "12.50", "lunch");
        assertTrue(csv().contains("\nDining,expense,1\n"), csv());
        assertEquals("added the expense category Pets\n", ok("category", "add", "Pets", "--type", "expense").err());
        assertEquals("added the income category Gifts\n", ok("category", "add", "Gifts", "--type", "income").err());
        assertTrue(csv().contains("\nGifts,income,0\n") && csv().contains("\nPets,expense,0\n"), csv());
        assertEquals("renamed the expense category Pets to Animals\n", ok("category", "rename", "Pets", "Animals").err());
        assertEquals("merged Dining into Animals: 1 transaction moved\n", ok("category", "merge", "Dining", "Animals").err());
        assertTrue(csv().contains("\nAnimals,expense,1\n") && !csv().contains("Dining"), csv());
        assertEquals("deleted the category Gifts\n", ok("category", "delete", "Gifts").err());
        assertTrue(!csv().contains("Gifts"), csv());
    }

    @Test
    void deletingACategoryInUseOffersTheMergeAndChangesNothing() {
        cli.add("2024-03-01", "expense", "Dining", "12.50", "lunch");
        CliTest.Result r = cli.run(PW, withUser("category", "delete", "Dining"));
        assertEquals(1, r.code());
        assertEquals("finterm: category: 'Dining' still has 1 transaction; merge it into another expense category instead\n", r.err());
        assertTrue(csv().contains("\nDining,expense,1\n"), csv());
    }

    @Test
    void badCategoryCommandsAreOneSentence() {
        CliTest.Result missing = cli.run(PW, withUser("category", "rename", "Yachts", "Boats"));
        assertEquals("finterm: category: there is no category 'Yachts'\n", missing.err());
        assertEquals(1, missing.code());
        CliTest.Result taken = cli.run(PW, withUser("category", "add", "dining", "--type", "expense"));
        assertEquals("finterm: category: there is already an expense category 'dining'\n", taken.err());
        CliTest.Result noType = cli.run(PW, withUser("category", "add", "Pets"));
        assertEquals(2, noType.code(), noType.err());
        ok("category", "add", "Bonus", "--type", "expense");
        ok("category", "add", "Bonus", "--type", "income");
        CliTest.Result both = cli.run(PW, withUser("category", "delete", "Bonus"));
        assertEquals("finterm: type: there is an expense and an income category 'Bonus': say which type\n", both.err());
        assertEquals("deleted the category Bonus\n", ok("category", "delete", "Bonus", "--type", "income").err());
    }
}
