package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("HOME", temp.toString()));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstRunCreatesTheStoreAndTheSecondOpensIt() {
        Path dir = temp.resolve("data");
        Result first = run("--data", dir.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("finterm dev: store in " + dir + " (created)\n", first.out());
        Result second = run("--data", dir.toString(), "--check");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("finterm dev: store in " + dir + " (opened)\n"), second.out());
        assertTrue(second.out().contains("  transactions: 0 rows\n"), second.out());
        assertTrue(second.out().endsWith("no problems found\n"), second.out());
        assertTrue(Files.exists(dir.resolve("finterm.log")));
    }

    @Test
    void theDefaultDataDirectoryFollowsXdg() {
        Result r = run();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(temp.resolve(".local/share/finterm").toString()), r.out());
    }

    @Test
    void aStoreInUseIsOneSentenceAndExitCodeOne() {
        Path dir = temp.resolve("busy");
        try (Store store = Store.open(dir)) {
            Result r = run("--data", dir.toString());
            assertEquals(1, r.code());
            assertEquals("finterm: the store in " + dir + " is in use by another finterm process\n", r.err());
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneSentence() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        Result r = run("--data", file.toString());
        assertEquals(1, r.code());
        assertEquals("finterm: cannot use " + file + " as the data directory: it is a file\n", r.err());
    }

    @Test
    void theLogGrowsAcrossRuns() throws Exception {
        Path dir = temp.resolve("logged");
        run("--data", dir.toString());
        run("--data", dir.toString());
        String log = Files.readString(dir.resolve("finterm.log"));
        assertTrue(log.contains("opened (CREATED)") && log.contains("opened (CLEAN)"), log);
    }

    @Test
    void usageErrorsExitWithTwo() {
        Result r = run("--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--no-such-option'"), r.err());
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = temp.resolve("nope.properties");
        Result r = run("--config", missing.toString(), "--data", temp.resolve("d").toString());
        assertEquals(1, r.code());
        assertEquals("finterm: the configuration file " + missing + " does not exist\n", r.err());
    }

    @Test
    void aBadConfigValueNamesItsKey() throws Exception {
        Path file = temp.resolve("finterm.properties");
        Files.writeString(file, "lockout.failures=many\ncurrency.base=EURO\n");
        Config cfg = Config.load(file, Map.of("HOME", temp.toString()));
        assertEquals("lockout.failures: 'many' is not a whole number",
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> cfg.integer("lockout.failures", 1, 100)).getMessage());
        assertEquals("currency.base: 'EURO' is not an ISO 4217 currency code",
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, cfg::baseCurrency).getMessage());
        assertEquals(19456, Config.defaults().integer("argon2.memory.kib", 1024, 4_194_304));
    }
}
