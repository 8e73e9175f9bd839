package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large semicolon, decimal-comma file streams: rows are handed on one by one and only counted and summed here. */
class BankCsvStreamingTest {
    @Test
    void twoHundredThousandRowsOfASemicolonDecimalCommaFileAreAllReadWithTheExactSum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        int rows = 200_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Buchungstag;Valutadatum;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Betrag;Waehrung\n");
            for (int i = 0; i < rows; i++) {
                // amounts -1.000,01 … in a cycle of 1000 cents: the sum is worked out below, not read back
                int cents = i % 1000 + 1;
                out.write(String.format("%02d.11.26;%02d.11.26;Zahlung %d;Firma %d;-1.%03d,%02d;EUR%n",
                        i % 28 + 1, i % 28 + 1, i, i % 97, cents / 100 % 1000, cents % 100));
            }
        }
        // each row is -(1000 + cents/100 … ) : -1.0CC,DD with CC = cents / 100, DD = cents % 100 → -(1000 + cents / 100.0)
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < rows; i++) {
            int cents = i % 1000 + 1;
            expected = expected.subtract(BigDecimal.valueOf(100_000 + cents / 100 * 100 + cents % 100, 2));
        }
        long[] count = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        BankFile bank = BankCsv.open(Sources.file(file), CsvOptions.NONE);
        bank.read(r -> {
            count[0]++;
            sum[0] = sum[0].add(r.amount());
        }, (line, why) -> {
            throw new AssertionError("line " + line + ": " + why);
        });
        assertEquals(rows, count[0]);
        assertEquals(expected, sum[0]);
    }
}
