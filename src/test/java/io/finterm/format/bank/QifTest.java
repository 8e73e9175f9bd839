package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.FintermException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QifTest {
    /** The day the two-digit-year window is worked out from: 2026, so a year above 27 after a slash is 19yy. */
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private static String message(String text) {
        return assertThrows(FintermException.class, () -> Sources.lines(Qif.open(Sources.text("t.qif", text), null))).getMessage();
    }

    private static Sources.Lines read(String text) {
        return Sources.lines(Qif.open(Sources.text("t.qif", text), null));
    }

    @Test
    void aQuickenBankFileWithApostropheYearsPaddedDaysAndASplitIsRead() {
        BankFile file = Qif.open(Sources.sample("qif-bank.qif"), null, null, NOV_2026);
        assertEquals(List.of("format: QIF (!Type:Bank)", "account: Checking (the file's !Account)", "encoding: UTF-8",
                "date pattern: MM/dd/yyyy (two-digit years after '/' are 1900s above 27, 2000s otherwise)", "decimal mark: .", "transactions: 7"), file.detected());
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(7, read.rows().size());
        assertEquals(new BigDecimal("473.89"), read.sum());
        BankRow rent = read.rows().get(0);
        assertEquals(new BankRow(6, LocalDate.of(2026, 10, 1), null, new BigDecimal("-1250.00"), "", "Maple Street Rentals",
                "October rent, check 1041", "", List.of("Housing:Rent"), List.of()), rent);
        assertEquals(LocalDate.of(2026, 10, 14), read.rows().get(2).date());
        assertEquals(List.of("transfer:Savings"), read.rows().get(3).labels());
        assertEquals(List.of(new BankRow.Line(new BigDecimal("-97.22"), "Groceries", "Food"),
                new BankRow.Line(new BigDecimal("-44.95"), "Household:Cleaning", "Cleaning supplies")), read.rows().get(4).lines());
        BankRow last = read.rows().get(6);
        assertEquals(LocalDate.of(2026, 11, 28), last.date());
        assertEquals(List.of("ATM"), last.labels());
        assertEquals("Cash withdrawal", last.payee());
    }

    @Test
    void aEuropeanCardFileInWindows1252WithDecimalCommasAndDottedDatesIsRead() {
        BankFile file = Qif.open(Sources.sample("qif-card.qif"), null, null, NOV_2026);
        assertEquals(List.of("format: QIF (!Type:CCard)", "encoding: windows-1252", "date pattern: dd.MM.yyyy (two-digit years after '/' are 1900s above 27, 2000s otherwise)",
                "decimal mark: ,", "transactions: 5"), file.detected());
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(5, read.rows().size());
        assertEquals(new BigDecimal("-92.89"), read.sum());
        assertEquals(LocalDate.of(2026, 11, 3), read.rows().get(0).date());
        assertEquals(new BigDecimal("-1234.56"), read.rows().get(0).amount());
        assertEquals("Électro Dépôt", read.rows().get(0).payee());
        assertEquals("Lave-linge", read.rows().get(0).description());
        assertEquals(List.of("Transport:Carburant"), read.rows().get(2).labels());
        assertEquals(LocalDate.of(2026, 11, 27), read.rows().get(4).date());
    }

    @Test
    void datesThatFitBothOrdersAreRefusedAndTheDateFormatOptionDecides() {
        ImportSource ambiguous = Sources.sample("qif-ambiguous.qif");
        assertEquals("the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy",
                assertThrows(FintermException.class, () -> Qif.open(ambiguous, null)).getMessage());
        Sources.Lines dayFirst = Sources.lines(Qif.open(ambiguous, "dd/MM/yyyy"));
        assertEquals(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 5)),
                dayFirst.rows().stream().map(BankRow::date).toList());
        assertEquals(new BigDecimal("44.50"), dayFirst.sum());
        Sources.Lines monthFirst = Sources.lines(Qif.open(ambiguous, "MM/dd/yyyy"));
        assertEquals(LocalDate.of(2026, 1, 2), monthFirst.rows().get(0).date());
    }

    @Test
    void amountsThatOnlyLookLikeThousandsAreRefusedAndTheDecimalOptionDecides() {
        String text = "!Type:Bank\nD2026-11-02\nT1,250\n^\nD2026-11-03\nT-2,500\n^\n";
        assertEquals("every amount with a separator looks like 1,234 or 1.234 (line 3), which could be thousands or a decimal: "
                + "add --decimal . or --decimal ,", message(text));
        Sources.Lines read = Sources.lines(Qif.open(Sources.text("t.qif", text), null, ','));
        assertEquals(List.of(new BigDecimal("1.250"), new BigDecimal("-2.500")), read.rows().stream().map(BankRow::amount).toList());
    }

    @Test
    void splitLinesThatDoNotAddUpAreThatRecordsError() {
        Sources.Lines read = read("!Type:Bank\nD11/28/2026\nT-10.00\nSFood\n$-6.00\nSFun\n$-3.00\n^\nD11/29/2026\nT5.00\n^\n");
        assertEquals(List.of("line 4: $: the split lines add up to -9.00, not to the amount -10.00"), read.errors());
        assertEquals(1, read.rows().size());
    }

    @Test
    void eachBadFieldIsAnErrorOfItsRecordWithItsLine() {
        Sources.Lines read = read("!Type:Bank\nD11/28/2026\nT-1x.00\n^\nPNo date\nT1.00\n^\nD02/30/2026\nT2.00\n^\nD11/28/2026\nT3.00\nU3.50\n^\n"
                + "D11/28/2026\nT4.00\nQ5\n^\nD11/28/26\nT6.00\n^\nD12/01'26\nT7.00\n");
        assertEquals(List.of("line 3: T: \"-1x.00\" is not an amount with a decimal point (and , grouping thousands)",
                "line 5: D: missing (every transaction has a date)", "line 8: D: \"02/30/2026\" is not a date that exists",
                "line 13: U: 3.50 does not agree with T 3.00", "line 17: \"Q\": not a field of a QIF transaction (D T U P M N L C A S E $)",
                "line 22: ^: the record does not end with a ^ line"), read.errors());
        assertEquals(List.of(LocalDate.of(2026, 11, 28)), read.rows().stream().map(BankRow::date).toList(), "11/28/26 is 2026");
    }

    @Test
    void investmentAccountsListsAndASecondAccountAreRefusedWithASentence() {
        assertEquals("t.qif, line 1: \"!Type:Invst\" holds an investment account, which finterm does not import (it has no securities); "
                + "export the account as !Type:Bank, !Type:CCard or !Type:Cash", message("!Type:Invst\nD11/28/2026\n^\n"));
        assertEquals("t.qif, line 1: \"!Type:Memorized\" holds memorized transactions, which are templates, not transactions; "
                + "export the account as !Type:Bank, !Type:CCard or !Type:Cash", message("!Type:Memorized\n"));
        assertEquals("t.qif has the transactions of more than one account (a second one starts at line 12), and finterm imports one account "
                + "at a time: export each account on its own",
                message("!Account\nNChecking\n^\n!Type:Bank\nD2026-11-02\nT1.00\n^\n!Account\nNSavings\n^\n!Type:Bank\nD2026-11-03\nT2.00\n^\n"));
        assertEquals("t.qif is not a QIF file: it starts with \"Date,Amount\", not a !Type: header", message("Date,Amount\n"));
    }

    @Test
    void autoSwitchAccountListsAreSkipped() {
        Sources.Lines read = read("!Option:AutoSwitch\n!Account\nNChecking\nTBank\n^\nNSavings\nTBank\n^\n!Clear:AutoSwitch\n!Account\nNChecking\nTBank\n^\n"
                + "!Type:Bank\nD2026-11-02\nT-3.50\nPCoffee\n^\n");
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(new BigDecimal("-3.50")), read.rows().stream().map(BankRow::amount).toList());
    }

    @Test
    void otherAssetAndLiabilityAccountsAreReadLikeBankAccounts() {
        BankFile file = Qif.open(Sources.text("loan.qif", "!Type:Oth L\nD2026-11-01\nT-350.00\nPCar loan\n^\n"), null, null, NOV_2026);
        assertEquals("format: QIF (!Type:Oth L)", file.detected().get(0));
        assertEquals("date pattern: yyyy-MM-dd (two-digit years after '/' are 1900s above 27, 2000s otherwise)", file.detected().get(2));
        assertEquals(List.of(new BankRow(2, LocalDate.of(2026, 11, 1), new BigDecimal("-350.00"), "", "Car loan", "", "")),
                Sources.lines(file).rows());
    }

    @Test
    void aTwoDigitYearAfterASlashIs19yyAboveNextYearAnd20yyOtherwiseAndAfterAnApostropheAlways20yy() {
        String text = "!Type:Bank\nD12/31/99\nT-1.00\n^\nD11/28/26\nT-2.00\n^\nD11/28'26\nT-3.00\n^\nD01/02/27\nT-4.00\n^\n"
                + "D01/02/28\nT-5.00\n^\nD12/31'99\nT-6.00\n^\n";
        BankFile file = Qif.open(Sources.text("years.qif", text), null, null, NOV_2026);
        assertEquals("date pattern: MM/dd/yyyy (two-digit years after '/' are 1900s above 27, 2000s otherwise)", file.detected().get(2));
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28), LocalDate.of(2027, 1, 2),
                LocalDate.of(1928, 1, 2), LocalDate.of(2099, 12, 31)), read.rows().stream().map(BankRow::date).toList());
        Clock in2030 = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2031, 12, 31), Sources.lines(Qif.open(Sources.text("y.qif", "!Type:Bank\nD12/31/31\nT-1.00\n^\n"), null, null, in2030))
                .rows().get(0).date(), "the window slides with the years");
    }
}
