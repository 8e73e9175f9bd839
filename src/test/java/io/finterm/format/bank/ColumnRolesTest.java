package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.FintermException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnRolesTest {
    private static Columns roles(List<String> header, List<List<String>> sample) {
        return ColumnRoles.assign(header, sample, CsvOptions.NONE);
    }

    private static CsvOptions map(Map<String, List<String>> map, String debit, String credit) {
        return new CsvOptions(null, null, null, null, null, map, debit, credit, false);
    }

    @Test
    void headerNamesInFiveLanguagesAreMatchedWithoutCaseAccentsOrPunctuation() {
        Columns fr = roles(List.of("Date d'opération", "LIBELLÉ", "Montant", "Devise", "Référence"), List.of());
        assertEquals(0, fr.date());
        assertArrayEquals(new int[] {1}, fr.description());
        assertEquals(2, fr.amount());
        assertEquals(3, fr.currency());
        assertEquals(4, fr.reference());
        Columns es = roles(List.of("Fecha operación", "Fecha valor", "Concepto", "Importe", "Saldo"), List.of());
        assertEquals(1, es.otherDate());
        assertEquals(3, es.amount());
        assertArrayEquals(new int[] {4}, es.balance());
        Columns de = roles(List.of("Buchungstag", "Begünstigter", "Verwendungszweck", "Buchungstext", "Betrag (EUR)", "Kategorie"), List.of());
        assertArrayEquals(new int[] {1}, de.payee());
        assertArrayEquals(new int[] {2, 3}, de.description(), "several description columns are joined");
        assertEquals(4, de.amount());
        assertArrayEquals(new int[] {5}, de.category());
        Columns uk = roles(List.of("Date", "Paid out", "Paid in", "Balance", "Card"), List.of());
        assertEquals(1, uk.debit());
        assertEquals(2, uk.credit());
        assertEquals(List.of("Card"), uk.unused());
    }

    @Test
    void dutchValutaIsACurrencyWhenItHoldsCodesAndAValueDateOtherwise() {
        List<String> header = List.of("Boekdatum", "Valuta", "Bedrag");
        assertEquals(1, roles(header, List.of(List.of("20261128", "EUR", "1,00"))).currency());
        assertEquals(1, roles(header, List.of(List.of("20261128", "20261129", "1,00"))).otherDate());
    }

    @Test
    void germanUmsatzIsTheAmountWhenItHoldsNumbersAndATextOtherwise() {
        List<String> header = List.of("Datum", "Umsatz", "Betrag");
        assertArrayEquals(new int[] {1}, roles(header, List.of(List.of("01.11.2026", "Miete", "1,00"))).description());
        assertEquals(1, roles(List.of("Datum", "Umsatz"), List.of(List.of("01.11.2026", "-1.234,56"))).amount());
    }

    @Test
    void aTypeColumnOfDebitAndCreditWordsIsTheIndicator() {
        assertEquals(2, roles(List.of("Date", "Amount", "Type"), List.of(List.of("x", "1", "DEBIT"), List.of("x", "1", "Credit"))).indicator());
        assertArrayEquals(new int[] {2}, roles(List.of("Date", "Amount", "Type"), List.of(List.of("x", "1", "ATM"))).category());
    }

    @Test
    void mapDebitAndCreditOverrideTheNamesByNameOrNumber() {
        Columns c = ColumnRoles.assign(List.of("When", "What", "Out", "In", "Amount"), List.of(),
                map(Map.of("date", List.of("when"), "description", List.of("2")), "3", "In"));
        assertEquals(0, c.date());
        assertArrayEquals(new int[] {1}, c.description());
        assertEquals(2, c.debit());
        assertEquals(3, c.credit());
        assertEquals(-1, c.amount(), "debit and credit given: the Amount column is not read");
    }

    @Test
    void aColumnGivenTwoRolesIsRefused() {
        FintermException e = assertThrows(FintermException.class, () -> ColumnRoles.assign(List.of("Date", "Out", "In"), List.of(),
                map(Map.of("description", List.of("Out")), "Out", "In")));
        assertEquals("--debit Out: the column 'Out' is already given a role", e.getMessage());
    }

    @Test
    void aMappedColumnTheHeaderDoesNotHaveIsRefusedListingTheHeadersNames() {
        FintermException e = assertThrows(FintermException.class, () -> ColumnRoles.assign(List.of("Date", "Amount"), List.of(),
                map(Map.of("payee", List.of("Merchant")), null, null)));
        assertEquals("--map payee=Merchant: the header has no column 'Merchant' (it has 'Date', 'Amount')", e.getMessage());
    }

    @Test
    void aFileWithoutADateOrAnAmountIsRefusedNamingMap() {
        assertEquals("no column is the date (the header has 'Foo', 'Amount'): add --map date=COLUMN",
                assertThrows(FintermException.class, () -> roles(List.of("Foo", "Amount"), List.of())).getMessage());
        assertEquals("there is a debit column (Debit) but no credit column: add --credit COLUMN or --map amount=COLUMN"
                        + " (the header has 'Date', 'Debit')",
                assertThrows(FintermException.class, () -> roles(List.of("Date", "Debit"), List.of())).getMessage());
        assertEquals("two columns look like the amount, 'Amount' and 'Betrag': add --map amount=COLUMN",
                assertThrows(FintermException.class, () -> roles(List.of("Date", "Amount", "Betrag"), List.of())).getMessage());
    }
}
