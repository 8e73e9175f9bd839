package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path temp;

    @Test
    void theShippedDefaultsAreOwaspsArgon2AndFiveFailuresForFifteenMinutesAnsweredOnA250MillisecondBeat() {
        Config defaults = Config.defaults();
        assertEquals(Argon2Params.OWASP, Settings.argon2(defaults));
        assertEquals(new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"),
                        Duration.ofMillis(250)),
                Settings.accounts(defaults));
        assertEquals(8, Settings.from(defaults).outlierMinSample());
    }

    @Test
    void overridesComeFromTheUsersConfigFile() throws Exception {
        Path xdg = temp.resolve("xdg");
        Files.createDirectories(xdg.resolve("finterm"));
        Files.writeString(xdg.resolve("finterm/finterm.properties"), "argon2.memory.kib=65536\nlockout.failures=3\n");
        Config config = Config.load(null, Map.of("XDG_CONFIG_HOME", xdg.toString(), "HOME", temp.toString()));
        assertEquals(new Argon2Params(65536, 2, 1), Settings.argon2(config));
        assertEquals(3, Settings.accounts(config).lockoutFailures());
    }

    @Test
    void impossibleArgon2SettingsAreNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("c.properties"), "argon2.memory.kib=8\nargon2.parallelism=4\n");
        Config config = Config.load(file, Map.of("HOME", temp.toString()));
        assertEquals("argon2.memory.kib: must be between 8 × parallelism and 4194304",
                assertThrows(ConfigException.class, () -> Settings.argon2(config)).getMessage());
    }

    @Test
    void undoKeepsAHundredStepsOrNinetyDaysByDefaultAndABadValueNamesItsKey() throws Exception {
        assertEquals(new io.finterm.service.UndoService.Retention(100, 90), Settings.from(Config.defaults()).undoRetention());
        Path file = temp.resolve("undo.properties");
        Files.writeString(file, "undo.keep.steps=20\nundo.keep.days=7\n");
        assertEquals(new io.finterm.service.UndoService.Retention(20, 7), Settings.undoRetention(Config.load(file, Map.of("HOME", temp.toString()))));
        Files.writeString(file, "undo.keep.steps=0\n");
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> Settings.undoRetention(Config.load(file, Map.of("HOME", temp.toString()))));
        assertEquals("undo.keep.steps: 0 is outside 1..1000000", e.getMessage());
    }
}
