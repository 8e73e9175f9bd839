package io.finterm.service;

import io.finterm.analysis.RecurringFinder;
import io.finterm.analysis.RecurringFinder.Found;
import io.finterm.analysis.RecurringFinder.Payment;
import io.finterm.domain.Account;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Text;
import io.finterm.domain.TextFold;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payments that repeat in a user's history and no schedule of theirs covers yet ({@link RecurringFinder} does the finding),
 * and the schedule that accepting one of them makes. Income and expenses are read; transfers are left out: the finder takes
 * income and expenses only, and a standing order between one's own accounts is rarely forgotten.
 */
final class FoundSchedules {
    /** How far back the history is read: enough for a yearly payment to repeat twice, and bounded for a large store. */
    static final int YEARS_BACK = 3;

    private FoundSchedules() {
    }

    /** What the finder offers the user today, less the series a schedule covers already, by name. */
    static List<Found> offers(ReadTx rd, long userId, LocalDate today) {
        List<Found> found = RecurringFinder.find(history(rd, userId, today), today);
        List<Schedule> schedules = ScheduleService.of(rd, userId);
        return found.stream().filter(f -> !covered(rd, userId, f, schedules)).toList();
    }

    /** The user's income and expenses of the last {@link #YEARS_BACK} years up to today, oldest first. */
    static List<Payment> history(ReadTx rd, long userId, LocalDate today) {
        Map<Long, String> categories = Categories.names(rd, userId);
        Map<Long, String> accounts = new HashMap<>();
        for (Account a : rd.scan(Schema.ACCOUNTS_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows()) {
            accounts.put(a.id(), a.name());
        }
        List<Payment> out = new ArrayList<>();
        KeyRange range = KeyRange.between(new Object[] {userId, today.minusYears(YEARS_BACK).toEpochDay()},
                new Object[] {userId, today.toEpochDay()});
        Paging paging = Paging.first(4096);
        while (true) {
            Page<Transaction> page = rd.scan(Schema.TX_BY_DATE, range, paging);
            for (Transaction t : page.rows()) {
                if (t.kind() == TxKind.EXPENSE || t.kind() == TxKind.INCOME) {
                    out.add(new Payment(t.id(), t.date(), t.kind(), t.accountId(), accounts.getOrDefault(t.accountId(), "?"),
                            category(t, categories), t.payee(), t.description(), t.amount()));
                }
            }
            if (!page.hasMore()) {
                return out;
            }
            paging = paging.after(page.lastKey());
        }
    }

    /** The category's name; for a split, its largest line's (the one a person would file it under). */
    private static String category(Transaction t, Map<Long, String> names) {
        long id = t.lines().isEmpty() ? t.categoryId()
                : t.lines().stream().max(Comparator.comparingLong(l -> l.amount().minor())).map(SplitLine::categoryId).orElse(0L);
        return names.getOrDefault(id, "");
    }

    /**
     * Whether a schedule covers the series already: one of its transactions stands for an occurrence (posted by a schedule or
     * linked to one), or a schedule of the same kind in the same account names the same payee or description. The amount
     * does not count: a salary whose December is larger is one stream of money, and a schedule that books it monthly already
     * covers the December "yearly series" that the finder sees beside it.
     */
    static boolean covered(ReadTx rd, long userId, Found f, List<Schedule> schedules) {
        for (long id : f.transactionIds()) {
            if (rd.count(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(userId, id)) > 0) {
                return true;
            }
        }
        Set<String> words = folded(f.payee(), f.description());
        for (Schedule s : schedules) {
            if (s.kind() == f.kind() && s.accountId() == f.accountId()
                    && folded(s.payee(), s.description(), s.name()).stream().anyMatch(words::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts that are not blank, as the finder groups payments by them: each as a payee ({@link RecurringFinder#payeeKey},
     * digits kept: {@code O2}) and as a description ({@link TextFold#key}: references aside), so that either matches.
     */
    private static Set<String> folded(String... texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            for (String w : List.of(RecurringFinder.payeeKey(t), TextFold.key(t == null ? "" : t))) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The offer called {@code name} (any case), or a refusal that names the option and where the names are listed; a name
     * that is one of the user's schedules (one accepted a moment ago, say) is said to be one.
     */
    static Found named(ReadTx rd, long userId, List<Found> offers, String name) {
        String clean = name == null ? "" : Text.clean(name).strip();
        if (clean.isEmpty()) {
            throw new ValidationException("accept", "name the recurring payment to accept, as schedule find lists it");
        }
        java.util.Optional<Found> offered = offers.stream().filter(f -> Schedule.fold(f.name()).equals(Schedule.fold(clean))).findFirst();
        if (offered.isEmpty()) {
            ScheduleRows.find(rd, userId, clean).ifPresent(s -> {
                throw new ValidationException("accept", "you have a schedule called " + s.name() + " already, and what it books is not "
                        + "offered again; finterm schedule show " + s.name() + " shows it");
            });
        }
        return offered.orElseThrow(() -> new ValidationException("accept", offers.isEmpty()
                        ? "nothing was found to accept: every recurring payment in your history has a schedule, or none repeats"
                        : "no recurring payment called " + clean + " was found; finterm schedule find lists "
                        + (offers.size() == 1 ? "the one found: " : "those found: ")
                        + String.join(", ", offers.stream().limit(8).map(Found::name).toList())
                        + (offers.size() > 8 ? " and " + (offers.size() - 8) + " more" : "")));
    }

    /**
     * The offer called {@code found} among what the finder offers today: in a read, since the finder reads the whole
     * history and a write holds the store's only writer lock.
     */
    static Found chosen(ReadTx rd, long userId, LocalDate today, String found) {
        return named(rd, userId, offers(rd, userId, today), found);
    }

    /**
     * The schedule that accepting offer {@code f} ({@link #chosen}) as {@code name} ({@code null} = the offer's name)
     * makes: the series' latest transaction repeated by the rule found, waiting for approval, approximate when the amounts
     * vary, from the next date on, so that nothing is booked for the past. In the write, only what may have changed since
     * the read is checked again (its transactions are still there and no schedule covers them), never the whole finding.
     */
    static Schedule accepted(WriteTx tx, User user, Found f, String name) {
        // the series' latest transaction (the higher id on one day: the one entered last) is the one repeated
        long latest = 0;
        LocalDate latestDate = null;
        for (long id : f.transactionIds()) {
            Transaction t = tx.get(Schema.TRANSACTIONS, id).filter(x -> x.userId() == user.id()).orElseThrow(() -> changed(f));
            if (latestDate == null || t.date().isAfter(latestDate) || t.date().equals(latestDate) && id > latest) {
                latest = id;
                latestDate = t.date();
            }
        }
        if (covered(tx, user.id(), f, ScheduleService.of(tx, user.id()))) {
            throw changed(f);
        }
        boolean named = name != null && !Text.clean(name).isBlank();
        String given = named ? Text.clean(name).strip() : f.name();
        ScheduleRows.find(tx, user.id(), given).ifPresent(s -> {
            throw new NameTaken(s.name(), "a schedule named " + s.name() + " exists: "
                    + (named ? "choose another --name" : "give the new one another name with --name"));
        });
        // From the next date the series gives, after its latest payment: never earlier, so nothing is booked twice. A
        // payment late by a few days (its date has come, it has not been entered) waits for approval, never posted.
        Recurrence rule = f.rule().from(f.next());
        // The series' description (its reference numbers aside), not the latest payment's: "Yoga class 4078" would be on
        // every booking to come.
        return ScheduleService.repeating(tx, user, latest, given, rule, f.weekend(), false, f.approximate(), f.description());
    }

    private static ValidationException changed(Found f) {
        return new ValidationException("accept", "the payments " + f.name() + " was found in changed while it was being "
                + "accepted (one was deleted, or a schedule covers them now): look for recurring payments again");
    }
}
