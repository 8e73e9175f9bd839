package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an import's rows have to do with the person's schedules. A row that matches an occurrence
 * not handled yet (the same account, the same direction, the amount equal, or within 10 % for an
 * approximate schedule, booked within {@value #DAYS} days of it) is booked, and the occurrence is
 * linked to it instead of being posted later; a row that matches an occurrence finterm posted itself
 * (its transaction has no origin: nobody imported it) is that transaction, and is skipped as a
 * duplicate. Each occurrence and each posted transaction takes one row at most.
 *
 * <p>A transfer's occurrence is matched on the account money leaves, as the bank shows it there.
 * Booked days are computed with the configured business days, as the catch-up and the forecast do.
 * A person without schedules costs one index lookup.
 */
final class ScheduleLinks {
    /** How many days a bank may book a row before or after the day finterm expects it. */
    static final int DAYS = 5;
    /** How many linked occurrences the summary names; the rest are counted. */
    static final int LISTED = 20;

    /** One occurrence linked to one of the import's rows. */
    record Link(Schedule schedule, LocalDate date, long transactionId) {
        String named() {
            return schedule.name() + " (" + date + ")";
        }
    }

    /** A row that is a transaction a schedule posted, and which one. */
    record PostedMatch(Transaction transaction, Schedule schedule, LocalDate date) {
        String named() {
            return "posted by the schedule " + schedule.name() + " (" + date + ")";
        }
    }

    private static final ScheduleLinks NONE = new ScheduleLinks(null, 0, Map.of(), Map.of());

    private final Store store;
    private final long userId;
    private final Map<Long, Schedule> schedules;
    /** The occurrences not handled yet that a row may take, by account. */
    private final Map<Long, List<ScheduledDates.Upcoming>> open;
    private final List<Link> links = new ArrayList<>();
    /** The posted transactions that a row was skipped as already, each once. */
    private final Set<Long> taken = new HashSet<>();
    private final Map<Long, Optional<Occurrence>> postedBy = new HashMap<>();

    private ScheduleLinks(Store store, long userId, Map<Long, Schedule> schedules, Map<Long, List<ScheduledDates.Upcoming>> open) {
        this.store = store;
        this.userId = userId;
        this.schedules = schedules;
        this.open = open;
    }

    /**
     * The user's schedules and their occurrences not handled yet up to {@value #DAYS} days after
     * {@code today} (a bank books early at most that much); nothing at all for a user without schedules.
     */
    static ScheduleLinks of(Store store, long userId, LocalDate today, BusinessDays days) {
        return store.read(rd -> {
            List<Schedule> all = ScheduleService.of(rd, userId);
            if (all.isEmpty()) {
                return NONE;
            }
            Map<Long, Schedule> byId = new HashMap<>();
            Map<Long, List<ScheduledDates.Upcoming>> open = new HashMap<>();
            for (Schedule s : all) {
                byId.put(s.id(), s);
                open.computeIfAbsent(s.accountId(), a -> new ArrayList<>())
                        .addAll(ScheduledDates.unhandled(s, ScheduleRows.occurrences(rd, s), today.plusDays(DAYS), days));
            }
            return new ScheduleLinks(store, userId, byId, open);
        });
    }

    /** Money leaving the account, or coming in. */
    private static boolean out(TxKind kind) {
        return kind == TxKind.EXPENSE || kind == TxKind.TRANSFER_OUT;
    }

    private static boolean sameAmount(Money row, Money expected, boolean approximate) {
        if (!row.currency().equals(expected.currency())) {
            return false;
        }
        long off = Math.abs(row.minor() - expected.minor());
        return approximate ? off * 10 <= expected.minor() : off == 0;
    }

    /**
     * The transaction a schedule posted that {@code row} is (see the class), taken so that no other row
     * is skipped as it; {@code null} when there is none. Reads the days around the row through
     * {@code existing}, so that the commit checks they did not change meanwhile.
     */
    PostedMatch posted(Transaction row, ExistingTransactions existing) {
        if (schedules.isEmpty()) {
            return null;
        }
        for (int d = 0; d <= DAYS * 2; d++) {
            // the row's own day first, then one day either side, and so on
            long day = row.date().toEpochDay() + (d % 2 == 0 ? d / 2 : -(d + 1) / 2);
            for (Transaction t : existing.day(day)) {
                if (t.accountId() != row.accountId() || out(t.kind()) != out(row.kind()) || !t.origin().isNone() || taken.contains(t.id())) {
                    continue;
                }
                Occurrence o = postedBy(t.id());
                Schedule s = o == null ? null : schedules.get(o.scheduleId());
                if (s != null && sameAmount(row.amount(), t.amount(), s.approximate())) {
                    taken.add(t.id());
                    return new PostedMatch(t, s, o.date());
                }
            }
        }
        return null;
    }

    /** The POSTED occurrence transaction {@code id} stands for, or {@code null}. */
    private Occurrence postedBy(long id) {
        return postedBy.computeIfAbsent(id, k -> store.read(rd -> rd.scan(Schema.OCCURRENCES_BY_TRANSACTION,
                KeyRange.prefix(userId, id), Paging.all()).rows().stream().filter(o -> o.state() == OccurrenceState.POSTED).findFirst()))
                .orElse(null);
    }

    /** Links the booked {@code row} to the nearest occurrence it matches, if there is one; each occurrence takes one row. */
    void link(Transaction row) {
        List<ScheduledDates.Upcoming> candidates = open.get(row.accountId());
        if (candidates == null) {
            return;
        }
        ScheduledDates.Upcoming best = null;
        long bestOff = Long.MAX_VALUE;
        for (ScheduledDates.Upcoming u : candidates) {
            long off = Math.abs(u.on().toEpochDay() - row.date().toEpochDay());
            if (off <= DAYS && off < bestOff && out(u.schedule().kind()) == out(row.kind())
                    && sameAmount(row.amount(), u.amount(), u.schedule().approximate())) {
                best = u;
                bestOff = off;
            }
        }
        if (best != null) {
            for (Iterator<ScheduledDates.Upcoming> it = candidates.iterator(); it.hasNext(); ) {
                if (it.next() == best) {
                    it.remove();
                    break;
                }
            }
            links.add(new Link(best.schedule(), best.date(), row.id()));
        }
    }

    /** The occurrences linked, as the summary names them ({@code Rent (2026-12-01)}), at most {@value #LISTED}. */
    List<String> named() {
        return links.stream().limit(LISTED).map(Link::named).toList();
    }

    long count() {
        return links.size();
    }

    /**
     * Writes a LINKED row for each occurrence, in the import's own transaction; refuses, writing
     * nothing, when one was handled or its schedule deleted while the file was read.
     */
    void commitTo(WriteTx tx) {
        for (Link l : links) {
            if (tx.get(Schema.SCHEDULES, l.schedule().id()).isEmpty()) {
                throw changed("the schedule " + l.schedule().name() + " was deleted");
            }
            Optional<Occurrence> row = tx.findUnique(Schema.OCCURRENCES_BY_SCHEDULE, userId, l.schedule().id(), l.date().toEpochDay());
            if (row.isPresent() && row.get().state().handled()) {
                throw changed("the schedule " + l.schedule().name() + "'s occurrence of " + l.date() + " was handled");
            }
            if (row.isPresent()) { // it had its own amount or day: now the bank's row stands for it
                tx.update(Schema.OCCURRENCES, new Occurrence(row.get().id(), userId, l.schedule().id(), l.date(), OccurrenceState.LINKED,
                        l.transactionId(), null, null));
            } else {
                tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), userId, l.schedule().id(), l.date(),
                        OccurrenceState.LINKED, l.transactionId(), null, null));
            }
        }
    }

    private static FintermException changed(String what) {
        return new FintermException("nothing was imported: " + what + " while the file was read; run the import again");
    }
}
