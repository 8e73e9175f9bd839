package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.testdata.StoreFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about the store's format: the upgrade, once; fsck's line; a newer store. */
class StoreFormatCliTest {
    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    private Result run(Path data, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Map.of("HOME", temp.toString()),
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstCommandOnAnOldStoreSaysOnceThatItWasUpgradedAndFsckPrintsTheFormat() {
        Path data = StoreFixtures.copyStore("format1", temp.resolve("data"));
        Result first = run(data, "fsck");
        assertEquals(0, first.code(), first.err());
        assertEquals("finterm: the store was upgraded from format 1 to format 9; the old journal is kept as "
                + data.resolve("journal.format1.bak") + " for at least 30 days\nno problems found\n", first.err());
        assertTrue(first.out().startsWith("store format 9\n"), first.out());
        assertTrue(first.out().contains("transactions: 3101 rows"), first.out());

        Result second = run(data, "fsck");
        assertEquals("no problems found\n", second.err());
    }

    @Test
    void aStoreOfANewerFormatIsRefusedInOneSentence() throws Exception {
        Path data = StoreFixtures.copyStore("format1", temp.resolve("data"));
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("journal.log").toFile(), "rw")) {
            f.seek(4);
            f.writeInt(10);
        }
        Result r = run(data, "fsck");
        assertEquals(1, r.code());
        assertEquals("finterm: this store was written by a newer finterm (format 10); this finterm reads formats up to 9\n", r.err());
    }

    @Test
    void aStoreOfFormatTwoIsUpgradedOnceAndGetsItsAccounts() {
        Path data = StoreFixtures.copyStore("format2", temp.resolve("data"));
        Result first = run(data, "fsck");
        assertEquals(0, first.code(), first.err());
        assertEquals("finterm: the store was upgraded from format 2 to format 9; the old journal is kept as "
                + data.resolve("journal.format2.bak") + " for at least 30 days\nno problems found\n", first.err());
        assertTrue(first.out().startsWith("store format 9\n"), first.out());
        assertTrue(first.out().contains("transactions: 3105 rows"), first.out());
        assertTrue(first.out().contains("accounts: 6 rows"), first.out());
        assertEquals("no problems found\n", run(data, "fsck").err());
    }
}
