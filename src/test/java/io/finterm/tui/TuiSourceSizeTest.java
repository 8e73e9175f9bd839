package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house limit on a source file, for the screens: past about 400 lines a class is split along a seam. */
class TuiSourceSizeTest {
    private static final int LIMIT = 400;

    @Test
    void noScreenSourceFileIsLongerThanFourHundredLines() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/finterm/tui"))) {
            List<String> over = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > LIMIT)
                    .map(f -> f.getFileName() + " " + lines(f)).sorted().toList();
            assertEquals(List.of(), over);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
