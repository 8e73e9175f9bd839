package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column layouts a new user's real bank exports have: the currency in the amount's name, more names, payer and payee columns. */
class RealLayoutColumnsTest {
    private static Columns roles(List<String> header, List<List<String>> sample) {
        return ColumnRoles.assign(header, sample, CsvOptions.NONE);
    }

    private static Columns amountNamed(String name) {
        return roles(List.of("Date", name), List.of(List.of("2026-11-01", "-1.00")));
    }

    @Test
    void theCurrencyWrittenInAnAmountHeaderIsTheCurrencyOfRowsWithoutOne() {
        assertEquals("EUR", amountNamed("Montant(EUROS)").headerCurrency());
        assertEquals("EUR", amountNamed("Montant (EUR)").headerCurrency());
        assertEquals("CHF", amountNamed("Betrag CHF").headerCurrency());
        assertEquals("GBP", amountNamed("Amount (GBP)").headerCurrency());
        assertEquals("EUR", amountNamed("Betrag in EUR").headerCurrency());
        assertEquals("EUR", amountNamed("Importe EUR").headerCurrency());
        assertEquals("EUR", amountNamed("Bedrag (EUR)").headerCurrency());
        assertEquals("EUR", amountNamed("Importe (€)").headerCurrency());
        assertEquals("GBP", amountNamed("Amount £").headerCurrency());
        assertEquals("USD", amountNamed("Amount (US$)").headerCurrency());
        assertEquals("USD", amountNamed("Amount USD").headerCurrency());
    }

    @Test
    void anAmountHeaderWithACurrencyAfterASpaceIsStillTheAmount() {
        assertEquals(1, amountNamed("Betrag CHF").amount());
        assertEquals(1, amountNamed("Betrag in EUR").amount());
        assertEquals(1, amountNamed("Importe EUR").amount());
        Columns debitCredit = roles(List.of("Date", "Paid out GBP", "Paid in GBP"), List.of());
        assertEquals(1, debitCredit.debit());
        assertEquals(2, debitCredit.credit());
        assertEquals("GBP", debitCredit.headerCurrency());
    }

    @Test
    void aDollarSignAloneOrAWordThatIsNoCodeStatesNoCurrency() {
        assertEquals("", amountNamed("Amount ($)").headerCurrency(), "$ is also the Canadian or Australian dollar");
        assertEquals("", amountNamed("Amount $").headerCurrency());
        assertEquals("", amountNamed("Amount (net)").headerCurrency());
        assertEquals("", amountNamed("Amount (all)").headerCurrency(), "ALL is a code only in capitals");
        assertEquals("", amountNamed("Amount (XYZ)").headerCurrency(), "not an ISO 4217 code");
        assertEquals("", amountNamed("Amount").headerCurrency());
    }

    @Test
    void ingGermanyBuchungIsTheDateAndItsValutaOfDatesTheOtherDate() {
        Columns ing = roles(List.of("Buchung", "Valuta", "Auftraggeber/Empfänger", "Buchungstext", "Verwendungszweck", "Betrag", "Währung"),
                List.of(List.of("28.11.2026", "29.11.2026", "REWE Markt", "Lastschrift", "Einkauf", "-12,34", "EUR")));
        assertEquals(0, ing.date());
        assertEquals(1, ing.otherDate());
        assertArrayEquals(new int[] {2}, ing.payee());
        assertArrayEquals(new int[] {3, 4}, ing.description());
        assertEquals(6, ing.currency());
    }

    @Test
    void chasePostingDateIsTheDateAndItsDetailsWordsAreNeverPartOfTheDescription() {
        List<String> header = List.of("Details", "Posting Date", "Description", "Amount", "Type", "Balance", "Check or Slip #");
        Columns chase = roles(header, List.of(List.of("DEBIT", "11/28/2026", "COFFEE SHOP 123", "-4.50", "DEBIT_CARD", "995.50", ""),
                List.of("CREDIT", "11/27/2026", "PAYROLL ACME", "1000.00", "ACH_CREDIT", "1000.00", ""),
                List.of("CHECK", "11/26/2026", "CHECK 101", "-20.00", "CHECK_PAID", "0.00", "101")));
        assertEquals(1, chase.date());
        assertArrayEquals(new int[] {2}, chase.description(), "Details is not glued into the description");
        assertEquals(3, chase.amount());
        assertEquals(-1, chase.indicator(), "the amount is signed: the words say nothing more");
        assertTrue(chase.unused().contains("Details"), chase.unused().toString());
        Columns unsigned = roles(List.of("Details", "Posting Date", "Description", "Amount"),
                List.of(List.of("DEBIT", "11/28/2026", "COFFEE", "4.50"), List.of("CREDIT", "11/27/2026", "PAYROLL", "1000.00")));
        assertEquals(0, unsigned.indicator(), "an unsigned amount: the words say which way");
        assertArrayEquals(new int[] {2}, unsigned.description());
    }

    @Test
    void chaseCardTransactionAndPostDateAndRevolutStartedAndCompletedDate() {
        Columns card = roles(List.of("Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"), List.of());
        assertEquals(0, card.date());
        assertEquals(1, card.otherDate());
        Columns revolut = roles(List.of("Type", "Product", "Started Date", "Completed Date", "Description", "Amount", "Fee", "Currency",
                "State", "Balance"), List.of());
        assertEquals(2, revolut.date());
        assertEquals(3, revolut.otherDate());
        assertEquals(5, revolut.amount());
        assertEquals(7, revolut.currency());
    }

    @Test
    void germanFrenchSpanishAndDutchPayeeAndTextNamesAreKnown() {
        assertArrayEquals(new int[] {1}, roles(List.of("Datum", "Zahlungsempfänger*in", "Betrag"), List.of()).payee());
        assertArrayEquals(new int[] {1}, roles(List.of("Datum", "Zahlungspflichtige*r", "Betrag"), List.of()).payee());
        assertArrayEquals(new int[] {1}, roles(List.of("Datum", "Auftraggeber / Empfänger", "Betrag"), List.of()).payee());
        assertArrayEquals(new int[] {1}, roles(List.of("Buchungstag", "Name Zahlungsbeteiligter", "Betrag"), List.of()).payee());
        for (String text : List.of("Verwendungszweck", "Mededelingen", "Omschrijving", "Concepto", "Libellé opération")) {
            assertArrayEquals(new int[] {1}, roles(List.of("Datum", text, "Betrag"), List.of()).description(), text);
        }
    }

    @Test
    void withAPayerAndARecipientColumnTheRowsSignPicksThePayee() {
        Columns dkb = roles(List.of("Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in",
                "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)"), List.of());
        assertTrue(dkb.payeeBySign());
        assertArrayEquals(new int[] {4}, dkb.payeeFor(-1), "money out: the recipient");
        assertArrayEquals(new int[] {3}, dkb.payeeFor(1), "money in: the payer");
        assertEquals("Zahlungsempfänger*in for money out, Zahlungspflichtige*r for money in", dkb.payeeText());
        assertEquals("EUR", dkb.headerCurrency());
        Columns old = roles(List.of("Datum", "Auftraggeber", "Empfänger", "Betrag"), List.of());
        assertArrayEquals(new int[] {2}, old.payeeFor(-1));
        assertArrayEquals(new int[] {1}, old.payeeFor(1));
        Columns one = roles(List.of("Datum", "Empfänger", "Betrag"), List.of());
        assertArrayEquals(new int[] {1}, one.payeeFor(-1), "one side only: it is the payee of every row");
        assertArrayEquals(new int[] {1}, one.payeeFor(1));
        assertEquals("Empfänger", one.payeeText());
    }
}
