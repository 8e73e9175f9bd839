package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderFinderTest {
    private static HeaderFinder.Header find(String text) {
        return HeaderFinder.find(ByteScan.lines(text), CsvOptions.NONE);
    }

    @Test
    void theSeparatorIsTheOneThatGivesTheHeaderAndTheRowsTheSameWidth() {
        assertEquals(';', find("Datum;Text;Betrag\n01.11.2026;\"a, b\";-1,50\n").separator());
        assertEquals(',', find("Date,Memo,Amount\n2026-11-01,\"a; b\",-1.50\n").separator());
        assertEquals('\t', find("Date\tAmount\n2026-11-01\t1.00\n").separator());
        assertEquals('|', find("Date|Amount\n2026-11-01|1.00\n").separator());
    }

    @Test
    void titleLinesBeforeTheHeaderArePassedOver() {
        HeaderFinder.Header h = find("Umsatzanzeige;Girokonto\nKonto;DE00 0000\n\nBuchungstag;Betrag;Text\n01.11.26;-1,00;x\n");
        assertEquals(3, h.index());
        assertEquals(List.of("Buchungstag", "Betrag", "Text"), h.names());
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsNeverReadShifted() {
        FintermException e = assertThrows(FintermException.class, () -> find("Date,Amount\n01.02.2026,-54,30\n03.02.2026,-1,00\n"));
        assertTrue(e.getMessage().contains("the line below it 3 fields (a decimal comma in a comma-separated file?)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("add --delimiter, --skip N or --map"), e.getMessage());
    }

    @Test
    void aHeaderThatSplitsIntoKnownNamesByTwoSeparatorsIsRefusedNamingDelimiter() {
        FintermException e = assertThrows(FintermException.class, () -> find("Date;Amount|Date,Amount\n1;2|3,4\n"));
        assertTrue(e.getMessage().startsWith("the separator could be"), e.getMessage());
        assertTrue(e.getMessage().contains("add --delimiter"), e.getMessage());
    }

    @Test
    void skipAndDelimiterDecideWhenGiven() {
        CsvOptions o = new CsvOptions(';', null, 1, null, null, java.util.Map.of(), null, null, false);
        HeaderFinder.Header h = HeaderFinder.find(ByteScan.lines("Date;Amount\nWhen;How much\nx;y\n"), o);
        assertEquals(1, h.index());
        assertEquals(List.of("When", "How much"), h.names());
    }
}
