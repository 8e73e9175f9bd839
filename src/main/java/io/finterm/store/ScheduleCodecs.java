package io.finterm.store;

import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The codecs of the tables that store format 7 added: schedules, their occurrences, and balance warnings. */
final class ScheduleCodecs {
    private ScheduleCodecs() {
    }

    static final RowCodec<Schedule> SCHEDULE = new RowCodec<>() {
        @Override
        public void write(Schedule s, RowWriter out) {
            out.varLong(s.userId()).string(s.name()).varLong(s.accountId()).u8((int) StoredCodes.kind(s.kind()))
                    .varLong(s.toAccountId()).varLong(s.categoryId()).varLong(s.amount().minor());
            Codecs.currency(out, s.amount().currency());
            out.u8((s.approximate() ? 1 : 0) | (s.auto() ? 2 : 0));
            out.string(s.description()).string(s.payee());
            out.varLong(s.tags().size());
            s.tags().forEach(out::string);
            out.varLong(s.lines().size());
            for (SplitLine line : s.lines()) {
                out.varLong(line.categoryId()).varLong(line.amount().minor()).string(line.memo());
            }
            Recurrence r = s.rule();
            out.u8(StoredCodes.frequency(r.every())).varLong(r.interval()).zigZag(r.day()).zigZag(r.nth())
                    .u8(StoredCodes.weekday(r.weekday())).zigZag(r.start().toEpochDay());
            date(out, r.end());
            out.varLong(r.count());
            out.u8(StoredCodes.weekend(s.weekend()));
            date(out, s.pausedOn());
            out.zigZag(s.dueFrom().toEpochDay());
        }

        @Override
        public Schedule read(long id, RowReader in) {
            long user = in.varLong();
            String name = in.string();
            long account = in.varLong();
            var kind = StoredCodes.kind(in.u8());
            long to = in.varLong();
            long category = in.varLong();
            long minor = in.varLong();
            Currency currency = Codecs.currency(in);
            int flags = in.u8();
            if ((flags & ~3) != 0) {
                throw new StoreCorruptException("a schedule has unknown flags " + flags);
            }
            String description = in.string();
            String payee = in.string();
            int tagCount = Codecs.count(in, Tags.MAX_PER_TRANSACTION, "schedule tags");
            List<String> tags = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                tags.add(in.string());
            }
            int lineCount = Codecs.count(in, Transaction.MAX_LINES, "schedule lines");
            List<SplitLine> lines = new ArrayList<>(lineCount);
            for (int i = 0; i < lineCount; i++) {
                lines.add(new SplitLine(in.varLong(), new Money(in.varLong(), currency), in.string()));
            }
            var every = StoredCodes.frequency(in.u8());
            int interval = Math.toIntExact(in.varLong());
            int day = Math.toIntExact(in.zigZag());
            int nth = Math.toIntExact(in.zigZag());
            var weekday = StoredCodes.weekday(in.u8());
            LocalDate start = LocalDate.ofEpochDay(in.zigZag());
            LocalDate end = date(in);
            int count = Math.toIntExact(in.varLong());
            Recurrence rule = new Recurrence(every, interval, day, nth, weekday, start, end, count);
            var weekend = StoredCodes.weekend(in.u8());
            LocalDate paused = date(in);
            LocalDate dueFrom = LocalDate.ofEpochDay(in.zigZag());
            return new Schedule(id, user, name, account, kind, to, category, new Money(minor, currency), (flags & 1) != 0,
                    description, payee, tags, lines, rule, weekend, (flags & 2) != 0, paused, dueFrom);
        }
    };

    static final RowCodec<Occurrence> OCCURRENCE = new RowCodec<>() {
        @Override
        public void write(Occurrence o, RowWriter out) {
            out.varLong(o.userId()).varLong(o.scheduleId()).zigZag(o.date().toEpochDay())
                    .u8(StoredCodes.occurrenceState(o.state())).varLong(o.transactionId());
            out.u8(o.amount() == null ? 0 : 1);
            if (o.amount() != null) {
                out.varLong(o.amount().minor());
                Codecs.currency(out, o.amount().currency());
            }
            date(out, o.moveTo());
        }

        @Override
        public Occurrence read(long id, RowReader in) {
            long user = in.varLong();
            long schedule = in.varLong();
            LocalDate date = LocalDate.ofEpochDay(in.zigZag());
            var state = StoredCodes.occurrenceState(in.u8());
            long transaction = in.varLong();
            Money amount = in.u8() == 0 ? null : new Money(in.varLong(), Codecs.currency(in));
            return new Occurrence(id, user, schedule, date, state, transaction, amount, date(in));
        }
    };

    static final RowCodec<BalanceWarning> BALANCE_WARNING = new RowCodec<>() {
        @Override
        public void write(BalanceWarning w, RowWriter out) {
            out.varLong(w.userId()).varLong(w.accountId()).zigZag(w.below().minor());
            Codecs.currency(out, w.below().currency());
        }

        @Override
        public BalanceWarning read(long id, RowReader in) {
            return new BalanceWarning(id, in.varLong(), in.varLong(), new Money(in.zigZag(), Codecs.currency(in)));
        }
    };

    /** A date, or {@code null}: a presence byte, then the epoch day. */
    private static void date(RowWriter out, LocalDate date) {
        out.u8(date == null ? 0 : 1);
        if (date != null) {
            out.zigZag(date.toEpochDay());
        }
    }

    private static LocalDate date(RowReader in) {
        return in.u8() == 0 ? null : LocalDate.ofEpochDay(in.zigZag());
    }
}
