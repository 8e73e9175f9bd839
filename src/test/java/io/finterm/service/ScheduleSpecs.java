package io.finterm.service;

import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.time.LocalDate;
import java.util.List;

/** Schedules as the tests enter them. */
final class ScheduleSpecs {
    private ScheduleSpecs() {
    }

    /** Monthly on {@code day} from {@code start}, for ever. */
    static Recurrence monthly(int day, LocalDate start) {
        return new Recurrence(Frequency.MONTH, 1, day, 0, null, start, null, 0);
    }

    static Recurrence daily(LocalDate start) {
        return new Recurrence(Frequency.DAY, 1, 0, 0, null, start, null, 0);
    }

    /** An expense from Main in {@code category}, kept on weekends. */
    static NewSchedule expense(String name, String amount, String category, Recurrence rule, boolean auto) {
        return new NewSchedule(name, "Main", TxKind.EXPENSE, null, amount, false, category, List.of(), "", "", List.of(), rule,
                WeekendPolicy.KEEP, auto);
    }

    /** An approximate expense, which waits for approval. */
    static NewSchedule approximate(String name, String amount, String category, Recurrence rule) {
        return new NewSchedule(name, "Main", TxKind.EXPENSE, null, amount, true, category, List.of(), "", "", List.of(), rule,
                WeekendPolicy.KEEP, false);
    }

    static NewSchedule transfer(String name, String from, String to, String amount, Recurrence rule, boolean auto) {
        return new NewSchedule(name, from, TxKind.TRANSFER_OUT, to, amount, false, null, List.of(), "", "", List.of(), rule,
                WeekendPolicy.KEEP, auto);
    }
}
