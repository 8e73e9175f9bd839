package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePatternTest {
    private static LocalDate parse(String pattern, String text) {
        return DatePattern.of(pattern).parse("date", text);
    }

    private static DatePattern detect(String... values) {
        DateCandidates c = new DateCandidates();
        for (String v : values) {
            c.accept(v);
        }
        return c.decide("Date");
    }

    @Test
    void eachCandidatePatternReadsItsOwnShape() {
        assertEquals(LocalDate.of(2026, 11, 28), parse("dd.MM.yy", "28.11.26"));
        assertEquals(LocalDate.of(2026, 11, 28), parse("MM/dd/yyyy", "11/28/2026"));
        assertEquals(LocalDate.of(2026, 11, 28), parse("yyyyMMdd", "20261128"));
        assertEquals(LocalDate.of(2026, 11, 28), parse("d MMM yyyy", "28 Nov 2026"));
        assertEquals(LocalDate.of(2026, 3, 1), parse("d MMM yyyy", "1 Mär 2026"));
        assertEquals(LocalDate.of(2026, 12, 5), parse("dd-MMM-yyyy", "05-déc.-2026"));
        assertEquals(LocalDate.of(2026, 11, 1), parse("MMM d, yyyy", "Nov 1, 2026"));
        assertEquals(LocalDate.of(2026, 5, 3), parse("d.M.yyyy", "3.5.2026"));
    }

    @Test
    void aDayThatDoesNotExistIsTheRowsErrorNamingTheDate() {
        ValidationException e = assertThrows(ValidationException.class, () -> parse("dd.MM.yyyy", "31.02.2026"));
        assertEquals("date: '31.02.2026' does not exist", e.getMessage());
        assertTrue(DatePattern.of("dd.MM.yyyy").fits("31.02.2026"), "the shape fits: the pattern is not struck out");
        assertFalse(DatePattern.of("dd.MM.yyyy").fits("2026-02-01"));
        assertFalse(DatePattern.of("MM/dd/yyyy").fits("13/02/2026"));
    }

    @Test
    void detectionKeepsThePatternThatFitsEveryDate() {
        assertEquals("dd/MM/yyyy", detect("01/02/2026", "13/02/2026").text());
        assertEquals("MM/dd/yyyy", detect("01/02/2026", "02/13/2026").text());
        assertEquals("dd.MM.yy", detect("28.11.26").text());
        assertEquals("yyyy-MM-dd", detect("2026-11-28", "2026-01-02").text());
        assertEquals("dd MMM yyyy", detect("03 Nov 2026").text());
    }

    @Test
    void aDayThatDoesNotExistDoesNotStrikeItsPatternOut() {
        assertEquals("dd.MM.yyyy", detect("31.02.2026", "01.03.2026").text());
    }

    @Test
    void datesThatFitBothDayAndMonthFirstAreRefusedWithBothOptions() {
        FintermException e = assertThrows(FintermException.class, () -> detect("01/02/2026", "12/11/2026"));
        assertEquals("the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy", e.getMessage());
    }

    @Test
    void datesThatFitNoPatternAreRefusedNamingTheFirstAndTheOption() {
        FintermException e = assertThrows(FintermException.class, () -> detect("28/11/2026x", "yesterday"));
        assertEquals("the date '28/11/2026x' in the column Date fits none of the date patterns finterm knows:"
                + " add --date-format (such as --date-format dd.MM.yyyy)", e.getMessage());
    }

    @Test
    void aDateFormatWithLettersFintermDoesNotReadIsRefusedNamingThem() {
        FintermException e = assertThrows(FintermException.class, () -> DatePattern.of("dd.MM.yyyy HH:mm"));
        assertTrue(e.getMessage().startsWith("--date-format dd.MM.yyyy HH:mm: 'HH' is not understood"), e.getMessage());
    }
}
