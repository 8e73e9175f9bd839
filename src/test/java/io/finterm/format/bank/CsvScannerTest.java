package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvScannerTest {
    /** Each record as "line: field|field|…". */
    private static List<String> records(String text, char separator, int skip) throws IOException {
        CsvScanner s = new CsvScanner(new StringReader(text), separator);
        s.skipLines(skip);
        List<String> out = new ArrayList<>();
        while (s.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                fields.add(s.get(i));
            }
            out.add(s.line() + ": " + String.join("|", fields));
        }
        return out;
    }

    @Test
    void quotedFieldsKeepSeparatorsDoubledQuotesAndLineBreaks() throws IOException {
        assertEquals(List.of("1: a|b;c|say \"hi\"|", "2: x|two\nlines|y", "4: z"),
                records("a;\"b;c\";\"say \"\"hi\"\"\";\n x ;\"two\nlines\"; \"y\" \nz", ';', 0));
    }

    @Test
    void crLfAndCrEndRecordsAndEmptyLinesArePassedOver() throws IOException {
        assertEquals(List.of("1: a|b", "3: c|d", "4: e|f"), records("a,b\r\n\r\nc,d\re,f\r\n", ',', 0));
    }

    @Test
    void skippedLinesAndAByteOrderMarkCountInTheLineNumbers() throws IOException {
        assertEquals(List.of("3: Date|Amount", "4: 1|2"), records("\uFEFFtitle \"unclosed\r\nKonto;1\r\nDate;Amount\r\n1;2", ';', 2));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertEquals(List.of("1: 12\" screen|5"), records("12\" screen|5\n", '|', 0));
    }

    @Test
    void aQuoteNeverClosedOrTextAfterAClosingQuoteIsRefusedWithTheLine() {
        assertEquals("line 2: the CSV quoting is broken (a quoted field is never closed)",
                assertThrows(FintermException.class, () -> records("a,b\n\"c,d\n", ',', 0)).getMessage());
        assertEquals("line 1: the CSV quoting is broken (text after a closing quote)",
                assertThrows(FintermException.class, () -> records("\"a\"x,b\n", ',', 0)).getMessage());
    }

    @Test
    void aRecordOver64KiBIsRefused() {
        String huge = "\"" + "x\n".repeat(40_000) + "\"";
        FintermException e = assertThrows(FintermException.class, () -> records("a,b\n" + huge + ",c\n", ',', 0));
        assertEquals("line 2: a CSV record runs over 64 KiB (a quote never closed?): this is not a bank's CSV file", e.getMessage());
    }
}
