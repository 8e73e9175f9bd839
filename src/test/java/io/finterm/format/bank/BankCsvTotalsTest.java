package io.finterm.format.bank;

import static io.finterm.format.bank.Sources.read;
import static io.finterm.format.bank.Sources.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Totals and closing-balance lines as wide as the header: after the last row they are skipped and
 * said so; in the middle of the data, or shaped like a date that does not exist, they are errors.
 */
class BankCsvTotalsTest {
    /** Three rows: -850,00 + 2.100,00 - 62,50 = 1.187,50, from 01.11.2026 to 28.11.2026. */
    private static final String DATA = "Buchungstag;Verwendungszweck;Betrag\n"
            + "01.11.2026;Miete November;-850,00\n"
            + "15.11.2026;Gehalt;2.100,00\n"
            + "28.11.2026;Supermarkt;-62,50\n";

    private static void assertTheThreeRows(Sources.Read r) {
        assertEquals(Map.of(), r.errors());
        assertEquals(3, r.rows().size());
        assertEquals(new BigDecimal("1187.50"), r.sum());
        assertEquals(LocalDate.of(2026, 11, 1), r.row(0).date());
        assertEquals(LocalDate.of(2026, 11, 28), r.row(2).date());
    }

    @Test
    void aTotalsOrClosingBalanceLineAsWideAsTheHeaderAfterTheLastRowIsSkippedAndSaidSo() {
        Map<String, String> endings = new LinkedHashMap<>();
        endings.put("Total;;987,50\n", "after the data: 1 line skipped (Total;;987,50)");
        endings.put(";Endsaldo;1.234,56\n", "after the data: 1 line skipped (;Endsaldo;1.234,56)");
        endings.put("\"Kontostand am 28.11.2026\";;\"1.234,56\"", "after the data: 1 line skipped (\"Kontostand am 28.11.2026\";;\"1.234,56\")");
        endings.forEach((ending, said) -> {
            BankFile file = BankCsv.open(text(DATA + ending), CsvOptions.NONE);
            assertTheThreeRows(read(file));
            assertTrue(file.detected().contains(said), () -> ending + " " + file.detected());
        });
    }

    @Test
    void severalLinesAfterTheDataOfThisWidthOrAnotherAreCountedAndTheFirstIsShownShort() {
        String first = "Summe der Umsätze im Zeitraum vom 01.11.2026 bis zum 28.11.2026 laut Kontoauszug";
        BankFile file = BankCsv.open(text(DATA + "\n" + first + ";;1.187,50\n;Endsaldo;1.234,56\nErstellt am 29.11.2026\n"),
                CsvOptions.NONE);
        assertTheThreeRows(read(file));
        assertTrue(file.detected().contains("after the data: 3 lines skipped (" + first.substring(0, 60) + "…)"), file.detected()::toString);
    }

    @Test
    void aLineWhoseDateIsNoDateBetweenTwoRowsIsStillThatLinesError() {
        BankFile file = BankCsv.open(text("Buchungstag;Verwendungszweck;Betrag\n01.11.2026;a;-1,00\nTotal;;5,00\n;Zwischensaldo;4,00\n"
                + "02.11.2026;b;-2,00\n"), CsvOptions.NONE);
        Sources.Read r = read(file);
        assertEquals(Map.of(3L, "date: 'Total' is not a date written dd.MM.yyyy", 4L, "date: is empty"), r.errors());
        assertEquals(2, r.rows().size());
        assertEquals(new BigDecimal("-2.00"), r.row(1).amount());
        assertFalse(file.detected().stream().anyMatch(d -> d.startsWith("after the data")), file.detected()::toString);
    }

    @Test
    void aLastLineShapedLikeADateThatDoesNotExistIsStillAnError() {
        Sources.Read dayless = read(text(DATA + "31.02.2026;Storno;1,00\n"));
        assertEquals(Map.of(5L, "date: '31.02.2026' does not exist"), dayless.errors());
        Sources.Read monthless = read(text(DATA + "2026-13-01;Storno;1,00\n"));
        assertEquals(Map.of(5L, "date: '2026-13-01' is not a date written dd.MM.yyyy"), monthless.errors());
        assertEquals(3, monthless.rows().size());
    }

    @Test
    void onlyTheLastHundredSuchLinesAreHeldBackTheOnesBeforeAreErrors() {
        String text = DATA + ";Saldo;1,00\n".repeat(150);
        BankFile file = BankCsv.open(text(text), CsvOptions.NONE);
        Sources.Read r = read(file);
        assertEquals(50, r.errors().size());
        assertEquals("date: is empty", r.errors().get(5L));
        assertEquals("date: is empty", r.errors().get(54L));
        assertEquals(3, r.rows().size());
        assertTrue(file.detected().contains("after the data: 100 lines skipped (;Saldo;1,00)"), file.detected()::toString);
    }

    @Test
    void aTotalsLinePastTheFirstMegabyteIsSkippedAndSaidSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Buchungstag;Verwendungszweck;Betrag\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 40_000; i++) {
            out.writeBytes(String.format("02.11.2026;Zeile %06d;-1,00\n", i).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("Total;;-40.000,00\n".getBytes(StandardCharsets.UTF_8));
        BankFile file = BankCsv.open(Sources.bytes("big.csv", out.toByteArray()), CsvOptions.NONE);
        Sources.Read r = read(file);
        assertEquals(Map.of(), r.errors());
        assertEquals(40_000, r.rows().size());
        assertEquals(new BigDecimal("-40000.00"), r.sum());
        assertTrue(file.detected().contains("after the data: 1 line skipped (Total;;-40.000,00)"), file.detected()::toString);
    }

    @Test
    void rowsWithoutDatesInAFileWhereNoRowHasADateAreEachAnErrorNotSkipped() {
        BankFile file = BankCsv.open(text("Buchungstag;Verwendungszweck;Betrag\n;Miete;-850,00\n;Gehalt;2.100,00\nSumme;1.250,00\n"),
                CsvOptions.NONE);
        Sources.Read r = read(file);
        assertEquals(Map.of(2L, "date: is empty", 3L, "date: is empty"), r.errors());
        assertEquals(0, r.rows().size());
        assertTrue(file.detected().contains("after the data: 1 line skipped (Summe;1.250,00)"), file.detected()::toString);
    }

    @Test
    void aLastRowWithAFieldTooManyOrTooFewIsAnErrorNotALineAfterTheData() {
        String head = "Buchungstag;Verwendungszweck;Betrag\n01.11.2026;Miete;-900,00\n";
        Sources.Read extra = Sources.read(Sources.text(head + "03.11.2026;Kiosk;-3,00;extra\n"));
        assertEquals(1, extra.rows().size());
        assertEquals(java.util.Map.of(3L, "row: 4 fields, the header has 3"), extra.errors());
        Sources.Read shortRow = Sources.read(Sources.text(head + "05.11.2026;-45,00\n"));
        assertEquals(java.util.Map.of(3L, "row: 2 fields, the header has 3"), shortRow.errors());
    }
}
