package io.finterm.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A template transaction that repeats: the account it is booked in, what it books (income, an expense
 * or a transfer to {@code toAccountId}, with its category or split lines), how much, and when
 * ({@link Recurrence}). Occurrences the rule gives from {@code dueFrom} on that have no
 * {@link Occurrence} row yet are due once their date has come: an automatic schedule posts them, the
 * others wait for approval.
 *
 * @param kind        {@link TxKind#INCOME}, {@link TxKind#EXPENSE} or {@link TxKind#TRANSFER_OUT}
 * @param toAccountId a transfer's other account; 0 otherwise
 * @param categoryId  0 for a transfer or a split
 * @param approximate the amount is an estimate ({@code ~1200}): the real one is given when it is approved,
 *                    so an approximate schedule is never automatic
 * @param pausedOn    the day it was paused, or {@code null} when it runs
 * @param dueFrom     the rule's dates before this day are never due: they were handled, or belong to the
 *                    terms before an edit. The rule's start at first.
 */
public record Schedule(long id, long userId, String name, long accountId, TxKind kind, long toAccountId, long categoryId,
                       Money amount, boolean approximate, String description, String payee, List<String> tags,
                       List<SplitLine> lines, Recurrence rule, WeekendPolicy weekend, boolean auto, LocalDate pausedOn,
                       LocalDate dueFrom) {
    public static final int MAX_NAME = 60;
    /** How many schedules one user may keep: every catch-up walks them all. */
    public static final int MAX_PER_USER = 1000;

    public Schedule {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        name = Text.field("name", name, MAX_NAME, true);
        Ids.requirePositive("account", accountId);
        Ids.required("type", kind);
        if (kind == TxKind.TRANSFER_IN) {
            throw new ValidationException("type", "a scheduled transfer is written from the account money leaves");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (kind == TxKind.TRANSFER_OUT) {
            Ids.requirePositive("to", toAccountId);
            if (toAccountId == accountId) {
                throw new ValidationException("to", "a transfer goes to another account than the one it leaves");
            }
            if (categoryId != 0 || !lines.isEmpty()) {
                throw new ValidationException("category", "a transfer has no category");
            }
        } else {
            if (toAccountId != 0) {
                throw new ValidationException("to", "only a transfer goes to another account");
            }
            if (lines.isEmpty()) {
                Ids.requirePositive("category", categoryId);
            } else if (categoryId != 0) {
                throw new ValidationException("category", "a split schedule has its categories on its lines");
            }
        }
        Ids.requireAmount("amount", amount);
        if (!lines.isEmpty() && lines.stream().mapToLong(l -> l.amount().minor()).sum() != amount.minor()) {
            throw new ValidationException("split", "the lines must add up to the amount");
        }
        if (approximate && auto) {
            // worded for every front end alike: the app's form has no --auto or --approx to leave out
            throw new ValidationException("approx", "an approximate amount cannot be posted automatically: it waits for approval, "
                    + "where its real amount is given; make the schedule automatic or approximate, not both");
        }
        description = Text.field("description", description, Transaction.MAX_DESCRIPTION, false);
        payee = Text.field("payee", payee, Transaction.MAX_PAYEE, false);
        tags = Tags.of(tags == null ? List.of() : tags);
        Ids.required("rule", rule);
        Ids.required("weekend", weekend);
        Ids.required("due from", dueFrom);
    }

    /** A name folded for uniqueness: {@code Rent} and {@code rent} are one schedule. */
    public static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isTransfer() {
        return kind == TxKind.TRANSFER_OUT;
    }

    public boolean paused() {
        return pausedOn != null;
    }

    /** The category ids this schedule books into: its own, or its lines'. */
    public List<Long> categoryIds() {
        if (isTransfer()) {
            return List.of();
        }
        return lines.isEmpty() ? List.of(categoryId) : lines.stream().map(SplitLine::categoryId).distinct().toList();
    }

    /** The accounts this schedule books into. */
    public List<Long> accountIds() {
        return isTransfer() ? List.of(accountId, toAccountId) : List.of(accountId);
    }

    public Schedule withPausedOn(LocalDate day) {
        return new Schedule(id, userId, name, accountId, kind, toAccountId, categoryId, amount, approximate, description, payee,
                tags, lines, rule, weekend, auto, day, dueFrom);
    }

    public Schedule withDueFrom(LocalDate day) {
        return new Schedule(id, userId, name, accountId, kind, toAccountId, categoryId, amount, approximate, description, payee,
                tags, lines, rule, weekend, auto, pausedOn, day);
    }

    /** This schedule booking into {@code to} where it booked into {@code from} (when {@code from} is merged into it). */
    public Schedule withCategory(long from, long to) {
        List<SplitLine> moved = lines.stream().map(l -> l.categoryId() == from ? l.withCategory(to) : l).toList();
        return new Schedule(id, userId, name, accountId, kind, toAccountId, categoryId == from ? to : categoryId, amount,
                approximate, description, payee, tags, moved, rule, weekend, auto, pausedOn, dueFrom);
    }
}
