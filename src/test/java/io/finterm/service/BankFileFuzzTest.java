package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.FileKind;
import io.finterm.format.bank.ImportSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The import fuzzer's targets for bank files, one per format and one for detection: mutations of
 * the committed sample exports ({@code src/test/resources/bank/}) go through the whole import path,
 * format recognition included; each is imported or refused with a message, and a refusal changes
 * nothing. The long run: {@code mvn -B test -Dtest=BankFileFuzzTest -Dfinterm.fuzz.inputs=100000}.
 */
@Tag("fuzz")
class BankFileFuzzTest {
    /** Each input is a whole import into a store, so fewer of them than the parsers' targets get. */
    private static final int INPUTS = Math.max(1, Integer.getInteger("finterm.fuzz.inputs", FuzzTest.CI_INPUTS) / 5);

    /** The samples of one kind, as text: bytes as ISO-8859-1 characters, so that any encoding comes back byte for byte. */
    private static List<String> samples(FileKind kind) throws Exception {
        Path dir = Path.of(BankFileFuzzTest.class.getResource("/bank").toURI());
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                ImportSource source = source(p.getFileName().toString(), Files.readAllBytes(p));
                try {
                    if (FileKind.of(source) == kind) {
                        out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                    }
                } catch (FintermException notAKind) {
                    // an empty or binary sample is no seed
                }
            }
        }
        assertFalse(out.isEmpty(), "there are " + kind.label() + " samples");
        return out;
    }

    static ImportSource source(String name, byte[] bytes) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** Mutated text as bytes: a sample's own bytes where it was not changed, UTF-8 for what was inserted beyond Latin-1. */
    private static byte[] bytes(String text) {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        return latin1.newEncoder().canEncode(text) ? text.getBytes(latin1) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void importsOrRefusesChangingNothing(FileKind kind) throws Exception {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        FuzzTest.fuzz(kind.label(), samples(kind), text -> {
            long before = fx.store.version();
            try {
                fx.imports.importFile(alice, source("fuzz", bytes(text)), new ImportService.Options(false, false), n -> { });
            } catch (FintermException e) {
                assertEquals(before, fx.store.version(), "a refused import changed the store");
                throw e;
            }
        }, INPUTS);
    }

    @Test
    void bankCsvFiles() throws Exception {
        importsOrRefusesChangingNothing(FileKind.BANK_CSV);
    }

    @Test
    void ofxFiles() throws Exception {
        importsOrRefusesChangingNothing(FileKind.OFX);
    }

    @Test
    void qifFiles() throws Exception {
        importsOrRefusesChangingNothing(FileKind.QIF);
    }

    @Test
    void camt053Files() throws Exception {
        importsOrRefusesChangingNothing(FileKind.CAMT053);
    }

    @Test
    void detectionOfAnyFileWritesNothing() throws Exception {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        List<String> all = new ArrayList<>();
        for (FileKind kind : List.of(FileKind.BANK_CSV, FileKind.OFX, FileKind.QIF, FileKind.CAMT053)) {
            all.addAll(samples(kind));
        }
        FuzzTest.fuzz("detection", all, text -> {
            long before = fx.store.version();
            try {
                fx.imports.detect(alice, source("fuzz", bytes(text)), new ImportService.Options(true, false));
            } finally {
                assertEquals(before, fx.store.version(), "detection changed the store");
            }
        }, INPUTS);
    }
}
