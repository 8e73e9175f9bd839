package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path temp;

    @Test
    void theDefaultDataDirectoryFollowsXdg() {
        assertEquals(temp.resolve(".local/share/finterm"), Config.load(null, Map.of("HOME", temp.toString())).dataDirectory());
        assertEquals(temp.resolve("xdg/finterm"),
                Config.load(null, Map.of("HOME", "/nowhere", "XDG_DATA_HOME", temp.resolve("xdg").toString())).dataDirectory());
    }

    @Test
    void aBadConfigValueNamesItsKey() throws Exception {
        Path file = temp.resolve("finterm.properties");
        Files.writeString(file, "lockout.failures=many\ncurrency.base=EURO\n");
        Config cfg = Config.load(file, Map.of("HOME", temp.toString()));
        assertEquals("lockout.failures: 'many' is not a whole number",
                assertThrows(ConfigException.class, () -> cfg.integer("lockout.failures", 1, 100)).getMessage());
        assertEquals("currency.base: 'EURO' is not an ISO 4217 currency code",
                assertThrows(ConfigException.class, cfg::baseCurrency).getMessage());
        assertEquals(19456, Config.defaults().integer("argon2.memory.kib", 1024, 4_194_304));
    }
}
