package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Occurrence;
import io.finterm.domain.RecurrenceDates;
import io.finterm.domain.Schedule;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Looking up a user's schedules by name, and their occurrences by date, for the schedule services. */
final class ScheduleRows {
    /** How far from the rule's date a weekend or a run of holidays may move the day an occurrence is booked. */
    private static final int MOST_MOVED = 31;

    private ScheduleRows() {
    }

    /** The user's schedule called {@code name}; another user's is answered exactly as a missing one. */
    static Schedule named(ReadTx rd, long userId, String name) {
        String clean = name == null ? "" : Text.clean(name);
        return find(rd, userId, clean).orElseThrow(() -> new ValidationException("name", "you have no schedule called " + clean
                + "; `finterm schedule list` shows yours"));
    }

    static Optional<Schedule> find(ReadTx rd, long userId, String name) {
        return name.isBlank() ? Optional.empty() : rd.findUnique(Schema.SCHEDULES_BY_NAME, userId, Schedule.fold(name));
    }

    /** Every row of the schedule's occurrences, by the rule's date. */
    static List<Occurrence> occurrences(ReadTx rd, Schedule s) {
        return rd.scan(Schema.OCCURRENCES_BY_SCHEDULE, KeyRange.prefix(s.userId(), s.id()), Paging.all()).rows();
    }

    static Optional<Occurrence> occurrence(ReadTx rd, Schedule s, LocalDate ruleDate) {
        return rd.findUnique(Schema.OCCURRENCES_BY_SCHEDULE, s.userId(), s.id(), ruleDate.toEpochDay());
    }

    static Account account(ReadTx rd, long accountId) {
        return rd.get(Schema.ACCOUNTS, accountId).orElseThrow(() -> new IllegalStateException("schedule names a missing account"));
    }

    /**
     * The rule's date of the occurrence that {@code day} names: the rule's date itself, or else the day an occurrence is
     * booked (after its weekend move, or its own date when it was changed). Refused when the schedule has none there.
     */
    static LocalDate ruleDate(ReadTx rd, Schedule s, LocalDate day, BusinessDays days) {
        if (day == null) {
            throw new ValidationException("date", "name the occurrence by its date");
        }
        if (!RecurrenceDates.between(s.rule(), day, day).isEmpty()) {
            return day;
        }
        for (Occurrence o : occurrences(rd, s)) {
            if (day.equals(o.moveTo())) {
                return o.date();
            }
        }
        LocalDate from = day.minusDays(MOST_MOVED).isBefore(Transaction.FIRST_DATE) ? Transaction.FIRST_DATE : day.minusDays(MOST_MOVED);
        LocalDate to = day.plusDays(MOST_MOVED).isAfter(Transaction.LAST_DATE) ? Transaction.LAST_DATE : day.plusDays(MOST_MOVED);
        for (LocalDate d : RecurrenceDates.between(s.rule(), from, to)) {
            Optional<Occurrence> row = occurrence(rd, s, d);
            LocalDate on = row.map(Occurrence::moveTo).orElse(null);
            if (day.equals(on == null ? days.adjust(d, s.weekend()) : on)) {
                return d;
            }
        }
        throw new ValidationException("date", s.name() + " has no occurrence on " + day);
    }

    /**
     * Requires the occurrence of {@code s} on rule date {@code date} to be open: neither handled already nor before the
     * schedule's terms began. Returns its CHANGED row, or empty.
     */
    static Optional<Occurrence> requireOpen(ReadTx rd, Schedule s, LocalDate date) {
        if (date.isBefore(s.dueFrom())) {
            throw new ValidationException("date", s.name() + "'s occurrence of " + date
                    + " belongs to its terms before they were changed, or was handled already");
        }
        Optional<Occurrence> row = occurrence(rd, s, date);
        if (row.isPresent() && row.get().state().handled()) {
            throw new ValidationException("date", s.name() + "'s occurrence of " + date + " was "
                    + switch (row.get().state()) {
                        case POSTED -> "posted already, as transaction " + row.get().transactionId();
                        case LINKED -> "linked already to transaction " + row.get().transactionId();
                        default -> "skipped";
                    });
        }
        return row.filter(o -> !o.state().handled());
    }
}
