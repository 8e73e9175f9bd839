package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void eachLibraryIsUsedOnlyByItsLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Reference r : references()) {
            OWNERS.forEach((library, owner) -> {
                if (r.target().startsWith(library + ".") && !r.layer().equals(owner)) {
                    violations.add(r.toString());
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    /** The front ends talk to services only: none of them reaches into the store, imported or by its full name. */
    @Test
    void noFrontEndReferencesTheStore() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Reference r : references()) {
            if (List.of("tui", "cli", "ssh", "web").contains(r.layer()) && r.target().startsWith("io.finterm.store.")) {
                violations.add(r.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Formats (files in and out) and reports (for people) stand below the services and beside each other. */
    @Test
    void formatsAndReportsUseNeitherTheStoreNorTheServicesNorAFrontEnd() throws IOException {
        List<String> below = List.of("io.finterm.store.", "io.finterm.service.", "io.finterm.tui.", "io.finterm.cli.",
                "io.finterm.ssh.", "io.finterm.app.");
        List<String> violations = new ArrayList<>();
        for (Reference r : references()) {
            boolean forbidden = below.stream().anyMatch(r.target()::startsWith)
                    || (r.layer().equals("format") && r.target().startsWith("io.finterm.report."))
                    || (r.layer().equals("report") && r.target().startsWith("io.finterm.format."));
            if ((r.layer().equals("format") || r.layer().equals("report")) && forbidden) {
                violations.add(r.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckSeesFullyQualifiedNamesAndIgnoresComments() {
        List<String> found = referencesIn("class X { /* io.finterm.store.Store in a comment */ // org.mapdb.DB too\n"
                + " String s = \"io.finterm.store.Schema\"; Object o = io.finterm.store.Store.open(null);"
                + " org.mapdb.DB db; }");
        assertEquals(List.of("io.finterm.store.Store.open", "org.mapdb.DB"), found);
    }

    /** One reference from a file of {@code layer} to a fully qualified {@code target}, by import or in the code. */
    record Reference(String layer, Path file, String target) {
        @Override
        public String toString() {
            return file + " refers to " + target;
        }
    }

    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:io\\.finterm|org\\.mapdb|com\\.googlecode\\.lanterna|org\\.apache\\.sshd|org\\.apache\\.commons\\.math3)(?:\\.\\w+)+");

    /** Every reference in the main sources: imports and fully qualified names, outside comments and strings. */
    private static List<Reference> references() throws IOException {
        List<Reference> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = MAIN.relativize(file).getName(0).toString();
                for (String target : referencesIn(Files.readString(file))) {
                    all.add(new Reference(layer, file, target));
                }
            }
        }
        return all;
    }

    private static List<String> referencesIn(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("(?m)^package .*$", "");
        List<String> found = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theDomainDependsOnNoOtherLayer() throws IOException {
        assertEquals(List.of(), importsOutside("domain", List.of("io.finterm.domain.")));
    }

    /** analysis and chart are pure: no files, no store, no services, no terminal; chart knows only itself. */
    @Test
    void analysisAndChartsArePure() throws IOException {
        List<String> io = List.of("java.io.File", "java.nio.", "java.net.", "com.googlecode.lanterna");
        List<String> violations = new ArrayList<>(importsOf("analysis", io));
        violations.addAll(importsOf("chart", io));
        violations.addAll(importsOutside("analysis", List.of("io.finterm.analysis.", "io.finterm.domain.")));
        violations.addAll(importsOutside("chart", List.of("io.finterm.chart.")));
        assertEquals(List.of(), violations);
    }

    /** The imports of finterm classes in {@code layer} that start with none of {@code allowed}. */
    private static List<String> importsOutside(String layer, List<String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        for (String imported : imports(layer)) {
            if (imported.contains("io.finterm.") && allowed.stream().noneMatch(a -> imported.contains(" " + a))) {
                found.add(imported);
            }
        }
        return found;
    }

    /** The imports in {@code layer} of anything starting with one of {@code forbidden}. */
    private static List<String> importsOf(String layer, List<String> forbidden) throws IOException {
        return imports(layer).stream().filter(i -> forbidden.stream().anyMatch(f -> i.contains(" " + f))).toList();
    }

    /** "file: import x.y.Z;" for every import line of the layer's sources. */
    private static List<String> imports(String layer) throws IOException {
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ")) {
                        imports.add(file.getFileName() + ": " + line.replace("import static ", "import "));
                    }
                }
            }
        }
        return imports;
    }

    @Test
    void moneyNeverUsesFloatingPoint() throws IOException {
        for (String name : List.of("Money.java", "Rounding.java")) {
            String source = Files.readString(MAIN.resolve("domain").resolve(name));
            assertEquals(false, source.matches("(?s).*\\b(double|float)\\b.*"), name);
        }
    }
}
