package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.TextFold;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the payments that recur in a user's history (a subscription, the rent, a salary) so that they can be
 * offered as schedules. Pure: it reads the payments it is given and nothing else.
 */
public final class RecurringFinder {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RecurringFinder() {
    }

    /**
     * One past payment: an expense or an income, its amount positive and in the account's currency.
     */
    public record Payment(long id, LocalDate date, TxKind kind, long accountId, String account, String category,
                          String payee, String description, Money amount) {
    }

    /**
     * A series found: what it is called, where it is paid from, its amount (approximate when the payments vary by more
     * than 1 %), its rule (whose start is {@code next}), its first and last payment, how many and which.
     * {@code weekend} is {@link WeekendPolicy#BEFORE} for a series paid on the month's last business day (the rule
     * then says the last day, moved before a weekend), {@link WeekendPolicy#KEEP} otherwise: a schedule made from it
     * takes both.
     */
    public record Found(String name, TxKind kind, long accountId, String account, String category, String payee,
                        String description, Money amount, boolean approximate, Recurrence rule, LocalDate first,
                        LocalDate last, int times, LocalDate next, List<Long> transactionIds, WeekendPolicy weekend) {
        public Found {
            transactionIds = List.copyOf(transactionIds);
            weekend = weekend == null ? WeekendPolicy.KEEP : weekend;
        }

        /** The contract's form: a rule kept as it falls (no weekend move). */
        public Found(String name, TxKind kind, long accountId, String account, String category, String payee,
                     String description, Money amount, boolean approximate, Recurrence rule, LocalDate first,
                     LocalDate last, int times, LocalDate next, List<Long> transactionIds) {
            this(name, kind, accountId, account, category, payee, description, amount, approximate, rule, first, last,
                    times, next, transactionIds, WeekendPolicy.KEEP);
        }

        /** {@code Netflix, 13.30 EUR monthly on the 15th, 14 times since 2025-09}. */
        public String describe() {
            return name + ", " + (approximate ? "about " : "") + amount + " "
                    + RecurrenceWords.rhythm(rule, weekend) + ", " + times + " times since "
                    + first.toString().substring(0, 7);
        }
    }

    /**
     * The series still alive on {@code today}, sorted by name; names are unique within the list. Payments after today,
     * transfers and amounts that are not positive are left out. Two yearly payments make a series only with (nearly)
     * the same amount; otherwise three are needed (measured in {@code RecurringFinderMeasurementTest}).
     */
    public static List<Found> find(List<Payment> history, LocalDate today) {
        return find(history, today, true);
    }

    /** {@link #find}, saying whether two yearly payments of the same amount are enough (for the measurement). */
    static List<Found> find(List<Payment> history, LocalDate today, boolean yearlyPairs) {
        Map<String, List<Payment>> groups = new HashMap<>();
        for (Payment p : history) {
            String who = p == null || p.date() == null || p.amount() == null || p.kind() == null ? "" : who(p);
            if (who.isEmpty() || p.date().isAfter(today) || !p.amount().isPositive()
                    || (p.kind() != TxKind.EXPENSE && p.kind() != TxKind.INCOME)) {
                continue;
            }
            String key = p.kind().ordinal() + "/" + p.accountId() + "/" + p.amount().currency().getCurrencyCode() + "/" + who;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Found> found = new ArrayList<>();
        for (List<Payment> group : groups.values()) {
            if (group.size() < 2) {
                continue; // a one-off payment, the usual group
            }
            group.sort(Comparator.comparing(Payment::date).thenComparingLong(Payment::id));
            for (SeriesSearch.Series s : new SeriesSearch(group, today, yearlyPairs).find()) {
                found.add(found(group, s, today));
            }
        }
        return FoundNames.unique(found);
    }

    /**
     * Who a payment went to or came from, as compared: the payee folded (case, accents, ß as ss), or without one the
     * description without its numbers and references ({@code NETFLIX.COM 8273629} → {@code netflix com}); empty when
     * there is neither.
     */
    private static String who(Payment p) {
        String payee = payeeKey(p.payee());
        if (!payee.isEmpty()) {
            return "p:" + payee;
        }
        String description = TextFold.key(p.description());
        return description.isEmpty() ? "" : "d:" + description;
    }

    /**
     * A payee as the finder groups payments by it: folded (case, accents, ß as ss) with its spaces made one, its digits
     * kept ({@code O2}, {@code 1&1}); empty for none. What tells whether a schedule covers a series found compares
     * this way too, so that a payee named by a number is recognised as scheduled.
     */
    public static String payeeKey(String payee) {
        return payee == null ? "" : SPACES.matcher(TextFold.fold(payee).strip()).replaceAll(" ");
    }

    private static Found found(List<Payment> group, SeriesSearch.Series s, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        for (int m : s.members()) {
            Payment p = group.get(m);
            dates.add(p.date());
            ids.add(p.id());
            least = Math.min(least, p.amount().minor());
            most = Math.max(most, p.amount().minor());
        }
        Payment latest = group.get(s.members()[s.members().length - 1]);
        RuleFit.Fit fit = RuleFit.fit(s.cadence(), dates, today);
        // The latest amount, not the median: what varies in a subscription is mostly its price going up, and the
        // next payment costs what the last one did; a bill that varies is said to be approximate, and the schedule
        // made from it waits for approval, where its amount is corrected.
        boolean approximate = most - least > SeriesSearch.SAME * least;
        String name = FoundNames.shown(latest);
        return new Found(name, latest.kind(), latest.accountId(), latest.account(), latest.category(),
                latest.payee(), FoundNames.description(group, s.members(), name), latest.amount(), approximate, fit.rule(), dates.get(0),
                latest.date(), dates.size(), fit.rule().start(), ids, fit.weekend());
    }
}
