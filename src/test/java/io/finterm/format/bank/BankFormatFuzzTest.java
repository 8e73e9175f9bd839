package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.FintermException;
import io.finterm.testdata.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the OFX/QFX and QIF readers, after {@code service/FuzzTest}: every
 * mutated sample must be read into rows and errors, or refused with a {@link FintermException} that
 * has a message; nothing else may be thrown, and no input may take over 2 s. {@code mvn verify} runs
 * {@value #CI_INPUTS} inputs per target; the long run is
 * {@code mvn -B test -Dtest=BankFormatFuzzTest -Dfinterm.fuzz.inputs=100000}.
 */
@Tag("fuzz")
class BankFormatFuzzTest {
    static final int CI_INPUTS = 2_000;
    private static final int INPUTS = Integer.getInteger("finterm.fuzz.inputs", CI_INPUTS);
    private static final long SEED = Long.getLong("finterm.fuzz.seed", 20261129L);
    private static final long MAX_NANOS = 2_000_000_000L;
    private static final String[] PIECES = {"<", ">", "</", "<STMTTRN>", "</STMTTRN>", "<STMTRS>", "</STMTRS>", "<TRNAMT>", "<DTPOSTED>",
        "<FITID>", "<NAME>", "</BANKTRANLIST>", "<CCSTMTRS>", "<!DOCTYPE OFX [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;",
        "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "CHARSET:", "ENCODING:UTF-8", "\n", "\r\n", "\r", "\t", "^\n", "!Type:Bank\n",
        "!Type:Invst\n", "!Account\n", "!Option:AutoSwitch\n", "!Clear:AutoSwitch\n", "D", "T", "U", "$", "S", "E", "L[", "]", "'", "/",
        ".", ",", "-", "+", "1,234", "1.234,56", "02/30", "13/13/2026", "20261131", "[-5:EST]", "9".repeat(40), "\u0000", "\u001b]52;c;",
        "\u202e", "\uFEFF", "é", "😀", "x".repeat(70)};
    private static final Mutations MUTATIONS = new Mutations(PIECES, 12, 200);

    private static String sample(String name) {
        try (InputStream in = BankFormatFuzzTest.class.getResourceAsStream("/bank/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens and reads {@link #INPUTS} mutations of the samples; anything but rows, errors or a clear refusal fails. */
    private static void fuzz(String name, List<String> samples, Function<ImportSource, BankFile> open) {
        Random random = new Random(SEED ^ name.hashCode());
        int refused = 0;
        int rows = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = MUTATIONS.mutate(samples.get(random.nextInt(samples.size())), random);
            // half as the samples' own bytes (windows-1252 and friends), half as UTF-8
            byte[] bytes = input.getBytes(random.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            long start = System.nanoTime();
            try {
                List<BankRow> read = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                BankFile file = open.apply(Sources.bytes(name + ".fuzz", bytes));
                assertFalse(file.detected().isEmpty(), name + ": nothing detected for input #" + i);
                file.read(read::add, (line, error) -> errors.add(error));
                for (BankRow row : read) {
                    assertNotNull(row.date(), name + ": a row without a date for input #" + i);
                    assertNotNull(row.amount(), name + ": a row without an amount for input #" + i);
                }
                for (String error : errors) {
                    assertFalse(error.isBlank(), name + ": a blank error for input #" + i);
                }
                rows += read.size();
            } catch (FintermException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail(name + ": a refusal without a message for input #" + i + ": " + shown(input));
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(name + ": input #" + i + " threw " + e + " for " + shown(input), e);
            }
            if (System.nanoTime() - start > MAX_NANOS) {
                fail(name + ": input #" + i + " took over 2 s: " + shown(input));
            }
        }
        System.out.printf("fuzz %s: %d inputs, %d refused with a message, %d read (%d rows)%n", name, INPUTS, refused, INPUTS - refused, rows);
    }

    private static String shown(String input) {
        return input.length() > 300 ? input.substring(0, 300) + "…" : input.replace("\u001b", "\\e");
    }

    @Test
    void ofxAndQfxFilesAreReadOrRefusedWithAMessage() {
        fuzz("ofx", List.of(sample("ofx1-bank.ofx"), sample("qfx-card.qfx"), sample("ofx2-bank.ofx")), Ofx::open);
    }

    @Test
    void qifFilesAreReadOrRefusedWithAMessage() {
        List<String> samples = List.of(sample("qif-bank.qif"), sample("qif-card.qif"), sample("qif-ambiguous.qif"));
        fuzz("qif", samples, source -> Qif.open(source, null));
        fuzz("qif with options", samples, source -> Qif.open(source, "dd/MM/yyyy", ','));
    }
}
