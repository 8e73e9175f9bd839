package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import io.finterm.format.bank.CamtSources.Read;
import io.finterm.testdata.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the camt.053 samples, modelled on {@code service.FuzzTest}: every mutated
 * file must give rows and/or row errors, or a {@link FintermException} with a message; never another
 * exception, never over 2 s. {@code mvn verify} runs {@value #CI_INPUTS} inputs; the long run is
 * {@code mvn -B test -Dtest=Camt053FuzzTest -Dfinterm.fuzz.inputs=100000}.
 */
@Tag("fuzz")
class Camt053FuzzTest {
    static final int CI_INPUTS = 2_000;
    private static final int INPUTS = Integer.getInteger("finterm.fuzz.inputs", CI_INPUTS);
    private static final long SEED = Long.getLong("finterm.fuzz.seed", 20261129L);
    private static final long MAX_NANOS = 2_000_000_000L;
    /** Pieces of camt and XML that a broken or hostile file is likely to hold where they do not belong. */
    private static final String[] PIECES = {"<Ntry>", "</Ntry>", "<TxDtls>", "</TxDtls>", "<Sts>BOOK</Sts>", "<Sts><Cd>PDNG</Cd></Sts>",
        "<Amt Ccy=\"EUR\">", "</Amt>", "<CdtDbtInd>CRDT</CdtDbtInd>", "DBIT", "<Stmt>", "</Stmt>", "<IBAN>DE00000000000000009999</IBAN>",
        "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "&#x9b;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->",
        "2026-02-30", "1e309", "-", ".", ",", "9999999999999999999", "\u001b[2J", "\u202e", "😀", "\"", "'", "<", ">", "/", "=",
        "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"", "camt.053.001.13", "x".repeat(60)};
    private static final Mutations MUTATIONS = new Mutations(PIECES, 40, 400);

    private static String sample(String file) {
        try (InputStream in = Camt053FuzzTest.class.getResourceAsStream("/bank/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values put in place of a text, so that the file stays well-formed and the entries' reading is what is tried. */
    private static final String[] VALUES = {"", " ", "BOOK", "PDNG", "INFO", "FUTR", "DBIT", "CRDT", "0", "0.00", "-1.00", "1,00", "1.123456",
        "12345678901234567890", "1e3", "2026-02-30", "2026-13-01", "2026-11-02T25:00:00", "2026-11-02T10:00:00Z", "EUR", "eur",
        "&#x9b;2J", "‮txt", "&amp;", "x".repeat(300)};
    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile(">([^<>]+)<");

    /** Replaces the text (or an attribute's value) of a few elements with a value from {@link #VALUES}. */
    static String mutateValues(String seed, Random random) {
        String s = seed;
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            java.util.regex.Matcher m = TEXT.matcher(s);
            List<int[]> texts = new java.util.ArrayList<>();
            while (m.find()) {
                texts.add(new int[] {m.start(1), m.end(1)});
            }
            int[] t = texts.get(random.nextInt(texts.size()));
            String value = VALUES[random.nextInt(VALUES.length)];
            s = random.nextInt(8) == 0 ? s.replace("Ccy=\"EUR\"", "Ccy=\"" + value.replace("\"", "") + "\"")
                    : s.substring(0, t[0]) + value + s.substring(t[1]);
        }
        return s;
    }

    @Test
    void everyStatementWithChangedValuesIsReadOrRefusedWithAMessage() {
        fuzz("camt.053 values", Camt053FuzzTest::mutateValues);
    }

    @Test
    void everyMutatedStatementIsReadOrRefusedWithAMessage() {
        fuzz("camt.053", MUTATIONS::mutate);
    }

    private static void fuzz(String target, java.util.function.BiFunction<String, Random, String> mutation) {
        List<String> seeds = List.of(sample("camt053-de-v02.xml"), sample("camt053-ch-v08.xml"), sample("camt053-missing-amount.xml"));
        Random random = new Random(SEED ^ target.hashCode());
        int refused = 0;
        int withErrors = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = mutation.apply(seeds.get(random.nextInt(seeds.size())), random);
            long start = System.nanoTime();
            try {
                BankFile file = Camt053.open(CamtSources.text("fuzz.xml", input));
                file.detected().forEach(line -> assertEquals(Text.clean(line), line, "a detected line with a control character"));
                Read read = Read.of(file);
                read.rows().forEach(Camt053FuzzTest::wellFormed);
                withErrors += read.errors().isEmpty() ? 0 : 1;
            } catch (FintermException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail(target + ": a refusal without a message for input #" + i + ": " + shown(input));
                }
                assertEquals(Text.clean(e.getMessage()), e.getMessage(), "a message with a control character");
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(target + ": input #" + i + " threw " + e + " for " + shown(input), e);
            }
            if (System.nanoTime() - start > MAX_NANOS) {
                fail(target + ": input #" + i + " took over 2 s: " + shown(input));
            }
        }
        System.out.printf("fuzz %s: %d inputs, %d refused with a message, %d with row errors, %d read%n", target,
                INPUTS, refused, withErrors, INPUTS - refused - withErrors);
    }

    /** What every row of every file must be, however broken the file was. */
    private static void wellFormed(BankRow row) {
        assertNotNull(row.date());
        assertNotNull(row.amount());
        if (row.amount().signum() == 0) {
            fail("a row of zero: " + row);
        }
        for (String text : List.of(row.currency(), row.payee(), row.description(), row.bankId())) {
            assertEquals(Text.clean(text).strip(), text, "text not cleaned: " + row);
        }
    }

    private static String shown(String input) {
        return input.length() > 300 ? input.substring(0, 300) + "…" : input.replace("\u001b", "\\e");
    }
}
