package io.finterm.format;

import static io.finterm.format.BackupRecords.flag;
import static io.finterm.format.BackupRecords.id;
import static io.finterm.format.BackupRecords.optional;
import static io.finterm.format.BackupRecords.text;

import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The records of version 6, a user's schedules, what became of their occurrences and the balance
 * warnings, read from their fields ({@link Backup} gives the layout). Every value is checked as the
 * domain records check a person's input; the references between records by {@link BackupReferences}.
 */
final class BackupScheduleRecords {
    private BackupScheduleRecords() {
    }

    static Schedule schedule(Map<String, Object> f) {
        Currency currency = Money.currency(text(f, "currency"));
        Recurrence rule = new Recurrence(Frequency.parse(text(f, "every")), whole(f, "interval"), whole(f, "day"), whole(f, "nth"),
                weekday(optional(f, "weekday", null)), date(f, "start"), optionalDate(f, "end"), whole(f, "count"));
        return new Schedule(id(f, "id"), id(f, "user"), text(f, "name"), id(f, "account"), BackupRecords.kind(text(f, "type")),
                id(f, "to"), id(f, "category"), BackupRecords.money(f, "amount", currency), flag(f, "approximate"),
                optional(f, "description", ""), optional(f, "payee", ""), BackupRecords.tags(f), BackupRecords.lines(f, currency), rule,
                WeekendPolicy.parse(text(f, "weekend")), flag(f, "auto"), optionalDate(f, "pausedOn"), date(f, "dueFrom"));
    }

    static Occurrence occurrence(Map<String, Object> f) {
        String amount = optional(f, "amount", null);
        return new Occurrence(id(f, "id"), id(f, "user"), id(f, "schedule"), date(f, "date"), state(text(f, "state")),
                id(f, "transaction"), amount == null ? null : BackupRecords.money(f, "amount", Money.currency(text(f, "currency"))),
                optionalDate(f, "moveTo"));
    }

    static BalanceWarning warning(Map<String, Object> f) {
        return new BalanceWarning(id(f, "id"), id(f, "user"), id(f, "account"),
                BackupRecords.money(f, "below", Money.currency(text(f, "currency"))));
    }

    /** The word a backup writes for a state: {@code posted}, {@code skipped}, {@code linked}, {@code changed}. */
    static String word(OccurrenceState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static OccurrenceState state(String word) {
        for (OccurrenceState s : OccurrenceState.values()) {
            if (word(s).equals(word)) {
                return s;
            }
        }
        throw new ValidationException("state", "'" + Text.clean(word) + "' is not one of posted, skipped, linked, changed");
    }

    private static DayOfWeek weekday(String name) {
        if (name == null) {
            return null;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(name)) {
                return d;
            }
        }
        throw new ValidationException("weekday", "'" + Text.clean(name) + "' is not a day of the week (monday … sunday)");
    }

    /** A small whole number (an interval, a day, a count); the domain records say which ones are allowed. */
    private static int whole(Map<String, Object> f, String key) {
        String v = text(f, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "'" + Text.clean(v) + "' is not a whole number");
        }
    }

    private static LocalDate date(Map<String, Object> f, String key) {
        return BackupRecords.date(key, text(f, key));
    }

    private static LocalDate optionalDate(Map<String, Object> f, String key) {
        String v = optional(f, key, null);
        return v == null ? null : BackupRecords.date(key, v);
    }
}
