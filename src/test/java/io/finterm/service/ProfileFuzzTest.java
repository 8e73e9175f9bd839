package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.FintermException;
import io.finterm.domain.ImportProfile;
import io.finterm.format.bank.BankFile;
import io.finterm.format.bank.BankFiles;
import io.finterm.format.bank.BankRow;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.FileKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.format.bank.Layout;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Profiles applied to mutated bank files ({@link io.finterm.testdata.Mutations} of the samples): chosen by header
 * or by name, each import gives rows, or errors by line, or a refusal with a message, and a refusal changes nothing;
 * and a mutated file that opens reads the same rows again with the layout it gave. The long run:
 * {@code mvn -B test -Dtest=ProfileFuzzTest -Dfinterm.fuzz.inputs=100000}.
 */
@Tag("fuzz")
class ProfileFuzzTest {
    /** Each input is a whole import, as in {@link BankFileFuzzTest}. */
    private static final int INPUTS = Math.max(1, Integer.getInteger("finterm.fuzz.inputs", FuzzTest.CI_INPUTS) / 5);

    /** Every sample CSV and QIF file by name, as text: bytes as ISO-8859-1 characters, so that any encoding comes back byte for byte. */
    private static Map<String, String> samples() throws Exception {
        Path dir = Path.of(ProfileFuzzTest.class.getResource("/bank").toURI());
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".qif")).toList()) {
                out.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static byte[] bytes(String text) {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        return latin1.newEncoder().canEncode(text) ? text.getBytes(latin1) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static CsvOptions given(String name) {
        return switch (name) {
            case "ambiguous-dates.csv" -> new CsvOptions(null, null, null, "dd/MM/yyyy", null, Map.of(), null, null, false);
            case "ambiguous-decimal.csv" -> new CsvOptions(null, null, null, null, ',', Map.of(), null, null, false);
            case "qif-ambiguous.qif" -> new CsvOptions(null, null, null, "MM/dd/yyyy", null, Map.of(), null, null, false);
            default -> CsvOptions.NONE;
        };
    }

    /** A store where alice has a profile for every sample. */
    private static List<String> profiled(Accounts fx, Session alice, Map<String, String> samples) {
        ProfileService profiles = new ProfileService(fx.store, fx.accounts);
        List<String> names = new ArrayList<>();
        samples.forEach((file, text) -> {
            String name = file.substring(0, file.indexOf('.'));
            profiles.save(alice, name, BankFileFuzzTest.source(file, bytes(text)), given(file), null);
            names.add(name);
        });
        return names;
    }

    private static void importsOrRefusesChangingNothing(boolean byName) throws Exception {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        ProfileService profiles = new ProfileService(fx.store, fx.accounts);
        Map<String, String> samples = samples();
        profiled(fx, alice, samples);
        List<ImportProfile> saved = profiles.list(alice);
        FuzzTest.fuzz(byName ? "profile by name" : "profile by header", new ArrayList<>(samples.values()), text -> {
            long before = fx.store.version();
            ImportSource source = BankFileFuzzTest.source("fuzz", bytes(text));
            try {
                String name = byName ? named(saved, text) : null;
                ProfileService.Resolved r = profiles.resolve(alice, source, name, null, null);
                fx.imports.importFile(alice, source, new ImportService.Options(false, false, r.account(), "fuzz", r.options()), n -> { });
            } catch (FintermException e) {
                assertEquals(before, fx.store.version(), "a refused import changed the store");
                throw e;
            }
        }, INPUTS);
    }

    /**
     * The profile of the sample the text came from, when its first header name is still in it, so that the mutation
     * is what is tested, not a wrong profile; else any one, by the text's hash (a wrong kind or missing columns).
     */
    private static String named(List<ImportProfile> saved, String text) {
        for (ImportProfile p : saved) {
            if (!p.header().isEmpty() && text.contains(String.join(String.valueOf(p.delimiter()), p.header().subList(0, 2)))) {
                return p.name();
            }
        }
        return saved.get(Math.floorMod(text.hashCode(), saved.size())).name();
    }

    @Test
    void mutatedFilesWithTheProfileTheirHeaderMatches() throws Exception {
        importsOrRefusesChangingNothing(false);
    }

    @Test
    void mutatedFilesWithAProfileNamedForThem() throws Exception {
        importsOrRefusesChangingNothing(true);
    }

    private record Read(List<BankRow> rows, List<String> errors) {
    }

    private static Read read(BankFile file) {
        List<BankRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        file.read(rows::add, (line, error) -> errors.add(line + ": " + error));
        return new Read(rows, errors);
    }

    @Test
    void aMutatedFileThatOpensReadsTheSameRowsWithTheLayoutItGave() throws Exception {
        Map<String, String> samples = samples();
        List<String> seeds = new ArrayList<>(samples.values());
        FuzzTest.fuzz("layout", seeds, text -> {
            ImportSource source = BankFileFuzzTest.source("fuzz", bytes(text));
            FileKind kind = FileKind.of(source);
            if (kind != FileKind.BANK_CSV && kind != FileKind.QIF) {
                return;
            }
            BankFile first = BankFiles.open(kind, source, CsvOptions.NONE);
            Read before;
            try {
                before = read(first);
            } catch (FintermException e) {
                return; // the whole file refused while reading: there are no rows to compare
            }
            Layout layout = first.layout().orElseThrow();
            Read again = read(BankFiles.open(kind, source, layout.options()));
            assertEquals(before, again, "the layout " + layout + " reads the file otherwise");
        }, INPUTS);
    }

    @Test
    void everySampleHasAProfile() throws Exception {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        Map<String, String> samples = samples();
        profiled(fx, alice, samples);
        assertEquals(samples.size(), new ProfileService(fx.store, fx.accounts).list(alice).stream().map(ImportProfile::name).count());
    }
}
