package io.finterm.cli;

import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parsing of command-line values, with messages that name the option. */
final class Args {
    private Args() {
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new ValidationException(option, "'" + Text.clean(text) + "' is not a date (use YYYY-MM-DD)");
        }
    }

    static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw new ValidationException(option, "'" + Text.clean(text) + "' is not a month (use YYYY-MM)");
        }
    }
}
