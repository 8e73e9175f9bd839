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
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `user list` shows times in the zone finterm is given, not in the JVM's default zone. */
class UserListZoneTest {
    @TempDir
    Path temp;

    private String run(Clock clock, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = temp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of("HOME", temp.toString()), clock);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void userListShowsTimesInTheGivenZone() {
        Clock tokyo = Clock.fixed(Instant.parse("2024-03-20T10:00:00Z"), ZoneId.of("Asia/Tokyo"));
        run(tokyo, "root-password-1\n", "init", "--admin", "root", "--password-stdin");
        String list = run(tokyo, "root-password-1\n", "user", "list", "--as", "root", "--password-stdin");
        assertTrue(list.contains("2024-03-20 19:00"), list);
    }
}
