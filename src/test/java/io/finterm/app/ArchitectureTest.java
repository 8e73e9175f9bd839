package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked by reading the source tree. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/io/finterm");

    /** Library package → the one finterm package that may import it. */
    private static final Map<String, String> OWNERS = Map.of(
            "org.mapdb", "store",
            "com.googlecode.lanterna", "tui",
            "org.apache.sshd", "ssh",
            "org.apache.commons.math3", "analysis");

    @Test
    void eachLibraryIsImportedOnlyByItsLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = MAIN.relativize(file).getName(0).toString();
                for (String line : Files.readAllLines(file)) {
                    OWNERS.forEach((library, owner) -> {
                        if (line.startsWith("import " + library) && !layer.equals(owner)) {
                            violations.add(file + " imports " + library);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import io.finterm.") && !line.startsWith("import io.finterm.domain.")) {
                        violations.add(file + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void moneyNeverUsesFloatingPoint() throws IOException {
        for (String name : List.of("Money.java", "Rounding.java")) {
            String source = Files.readString(MAIN.resolve("domain").resolve(name));
            assertEquals(false, source.matches("(?s).*\\b(double|float)\\b.*"), name);
        }
    }
}
