package io.finterm.cli;

import io.finterm.service.DateInput;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates on the command line, in the app's one grammar ({@link DateInput}), with messages that name
 * the option: {@code --date today}, {@code --date -3}, {@code --from 2026-11} (its first day) and
 * {@code --to 2026-11} (its last day).
 */
final class Args {
    private Args() {
    }

    static LocalDate day(Cli cli, String option, String text) {
        return DateInput.day(option, text, LocalDate.now(cli.clock));
    }

    /** The first day of what {@code text} names, for {@code --from}. */
    static LocalDate from(Cli cli, String option, String text) {
        return DateInput.first(option, text, LocalDate.now(cli.clock));
    }

    /** The last day of what {@code text} names, for {@code --to}. */
    static LocalDate to(Cli cli, String option, String text) {
        return DateInput.last(option, text, LocalDate.now(cli.clock));
    }

    static YearMonth month(Cli cli, String option, String text) {
        return DateInput.month(option, text, LocalDate.now(cli.clock));
    }
}
