package io.finterm.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden text files under {@code src/test/resources/golden/}. A missing or different file fails the
 * test; the files are rewritten only on purpose, with {@code -Dfinterm.golden.update=true}, and the
 * change then shows in {@code git diff} for review.
 */
final class Golden {
    static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("finterm.golden.update");

    private Golden() {
    }

    static void assertMatches(String name, List<String> lines) {
        String actual = String.join("\n", lines) + "\n";
        Path file = DIRECTORY.resolve(name + ".txt");
        try {
            if (UPDATE) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), () -> "no golden file " + file + "; write it on purpose with -Dfinterm.golden.update=true");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    () -> name + " differs from " + file + "; if the change is intended, refresh with -Dfinterm.golden.update=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
