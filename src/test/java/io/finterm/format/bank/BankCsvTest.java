package io.finterm.format.bank;

import static io.finterm.format.bank.Sources.read;
import static io.finterm.format.bank.Sources.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole-file behaviour: strictness, lines after the data, encodings, what must see every row, and the overrides. */
class BankCsvTest {
    private static CsvOptions negate() {
        return new CsvOptions(null, null, null, null, null, Map.of(), null, null, true);
    }

    @Test
    void aRowOfAnotherWidthInTheMiddleOfTheDataIsThatLinesErrorAndNothingIsShifted() {
        Sources.Read r = read(text("Date;Text;Amount\n2026-11-01;a;-1,50\n2026-11-02;b;x;-2,50\n2026-11-03;c;-3,50\n"));
        assertEquals(Map.of(3L, "row: 4 fields, the header has 3"), r.errors());
        assertEquals(2, r.rows().size());
        assertEquals(new BigDecimal("-3.50"), r.row(1).amount());
    }

    @Test
    void linesOfAnotherWidthAfterTheLastRowAreSkippedAsTotalsAndSaidSo() {
        BankFile file = BankCsv.open(text("Date;Text;Amount\n2026-11-01;a;-1,50\n\nTotal;-1,50\nClosing balance: 100,00\n"), CsvOptions.NONE);
        Sources.Read r = read(file);
        assertEquals(Map.of(), r.errors());
        assertEquals(1, r.rows().size());
        assertTrue(file.detected().contains("after the data: 2 lines skipped (Total;-1,50)"), file.detected()::toString);
    }

    @Test
    void aDayThatDoesNotExistIsItsRowsErrorAndTheOtherRowsStillRead() {
        Sources.Read r = read(text("Datum;Betrag\n28.02.2026;1,00\n31.02.2026;2,00\n"));
        assertEquals(Map.of(3L, "date: '31.02.2026' does not exist"), r.errors());
        assertEquals(1, r.rows().size());
    }

    @Test
    void anAmountThatIsNotExactlyANumberUnderTheDetectedMarkIsItsRowsError() {
        Sources.Read r = read(text("Datum;Betrag\n01.11.2026;-1.234,56\n02.11.2026;1.23.4\n"));
        assertEquals(Map.of(3L, "amount: '1.23.4' is not an amount with a decimal comma"), r.errors());
    }

    @Test
    void amountsMixingBothMarksAreRefusedNamingDecimal() {
        FintermException e = assertThrows(FintermException.class,
                () -> BankCsv.open(text("Date;Amount\n2026-11-01;1,50\n2026-11-02;2.50\n"), CsvOptions.NONE));
        assertEquals("the amounts mix a decimal comma ('1,50') and a decimal point ('2.50'): add --decimal , or --decimal .", e.getMessage());
    }

    @Test
    void aRowWithBothDebitAndCreditFilledIsAnErrorAndANegativeDebitIsStillMoneyOut() {
        Sources.Read r = read(text("Date,Debit,Credit\n2026-11-01,-4.00,\n2026-11-02,5.00,6.00\n2026-11-03,,7.00\n"));
        assertEquals(Map.of(3L, "amount: both Debit ('5.00') and Credit ('6.00') are filled"), r.errors());
        assertEquals(new BigDecimal("-4.00"), r.row(0).amount());
        assertEquals(new BigDecimal("7.00"), r.row(1).amount());
    }

    @Test
    void anIndicatorThatIsNeitherDebitNorCreditIsTheRowsError() {
        Sources.Read r = read(text("Date,Amount,CR/DR\n2026-11-01,4.00,DR\n2026-11-02,5.00,XX\n2026-11-03,-5.00,CR\n"));
        assertEquals(new BigDecimal("-4.00"), r.row(0).amount());
        assertEquals("indicator: 'XX' is neither a debit (DR, D, S, Af) nor a credit (CR, C, H, Bij)", r.errors().get(3L));
        assertEquals("amount: '-5.00' is negative, but the indicator says 'CR' (money in)", r.errors().get(4L));
    }

    @Test
    void negateFlipsEverySign() {
        Sources.Read r = read(BankCsv.open(text("Date,Amount\n2026-11-01,4.00\n2026-11-02,-5.00\n"), negate()));
        assertEquals(List.of(new BigDecimal("-4.00"), new BigDecimal("5.00")), r.rows().stream().map(BankRow::amount).toList());
    }

    @Test
    void anEmptyFileOrOneWithoutAKnownHeaderIsRefusedWithASentence() {
        assertEquals("the file is empty: a bank CSV needs a header line and rows",
                assertThrows(FintermException.class, () -> BankCsv.open(text("\n\n"), CsvOptions.NONE)).getMessage());
        assertTrue(assertThrows(FintermException.class, () -> BankCsv.open(text("a;b\n1;2\n"), CsvOptions.NONE)).getMessage()
                .startsWith("no header with column names finterm knows"));
    }

    @Test
    void aLineOver64KiBIsRefused() {
        String text = "Date;Text;Amount\n2026-11-01;" + "x".repeat(70_000) + ";1,00\n";
        assertEquals("line 2 is longer than 64 KiB: this is not a bank's CSV file",
                assertThrows(FintermException.class, () -> BankCsv.open(text(text), CsvOptions.NONE)).getMessage());
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithItsLine() {
        BankFile file = BankCsv.open(text("Date;Text;Amount\n2026-11-01;a;1,00\n2026-11-02;\"b;2,00\n"), CsvOptions.NONE);
        FintermException e = assertThrows(FintermException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith("line 3: the CSV quoting is broken"), e.getMessage());
    }

    /** A file of {@code rows} rows of about 40 bytes, {@code last} as its last line: over a megabyte, so past the head. */
    private static byte[] big(int rows, String header, String row, byte[] last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows; i++) {
            out.writeBytes(String.format(row, i).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(last);
        return out.toByteArray();
    }

    @Test
    void anInvalidUtf8ByteLateInTheFileMakesItWindows1252() {
        byte[] last = "2026-11-28;Caf\u00e9 Paris;-3,00\n".getBytes(StandardCharsets.ISO_8859_1);
        BankFile file = BankCsv.open(Sources.bytes("late.csv", big(40_000, "Date;Text;Amount", "2026-11-01;Row %06d text;-1,00\n", last)),
                CsvOptions.NONE);
        assertTrue(file.detected().contains("encoding: ISO-8859-1 or Windows-1252"), file.detected()::toString);
        Sources.Read r = read(file);
        assertEquals(40_001, r.rows().size());
        assertEquals("Café Paris", r.row(40_000).description());
    }

    @Test
    void aReferenceRepeatedOnlyPastTheFirstMegabyteIsStillNotAnId() {
        byte[] last = "2026-11-28;R000001;-3,00\n".getBytes(StandardCharsets.UTF_8);
        BankFile file = BankCsv.open(Sources.bytes("refs.csv", big(60_000, "Date;Reference;Amount", "2026-11-01;R%06d;-1,00\n", last)),
                CsvOptions.NONE);
        assertTrue(file.detected().contains("reference: Reference (not an id: 'R000001' is on more than one row)"), file.detected()::toString);
        assertEquals("", read(file).row(0).bankId());
    }

    @Test
    void datesThatStayAmbiguousForAMegabyteAreDecidedByALaterRow() {
        byte[] last = "11/28/2026,Late,-3.00\n".getBytes(StandardCharsets.UTF_8);
        BankFile file = BankCsv.open(Sources.bytes("late-dates.csv", big(60_000, "Date,Text,Amount", "11/01/2026,Row %06d,-1.00\n", last)),
                CsvOptions.NONE);
        assertTrue(file.detected().contains("date pattern: MM/dd/yyyy"), file.detected()::toString);
        Sources.Read r = read(file);
        assertEquals(LocalDate.of(2026, 11, 1), r.row(0).date());
        assertEquals(60_001, r.rows().size());
    }

    @Test
    void encodingOverridesDetection() {
        byte[] bytes = "Date;Text;Amount\n2026-11-01;Caf\u00c3\u00a9;1,00\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvOptions latin1 = new CsvOptions(null, StandardCharsets.ISO_8859_1, null, null, null, Map.of(), null, null, false);
        assertEquals("Café", read(BankCsv.open(Sources.bytes("x.csv", bytes), CsvOptions.NONE)).row(0).description());
        assertEquals("Caf\u00c3\u00a9", read(BankCsv.open(Sources.bytes("x.csv", bytes), latin1)).row(0).description());
    }

    @Test
    void controlCharactersInCellsAreStripped() {
        Sources.Read r = read(text("Date;Payee;Amount\n2026-11-01;\"Evil\u001b]52;c;x\u0007 Shop\";1,00\n"));
        assertTrue(!r.row(0).payee().contains("\u001b"), r.row(0).payee());
    }

    @Test
    void optionsThatCannotBeRightAreRefusedWithASentence() {
        CsvOptions skip = new CsvOptions(null, null, -1, null, null, Map.of(), null, null, false);
        CsvOptions decimal = new CsvOptions(null, null, null, null, 'x', Map.of(), null, null, false);
        assertEquals("--skip -1: the lines before the header are 0 or more",
                assertThrows(FintermException.class, () -> BankCsv.open(text("Date,Amount\n"), skip)).getMessage());
        assertEquals("--decimal x: the decimal mark is , or .",
                assertThrows(FintermException.class, () -> BankCsv.open(text("Date,Amount\n"), decimal)).getMessage());
    }

    @Test
    void aFileWithOnlyAHeaderHasNoRowsAndSaysItSawNoDates() {
        BankFile file = BankCsv.open(text("Date;Amount\n"), CsvOptions.NONE);
        assertEquals(0, read(file).rows().size());
        assertTrue(file.detected().contains("date pattern: none (no dates to read)"), file.detected()::toString);
    }

    @Test
    void aFileWhoseLinesEndInCarriageReturnsAloneIsReadHoweverLong() {
        String rows = "2026-11-01;Row;-1,00\r".repeat(5_000);
        Sources.Read r = read(text("Date;Text;Amount\r" + rows));
        assertEquals(Map.of(), r.errors());
        assertEquals(5_000, r.rows().size());
        assertEquals(5_001L, r.row(4_999).line());
    }
}
