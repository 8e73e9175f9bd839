package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log rotates past its limit, keeps a set number of files, and every one of them is 0600. */
class RotatingLogHandlerTest {
    @TempDir
    Path dir;

    @Test
    void theLogRotatesPastItsLimitAndKeepsFiveFilesAllPrivate() throws Exception {
        Path log = dir.resolve("finterm.log");
        RotatingLogHandler handler = new RotatingLogHandler(log, 1_000, 5);
        handler.setFormatter(new SimpleFormatter());
        for (int i = 0; i < 200; i++) {
            handler.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(80)));
        }
        handler.close();

        for (String name : new String[] {"finterm.log", "finterm.log.1", "finterm.log.2", "finterm.log.3", "finterm.log.4"}) {
            Path f = dir.resolve(name);
            assertTrue(Files.exists(f), name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), name);
            assertTrue(Files.size(f) < 1_000 + 300, name + " is " + Files.size(f) + " bytes");
        }
        assertFalse(Files.exists(dir.resolve("finterm.log.5")));
        assertTrue(Files.readString(log).contains("line 199 "), "the newest lines are in finterm.log");
        assertFalse(Files.readString(dir.resolve("finterm.log.1")).contains("line 199 "));
        assertTrue(Files.readString(dir.resolve("finterm.log.4")).contains("line "));
    }

    @Test
    void aLogLeftFullByAnEarlierRunIsRotatedBeforeTheFirstLine() throws Exception {
        Path log = dir.resolve("finterm.log");
        Files.writeString(log, "y".repeat(1_000) + "\n");
        RotatingLogHandler handler = new RotatingLogHandler(log, 1_000, 5);
        handler.setFormatter(new SimpleFormatter());
        handler.publish(new LogRecord(Level.INFO, "the first line of this run"));
        handler.close();
        assertEquals("y".repeat(1_000) + "\n", Files.readString(dir.resolve("finterm.log.1")));
        assertTrue(Files.readString(log).contains("the first line of this run"));
    }
}
