package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm audit}: administrators read the audit log as text, CSV or JSON; anyone else is refused. */
class AuditCliTest {
    private static final String ROOT_PW = "root-password-1";
    private static final String ALICE_PW = "alice-password-1";

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("data").toString()));
        all.addAll(Arrays.asList(args));
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of("HOME", temp.toString()), Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result ok(String stdin, String... args) {
        Result r = run(stdin, args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @BeforeEach
    void rootAndAlice() {
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        ok(ROOT_PW + "\n" + ALICE_PW + "\n", "user", "add", "alice", "--as", "root", "--password-stdin");
    }

    @Test
    void jsonListsEveryEventNewestFirstWithTheDetailOnlyWhereThereIsOne() {
        Result r = ok(ROOT_PW + "\n", "audit", "--format", "json", "--as", "root", "--password-stdin");
        String at = "\"at\":\"2026-11-30T10:00:00Z\",";
        assertEquals("{\"events\":["
                + "{" + at + "\"actor\":\"root\",\"user\":\"root\",\"event\":\"login.ok\",\"from\":\"cli\",\"detail\":\"password\"},"
                + "{" + at + "\"actor\":\"root\",\"user\":\"alice\",\"event\":\"user.created\",\"from\":\"cli\",\"detail\":\"user\"},"
                + "{" + at + "\"actor\":\"root\",\"user\":\"root\",\"event\":\"login.ok\",\"from\":\"cli\",\"detail\":\"password\"},"
                + "{" + at + "\"actor\":\"\",\"user\":\"root\",\"event\":\"user.created\",\"from\":\"cli\",\"detail\":\"admin\"}"
                + "]}\n", r.out());
    }

    @Test
    void jsonLeavesOutAnEmptyDetail() {
        ok(ROOT_PW + "\n", "user", "unlock", "alice", "--as", "root", "--password-stdin");
        Result r = ok(ROOT_PW + "\n", "audit", "--user", "alice", "--limit", "1", "--format", "json", "--as", "root", "--password-stdin");
        assertEquals("{\"events\":[{\"at\":\"2026-11-30T10:00:00Z\",\"actor\":\"root\",\"user\":\"alice\",\"event\":\"user.unlocked\","
                + "\"from\":\"cli\"}]}\n", r.out());
    }

    @Test
    void textAndCsvShowTheColumnsAndAFailedLoginOfNoOneShowsADash() {
        assertEquals(1, run("not-the-password\n", "list", "--as", "nobody-here", "--password-stdin").code());
        Result text = ok(ROOT_PW + "\n", "audit", "--limit", "2", "--as", "root", "--password-stdin");
        List<String> lines = text.out().lines().filter(l -> l.contains("login.")).toList();
        assertEquals(2, lines.size(), text.out());
        assertTrue(lines.get(0).matches(".*2026-11-30 10:00:00.*root.*root.*login\\.ok.*cli.*"), lines.get(0));
        assertTrue(lines.get(1).matches(".*2026-11-30 10:00:00\\W+-\\W+-\\W+login\\.failed\\W+cli\\W+unknown username.*"), lines.get(1));
        assertTrue(text.out().lines().anyMatch(l -> l.matches(".*at\\W+actor\\W+user\\W+event\\W+from\\W+detail.*")), text.out());

        Result csv = ok(ROOT_PW + "\n", "audit", "--user", "alice", "--format", "csv", "--as", "root", "--password-stdin");
        assertEquals("at,actor,user,event,from,detail\n2026-11-30T10:00:00Z,root,alice,user.created,cli,user\n", csv.out());
    }

    @Test
    void fromADayOnShowsNothingOlder() {
        Result r = ok(ROOT_PW + "\n", "audit", "--from", "2026-12-01", "--as", "root", "--password-stdin");
        assertEquals("no events\n", r.out());
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedWithExitOne() {
        Result r = run(ALICE_PW + "\n", "audit", "--as", "alice", "--password-stdin");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("only an administrator may read the audit log"), r.err());
    }

    @Test
    void aFormatThatIsNotOneOfTheThreeIsAUsageErrorNamingTheOption() {
        Result r = run(ROOT_PW + "\n", "audit", "--format", "xml", "--as", "root", "--password-stdin");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format: 'xml' is not one of text, csv, json"), r.err());
    }

    @Test
    void aLimitOutsideItsRangeIsAUsageErrorNamingTheOption() {
        for (String bad : List.of("0", "-3", "100001")) {
            Result r = run(ROOT_PW + "\n", "audit", "--limit", bad, "--as", "root", "--password-stdin");
            assertEquals(2, r.code(), bad);
            assertEquals("", r.out());
            assertTrue(r.err().contains("--limit: must be between 1 and ") && r.err().contains("not " + bad), r.err());
        }
    }

    @Test
    void aFromThatIsNoDateIsAUsageErrorNamingTheOption() {
        Result r = run(ROOT_PW + "\n", "audit", "--from", "someday", "--as", "root", "--password-stdin");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--from") && r.err().contains("someday"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
