package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"2024-03-05,2024-03-05", "today,2026-11-24", "TODAY,2026-11-24", "'',2026-11-24", "yesterday,2026-11-23",
        "-3,2026-11-21", "-0,2026-11-24", "3/5,2026-03-05", "12/31,2026-12-31", "' 2/29 ',2026-02-28"})
    void peopleWriteDatesInManyWays(String text, String expected) {
        if (text.strip().equals("2/29")) {
            assertThrows(ValidationException.class, () -> DateInput.parse(text, TODAY), "2026 has no February 29");
            return;
        }
        assertEquals(LocalDate.parse(expected), DateInput.parse(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "13/1", "2024-13-01", "+3", "3/5/2024", "--3"})
    void anythingElseIsNamedAsTheDateField(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> DateInput.parse(text, TODAY));
        assertEquals("date", e.field());
        assertEquals("'" + text + "' is not a date: use 2024-03-05, today, yesterday, -3 or 3/5", e.reason());
    }
}
