package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the payments that recur in a user's history (a subscription, the rent, a salary) so that they can be
 * offered as schedules. Pure: it reads the payments it is given and nothing else.
 */
public final class RecurringFinder {
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

    /** The series still alive on {@code today}, sorted by name; names are unique within the list. */
    public static List<Found> find(List<Payment> history, LocalDate today) {
        return List.of();
    }
}
