package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm export --format csv}: one's transactions as CSV, a split as rows sharing an id, and back in with {@code import}. */
class CsvExportCliTest {
    private static final String ROOT_PW = "root-password-1";
    private static final String ALICE_PW = "alice-password-1";
    private static final String BOB_PW = "bob-password-12";

    @TempDir
    Path temp;

    private record Result(int code, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("data").toString()));
        all.addAll(Arrays.asList(args));
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of("HOME", temp.toString()), Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result ok(String stdin, String... args) {
        Result r = run(stdin, args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void aSplitGoesOutAsRowsSharingAnIdAndComesBackWholeIntoAnotherAccount() throws Exception {
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        ok(ROOT_PW + "\n" + ALICE_PW + "\n", "user", "add", "alice", "--as", "root", "--password-stdin");
        ok(ROOT_PW + "\n" + BOB_PW + "\n", "user", "add", "bob", "--as", "root", "--password-stdin");
        Path receipt = Path.of(getClass().getResource("/csv/split-receipt.csv").toURI());
        ok(ALICE_PW + "\n", "import", receipt.toString(), "--as", "alice", "--password-stdin");

        Path out = temp.resolve("alice.csv");
        Result exported = ok(ALICE_PW + "\n", "export", "--format", "csv", "--out", out.toString(), "--as", "alice", "--password-stdin");
        assertEquals("wrote " + out + " (3 transactions)\n", exported.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,date,type,account,category,amount,currency,description,payee,tags,status,memo", lines.get(0));
        assertEquals(6, lines.size(), "the header, three lines of the receipt, the dinner and the salary");
        String shopId = lines.get(1).split(",")[0];
        assertEquals(List.of(shopId + ",2026-03-05,expense,Main,Groceries,40.00,EUR,weekly shop,Supermarket,home;q1,cleared,food",
                shopId + ",2026-03-05,expense,Main,Shopping,10.00,EUR,weekly shop,Supermarket,home;q1,cleared,soap",
                shopId + ",2026-03-05,expense,Main,Groceries,4.30,EUR,weekly shop,Supermarket,home;q1,cleared,fruit"),
                lines.subList(1, 4), "one row per line, each with the transaction's id");
        assertTrue(!lines.get(4).startsWith(shopId + ",") && !lines.get(5).startsWith(shopId + ","), lines.toString());

        ok(BOB_PW + "\n", "import", out.toString(), "--as", "bob", "--password-stdin");
        String bobs = ok(BOB_PW + "\n", "list", "--as", "bob", "--password-stdin", "--format", "csv", "--sort", "date").out();
        String alices = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv", "--sort", "date").out();
        assertEquals(alices.lines().map(l -> l.substring(l.indexOf(','))).toList(),
                bobs.lines().map(l -> l.substring(l.indexOf(','))).toList(), "the same three transactions, the split whole");
        assertEquals(4, bobs.lines().count());

        Result bad = run(ALICE_PW + "\n", "export", "--format", "xml", "--out", out.toString(), "--as", "alice", "--password-stdin");
        assertEquals(List.of(1, "finterm: format: 'xml' is not json or csv\n"), List.of(bad.code(), bad.err()));
    }
}
