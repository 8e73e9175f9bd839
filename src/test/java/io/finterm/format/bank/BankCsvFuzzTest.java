package io.finterm.format.bank;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of every sample bank CSV, detected and read with no options: each must give rows
 * and/or row errors, or a {@link FintermException} with a message, within 2 s; anything else thrown is
 * a bug. {@code mvn verify} runs {@value #CI_INPUTS} inputs; the long run is
 * {@code mvn -B test -Dtest=BankCsvFuzzTest -Dfinterm.fuzz.inputs=100000}. Modelled on the service's FuzzTest.
 */
@Tag("fuzz")
class BankCsvFuzzTest {
    static final int CI_INPUTS = 2_000;
    private static final int INPUTS = Integer.getInteger("finterm.fuzz.inputs", CI_INPUTS);
    private static final long SEED = Long.getLong("finterm.fuzz.seed", 20261129L);
    private static final long MAX_NANOS = 2_000_000_000L;
    private static final String[] SAMPLES = {"de-sparkasse.csv", "de-soll-haben.csv", "uk-bank.csv", "us-card.csv", "us-checking.csv",
        "fr-banque.csv", "nl-bank.csv", "au-crdr.csv", "ambiguous-dates.csv", "ambiguous-decimal.csv", "tab-bank.csv", "pipe-bank.csv",
        "es-banco.csv"};
    private static final String[] PIECES = {"\"", ",", ";", "\t", "|", "\n", "\r\n", "\r", "\u001b]52;c;", "\u009b", "\u202e", "\u00a0",
        "\u202f", "\uFEFF", "-", "+", "(", ")", "..", ",,", "1.000", "1,000", "9999999999999999999999999", "€", "£", "$", "EUR", " CR",
        " DR", "31.02.2026", "13/13/2026", "02/30/2026", "Date", "Amount", "Betrag", "Valuta", "Umsatz", "Af Bij", "Debit", "Credit",
        "Reference", "NOTPROVIDED", "\"unclosed", "😀", "\u0000", "x".repeat(60)};
    private static final Mutations MUTATIONS = new Mutations(PIECES, 12, 80);

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = BankCsvFuzzTest.class.getResourceAsStream("/bank/" + name)) {
                byte[] bytes = in.readAllBytes();
                seeds.add(new String(bytes, name.equals("de-sparkasse.csv") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    @Test
    void everyMutatedBankCsvIsReadOrRefusedWithAMessage() {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = MUTATIONS.mutate(seeds.get(random.nextInt(seeds.size())), random);
            // some inputs as Latin-1 bytes (a character outside it becomes '?'), most as UTF-8
            byte[] bytes = input.getBytes(random.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            long start = System.nanoTime();
            try {
                BankFile file = BankCsv.open(Sources.bytes("fuzz.csv", bytes), CsvOptions.NONE);
                file.detected();
                file.read(row -> { }, (line, why) -> {
                    if (why == null || why.isBlank() || line < 1) {
                        fail("a row error without a line or reason: " + line + " " + why);
                    }
                });
            } catch (FintermException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail("a refusal without a message for input #" + i + ": " + shown(input));
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input #" + i + " threw " + e + " for " + shown(input), e);
            }
            if (System.nanoTime() - start > MAX_NANOS) {
                fail("input #" + i + " took over 2 s: " + shown(input));
            }
        }
        System.out.printf("fuzz bank CSV: %d inputs, %d refused with a message, %d read%n", INPUTS, refused, INPUTS - refused);
    }

    private static String shown(String input) {
        return input.length() > 600 ? input.substring(0, 600) + "…" : input.replace("\u001b", "\\e");
    }
}
