package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.CamtSources.Read;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The camt.053 samples read with no options: counts, sums, dates and fields worked out by hand from the files. */
class Camt053Test {
    private static BigDecimal sum(List<BankRow> rows) {
        return rows.stream().map(BankRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aGermanVersion02StatementGivesItsBookedEntriesWithTheBatchAsThreeRows() {
        BankFile file = Camt053.open(CamtSources.sample("camt053-de-v02.xml"));
        assertEquals(List.of("format: camt.053.001.02 (ISO 20022 bank statement)", "account: IBAN ...1234, EUR",
                "statement period: 2026-11-01 to 2026-11-28", "entries: 10 booked, 1 pending (skipped)"), file.detected());
        Read read = Read.of(file);
        assertEquals(List.of(), read.errors());
        // 9 single entries + the batch of 3; the pending Kiosk entry and both balances are not rows
        assertEquals(12, read.rows().size());
        // credits 2450.00 + 15.00 + 120.00 = 2585.00; debits 45.90 + 1180.00 + 89.97 + 200.00 + 64.32 + 4.95 + 23.40 = 1608.54
        assertEquals(new BigDecimal("976.46"), sum(read.rows()));
        assertEquals(LocalDate.of(2026, 11, 2), read.rows().get(0).date());
        assertEquals(LocalDate.of(2026, 11, 28), read.rows().get(11).date());
        assertTrue(read.rows().stream().noneMatch(r -> r.payee().equals("Kiosk am Rhein")));

        BankRow bakery = read.rows().get(0);
        assertEquals(new BankRow(64, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), new BigDecimal("-45.90"), "EUR",
                "Bäckerei Müller GmbH", "Kartenzahlung girocard Filiale 12", "2026110200001", List.of("card-payment"), List.of()), bakery);

        BankRow salary = read.rows().get(1);
        assertEquals(new BigDecimal("2450.00"), salary.amount());
        assertEquals("Schäfer & Söhne KG", salary.payee(), "a credit's payee is its debtor, &amp; read as &");
        assertEquals(List.of("salary"), salary.labels());

        BankRow rent = read.rows().get(2);
        assertEquals("Wohnungsbau Köln eG", rent.payee());
        assertEquals("Miete Wohnung 3. OG links, Mieternummer 4711-0815, Abrechnungszeit raum November 2026", rent.description());
        assertEquals(List.of("standing-order"), rent.labels());

        List<BankRow> batch = read.rows().subList(3, 6);
        assertEquals(List.of(new BigDecimal("-29.99"), new BigDecimal("-35.00"), new BigDecimal("-24.98")), batch.stream().map(BankRow::amount).toList());
        assertEquals(List.of("2026110500007/1", "2026110500007/2", "2026110500007/3"), batch.stream().map(BankRow::bankId).toList());
        assertEquals(List.of("Stadtwerke Düsseldorf AG", "Telekom Deutschland GmbH", "SV Grün-Weiß Oberkassel e.V."),
                batch.stream().map(BankRow::payee).toList());
        assertEquals(List.of(203L, 218L, 233L), batch.stream().map(BankRow::line).toList());
        assertEquals("Mitgliedsbeitrag 4. Quartal", batch.get(2).description());
        assertEquals(LocalDate.of(2026, 11, 5), batch.get(2).date());

        BankRow cash = read.rows().get(6);
        assertEquals("", cash.payee());
        assertEquals("Bargeldauszahlung GA 10.11./14.32 Beispielsparkasse Rheinland", cash.description(), "no TxDtls: AddtlNtryInf");
        assertEquals(List.of("cash-withdrawal"), cash.labels());

        BankRow pizza = read.rows().get(7);
        assertEquals(LocalDate.of(2026, 11, 14), pizza.date(), "the date part of BookgDt/DtTm");
        assertEquals("Jürgen Weiß", pizza.payee());

        assertEquals("Beitrag Hausrat 11/2026", read.rows().get(8).description(), "Ustrd comes before the structured reference");
        BankRow library = read.rows().get(9);
        assertEquals("RF18539007547034", library.description(), "no Ustrd: the creditor reference");
        assertEquals(List.of(), library.labels());

        BankRow refund = read.rows().get(10);
        assertEquals(new BigDecimal("120.00"), refund.amount());
        assertEquals("Finanzamt Düsseldorf-Süd", refund.payee());
        assertEquals("2026112400009", refund.bankId());

        BankRow fee = read.rows().get(11);
        assertEquals(new BigDecimal("-4.95"), fee.amount());
        assertEquals(LocalDate.of(2026, 11, 30), fee.otherDate());
        assertEquals("Entgelt Kontoführung November", fee.description());
        assertEquals(List.of("fees"), fee.labels());
    }

    @Test
    void aSwissVersion08FileWithTwoDaysOfOneAccountIsReadInOrder() {
        BankFile file = Camt053.open(CamtSources.sample("camt053-ch-v08.xml"));
        assertEquals(List.of("format: camt.053.001.08 (ISO 20022 bank statement)", "account: IBAN ...5678, CHF", "statements: 2",
                "statement period: 2026-12-01 to 2026-12-03", "entries: 4 booked, 1 pending (skipped)"), file.detected());
        Read read = Read.of(file);
        assertEquals(List.of(), read.errors());
        assertEquals(5, read.rows().size());
        // -128.50 + 5200.00 - 250.00 - 60.00 - 95.00
        assertEquals(new BigDecimal("4666.50"), sum(read.rows()));
        assertEquals(LocalDate.of(2026, 12, 1), read.rows().get(0).date());
        assertEquals(LocalDate.of(2026, 12, 3), read.rows().get(4).date());

        BankRow shop = read.rows().get(0);
        assertEquals("Grossverteiler Zürich HB", shop.payee(), "Cdtr/Pty/Nm");
        assertEquals("CHF", shop.currency());
        assertEquals("ZKB-20261201-0001", shop.bankId());
        assertEquals("Muster Maschinenbau AG", read.rows().get(1).payee(), "Dbtr/Pty/Nm");

        BankRow insurance = read.rows().get(2);
        assertEquals(new BigDecimal("-250.00"), insurance.amount());
        assertEquals("ZKB-20261202-0003-A", insurance.bankId(), "a batch transaction's own AcctSvcrRef");
        assertEquals("Prämie Dezember Police 88-1234", insurance.description());
        assertEquals("ZKB-20261202-0003-B", read.rows().get(3).bankId());
        assertEquals("Telefon Beispiel (Schweiz) AG", read.rows().get(3).payee());

        BankRow power = read.rows().get(4);
        assertEquals("210000000003139471430009017", power.description());
        assertEquals(List.of(), power.labels(), "a proprietary code is no label");
        assertEquals(241, power.line());
    }

    @Test
    void aCamt054NotificationIsRefusedSayingWhatItIs() {
        FintermException e = assertThrows(FintermException.class, () -> Camt053.open(CamtSources.sample("camt054-notification.xml")));
        assertTrue(e.getMessage().contains("camt.054 debit/credit notification"), e.getMessage());
        assertTrue(e.getMessage().contains("finterm reads camt.053"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedWithoutReadingWhatItPointsTo() {
        FintermException e = assertThrows(FintermException.class, () -> Camt053.open(CamtSources.sample("camt053-doctype.xml")));
        assertEquals("camt053-doctype.xml: line 4: the file has a DOCTYPE, which a bank statement never has; "
                + "finterm refuses it rather than read what it points to", e.getMessage());
    }

    @Test
    void anEntryWithoutAmountAndOneWithAnImpossibleDateAreErrorsOfTheirLines() {
        BankFile file = Camt053.open(CamtSources.sample("camt053-missing-amount.xml"));
        assertEquals("format: camt.053.001.04 (ISO 20022 bank statement)", file.detected().get(0));
        Read read = Read.of(file);
        assertEquals(List.of("line 26: amount: missing (no <Amt>)", "line 35: date: '2026-02-30' is not a day that exists"), read.errors());
        assertEquals(1, read.rows().size());
        assertEquals(new BigDecimal("-19.99"), read.rows().get(0).amount());
    }

    @Test
    void anUnclosedElementIsRefusedWithItsLine() {
        FintermException e = assertThrows(FintermException.class, () -> Camt053.open(CamtSources.sample("camt053-unclosed.xml")));
        assertTrue(e.getMessage().startsWith("camt053-unclosed.xml: line 18: not well-formed XML: "), e.getMessage());
        assertTrue(e.getMessage().contains("AddtlNtryInf"), e.getMessage());
    }

    @Test
    void statementsOfTwoAccountsAreRefusedNamingBothMasked() {
        FintermException e = assertThrows(FintermException.class, () -> Camt053.open(CamtSources.sample("camt053-two-accounts.xml")));
        assertEquals("camt053-two-accounts.xml holds statements of 2 accounts (IBAN ...1234, IBAN ...9911); finterm imports one "
                + "account at a time: ask the bank for one file per account", e.getMessage());
        assertFalse(e.getMessage().contains("DE00000000000000001234"));
    }

    @Test
    void aPendingEntryWithoutBookingDateIsSkippedNotAnError() {
        BankFile file = Camt053.open(CamtSources.text("p.xml", entries("""
                <Ntry><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts></Ntry>
                <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>INFO</Cd></Sts></Ntry>""", "08")));
        assertEquals("entries: 0 booked, 1 pending (skipped), 1 for information only (skipped)", file.detected().get(2));
        Read read = Read.of(file);
        assertEquals(List.of(), read.rows());
        assertEquals(List.of(), read.errors());
    }

    /** A one-statement camt.053 document of version {@code version} around {@code ntries}, one element per line from line 6. */
    static String entries(String ntries, String version) {
        return "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version + "\">\n"
                + "<BkToCstmrStmt>\n<Stmt>\n<Acct><Id><IBAN>DE00000000000000001234</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
                + ntries + "\n</Stmt>\n</BkToCstmrStmt>\n</Document>\n";
    }
}
