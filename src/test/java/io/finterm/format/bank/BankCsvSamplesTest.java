package io.finterm.format.bank;

import static io.finterm.format.bank.Sources.read;
import static io.finterm.format.bank.Sources.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each sample export under {@code src/test/resources/bank/} read with no options: count, exact sum,
 * first and last date and a few fields, worked out by hand from the file. The ambiguous ones are
 * refused naming the option, and read once it is given.
 */
class BankCsvSamplesTest {
    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private static void assertClean(Sources.Read read, int count, String sum, LocalDate first, LocalDate last) {
        assertEquals(Map.of(), read.errors());
        assertEquals(count, read.rows().size());
        assertAmount(sum, read.sum());
        assertEquals(first, read.row(0).date());
        assertEquals(last, read.row(count - 1).date());
    }

    private static CsvOptions options(String dateFormat, Character decimal) {
        return new CsvOptions(null, null, null, dateFormat, decimal, Map.of(), null, null, false);
    }

    @Test
    void aSparkasseExportInIso88591WithTitleLinesAndTwoDigitYearsImportsWithNoOptions() {
        BankFile file = BankCsv.open(sample("de-sparkasse.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 6, "908.97", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 2));
        BankRow salary = read.row(1);
        assertAmount("2345.67", salary.amount());
        assertEquals("Bäckerei Groß & Söhne KG", salary.payee());
        assertEquals("GUTSCHRIFT Lohn/Gehalt 11/2026", salary.description());
        assertEquals("EUR", salary.currency());
        assertEquals(4L, read.row(0).line());
        BankRow rent = read.row(3);
        assertAmount("-1234.56", rent.amount());
        assertEquals(LocalDate.of(2026, 11, 21), rent.otherDate());
        assertEquals("Hausverwaltung Öztürk", rent.payee());
        assertEquals("Süßwaren Überall", read.row(2).payee());
        assertEquals("", read.row(4).payee());
        List<String> d = file.detected();
        assertTrue(d.contains("encoding: ISO-8859-1 or Windows-1252"), d::toString);
        assertTrue(d.contains("separator: semicolon"), d::toString);
        assertTrue(d.contains("date pattern: dd.MM.yy (two-digit years are 2000-2099)"), d::toString);
        assertTrue(d.contains("decimal mark: comma"), d::toString);
        assertTrue(d.contains("not used: Auftragskonto, Kontonummer/IBAN, BIC (SWIFT-Code), Info"), d::toString);
        assertTrue(d.stream().anyMatch(l -> l.startsWith("lines before the header: 2 skipped")), d::toString);
        // the closing balance line as wide as the header, its Buchungstag blank: not a row, and said so
        assertTrue(d.contains("after the data: 1 line skipped (\"DE00000000000000123456\";\"\";\"\";\"\";\"Endsaldo\";\"\";\"\";\"\";\"1.234…)"),
                d::toString);
    }

    @Test
    void aGermanFileWithASollHabenColumnReadsSAsMoneyOutAndKeepsTheCategoryAsALabel() {
        BankFile file = BankCsv.open(sample("de-soll-haben.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 3, "1496.20", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 2));
        assertAmount("-3.80", read.row(0).amount());
        assertAmount("2500.00", read.row(1).amount());
        assertEquals(List.of("Lebensmittel"), read.row(0).labels());
        assertEquals("Vermieterin Weiß", read.row(2).payee());
        assertTrue(file.detected().contains("balance (never read): Saldo"), file.detected()::toString);
        assertTrue(file.detected().contains("indicator: S/H"), file.detected()::toString);
    }

    @Test
    void aBritishExportWithPaidOutAndPaidInPoundsAndLinesBeforeTheHeaderImportsWithNoOptions() {
        BankFile file = BankCsv.open(sample("uk-bank.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 5, "-442.70", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 3));
        assertAmount("-4.50", read.row(0).amount());
        assertAmount("1050.00", read.row(1).amount());
        assertAmount("-1200.00", read.row(3).amount());
        assertEquals("GBP", read.row(1).currency());
        assertEquals("ACME LTD SALARY", read.row(1).description());
        assertEquals(List.of("FPI"), read.row(1).labels());
        assertEquals(6L, read.row(0).line());
        assertTrue(file.detected().contains("debit (money out): Paid out"), file.detected()::toString);
        assertTrue(file.detected().contains("date pattern: dd MMM yyyy"), file.detected()::toString);
    }

    @Test
    void anAmericanCardExportWithDebitAndCreditColumnsAndPostedDatesImportsWithNoOptions() {
        Sources.Read read = read(sample("us-card.csv"));
        assertClean(read, 4, "-849.84", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 3));
        assertEquals(LocalDate.of(2026, 11, 28), read.row(0).otherDate());
        assertAmount("-1299.99", read.row(1).amount());
        assertAmount("500.00", read.row(2).amount());
        assertEquals(List.of("Payment/Credit"), read.row(2).labels());
        assertEquals("AUTOPAY PAYMENT - THANK YOU", read.row(2).description());
        assertEquals("", read.row(0).currency());
    }

    @Test
    void anAmericanCheckingExportWithParenthesesReadsThemAsNegativeAndIgnoresARepeatedReference() {
        BankFile file = BankCsv.open(sample("us-checking.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 5, "2342.82", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 2));
        assertAmount("-45.00", read.row(1).amount());
        assertAmount("2500.00", read.row(0).amount());
        assertEquals("", read.row(0).bankId());
        assertEquals("", read.row(0).currency(), "a dollar sign names several currencies: the account decides");
        assertTrue(file.detected().contains("reference: Reference (not an id: 'NOTPROVIDED' is on more than one row)"), file.detected()::toString);
    }

    @Test
    void aFrenchExportWithNoBreakSpaceGroupingAndAUniqueReferenceImportsWithTheReferenceAsTheBanksId() {
        Sources.Read read = read(sample("fr-banque.csv"));
        assertClean(read, 4, "1118.24", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 5));
        assertAmount("2450.00", read.row(1).amount());
        assertAmount("-1234.56", read.row(2).amount());
        assertEquals("REF2026111903", read.row(2).bankId());
        assertEquals("CB CARREFOUR 18/11", read.row(2).description());
        assertEquals("EUR", read.row(0).currency());
    }

    @Test
    void aDutchExportWithAnAfBijColumnAndPositiveAmountsReadsAfAsMoneyOut() {
        Sources.Read read = read(sample("nl-bank.csv"));
        assertClean(read, 4, "1664.25", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 1));
        assertAmount("-23.45", read.row(0).amount());
        assertAmount("2750.00", read.row(1).amount());
        assertEquals("Albert Heijn 1234", read.row(0).payee());
        assertEquals("Pasvolgnr: 001 28-11-2026", read.row(0).description());
        assertEquals(List.of("BA", "Betaalautomaat"), read.row(0).labels());
        assertEquals("EUR", read.row(0).currency(), "the amount column is named Bedrag (EUR)");
    }

    @Test
    void aCrDrIndicatorColumnSaysWhichWayEachAmountWent() {
        Sources.Read read = read(sample("au-crdr.csv"));
        assertClean(read, 3, "3054.70", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 2));
        assertAmount("-56.30", read.row(0).amount());
        assertAmount("3200.00", read.row(1).amount());
    }

    @Test
    void datesThatFitBothDayFirstAndMonthFirstAreRefusedNamingTheOptionAndReadOnceItIsGiven() {
        FintermException e = assertThrows(FintermException.class, () -> BankCsv.open(sample("ambiguous-dates.csv"), CsvOptions.NONE));
        assertEquals("the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy", e.getMessage());
        Sources.Read read = read(BankCsv.open(sample("ambiguous-dates.csv"), options("dd/MM/yyyy", null)));
        assertClean(read, 3, "796.50", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 12));
        Sources.Read monthFirst = read(BankCsv.open(sample("ambiguous-dates.csv"), options("MM/dd/yyyy", null)));
        assertEquals(LocalDate.of(2026, 1, 2), monthFirst.row(0).date());
    }

    @Test
    void amountsThatAllLookLikeOneThousandAreRefusedNamingDecimalAndReadOnceItIsGiven() {
        FintermException e = assertThrows(FintermException.class, () -> BankCsv.open(sample("ambiguous-decimal.csv"), CsvOptions.NONE));
        assertEquals("every amount looks like 1.000 (such as '1.000'), which reads as one thousand or as one: add --decimal , or --decimal .",
                e.getMessage());
        Sources.Read comma = read(BankCsv.open(sample("ambiguous-decimal.csv"), options(null, ',')));
        assertClean(comma, 3, "11250", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 24));
        Sources.Read point = read(BankCsv.open(sample("ambiguous-decimal.csv"), options(null, '.')));
        assertAmount("11.25", point.sum());
    }

    @Test
    void aTabSeparatedExportWithBookingAndValueDatesImportsWithNoOptions() {
        BankFile file = BankCsv.open(sample("tab-bank.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 3, "-147.09", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 1));
        assertEquals("Example Insurance AG", read.row(0).payee());
        assertEquals("Policy 77-123 November", read.row(0).description());
        assertEquals(LocalDate.of(2026, 11, 27), read.row(0).otherDate());
        assertTrue(file.detected().contains("separator: tab"), file.detected()::toString);
    }

    @Test
    void aPipeSeparatedSwissExportWithApostropheGroupingAndCurrencyCodesImportsWithNoOptions() {
        Sources.Read read = read(sample("pipe-bank.csv"));
        assertClean(read, 3, "1100.25", LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 10));
        assertAmount("1234.50", read.row(1).amount());
        assertAmount("-49.90", read.row(2).amount());
        assertEquals("CHF", read.row(2).currency());
        assertEquals("Coop Basel", read.row(0).payee());
        assertEquals("Groceries", read.row(0).description());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkATitleLineAndATotalsLineAfterTheDataImportsWithNoOptions() {
        BankFile file = BankCsv.open(sample("es-banco.csv"), CsvOptions.NONE);
        Sources.Read read = read(file);
        assertClean(read, 3, "92.31", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 14));
        assertEquals("Recibo Teléfono Móvil", read.row(0).description());
        assertNull(read.row(0).otherDate());
        assertTrue(file.detected().contains("encoding: UTF-8 (with a byte order mark)"), file.detected()::toString);
        assertTrue(file.detected().contains("after the data: 1 line skipped (Saldo final;2.942,31)"), file.detected()::toString);
    }
}
