package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person does to one occurrence of a schedule, named by the rule's date or the day it is booked: post it now,
 * skip it, give it its own amount or day, or let an existing transaction stand for it. Each is one write transaction.
 */
final class ScheduleOccurrences {
    private final Store store;
    private final BusinessDays days;
    private final Steps steps;

    ScheduleOccurrences(Store store, BusinessDays days, Steps steps) {
        this.store = store;
        this.days = days;
        this.steps = steps;
    }

    /** "skip of 'Rent' on 2026-12-01": what the person did to one occurrence, named by the rule's date. */
    private static String label(String what, Schedule s, LocalDate date) {
        return what + " of '" + s.name() + "' on " + date;
    }

    Posted approve(User user, String name, LocalDate day, String amount) {
        return store.write(tx -> {
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            LocalDate date = ScheduleRows.ruleDate(tx, s, day, days);
            Optional<Occurrence> changed = ScheduleRows.requireOpen(tx, s, date);
            Account account = ScheduleRows.account(tx, s.accountId());
            Money own = changed.map(Occurrence::amount).orElse(null);
            Money booked;
            if (amount != null && !amount.isBlank()) {
                booked = ScheduleTerms.amount(amount, account);
            } else if (s.approximate() && own == null) {
                throw new ValidationException("amount", s.name() + " is approximate (~" + s.amount().toDecimalString()
                        + "): give the amount of this one, as in --amount " + s.amount().toDecimalString());
            } else {
                booked = own == null ? s.amount() : own;
            }
            SchedulePosting.requireSplitAmount(s, booked);
            steps.record(tx, user, label("approval", s, date) + " (" + booked.display() + ")");
            LocalDate on = changed.map(Occurrence::moveTo).orElse(null);
            return SchedulePosting.post(tx, user, s, date, on == null ? days.adjust(date, s.weekend()) : on, booked);
        });
    }

    void skip(User user, String name, LocalDate day) {
        store.write(tx -> {
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            LocalDate date = ScheduleRows.ruleDate(tx, s, day, days);
            ScheduleRows.requireOpen(tx, s, date);
            steps.record(tx, user, label("skip", s, date));
            return SchedulePosting.mark(tx, s, date, OccurrenceState.SKIPPED, 0);
        });
    }

    /** A CHANGED row for the occurrence: a second change of the same occurrence replaces the first. */
    void change(User user, String name, LocalDate day, String amount, LocalDate moveTo) {
        boolean noAmount = amount == null || amount.isBlank();
        if (noAmount && moveTo == null) {
            throw new ValidationException("amount", "give this occurrence its own amount (--amount) or day (--date)");
        }
        store.write(tx -> {
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            LocalDate date = ScheduleRows.ruleDate(tx, s, day, days);
            Optional<Occurrence> was = ScheduleRows.requireOpen(tx, s, date);
            Money own = noAmount ? was.map(Occurrence::amount).orElse(null)
                    : ScheduleTerms.amount(amount, ScheduleRows.account(tx, s.accountId()));
            if (own != null) {
                SchedulePosting.requireSplitAmount(s, own);
            }
            LocalDate to = moveTo != null ? moveTo : was.map(Occurrence::moveTo).orElse(null);
            steps.record(tx, user, label("change", s, date));
            Occurrence row = new Occurrence(was.map(Occurrence::id).orElseGet(() -> tx.nextId(Schema.OCCURRENCES)), user.id(), s.id(),
                    date, OccurrenceState.CHANGED, 0, own, to);
            return was.isPresent() ? tx.update(Schema.OCCURRENCES, row) : tx.insert(Schema.OCCURRENCES, row);
        });
    }

    /**
     * A LINKED row naming {@code transactionId}, which must be the user's, in the schedule's account, going the same way
     * (money in or out), and not standing for another occurrence already.
     */
    void link(User user, String name, LocalDate day, long transactionId) {
        store.write(tx -> {
            Transaction t = TransactionService.owned(tx, user, transactionId);
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            LocalDate date = ScheduleRows.ruleDate(tx, s, day, days);
            ScheduleRows.requireOpen(tx, s, date);
            if (t.accountId() != s.accountId()) {
                throw new ValidationException("transaction", "transaction " + transactionId + " is in "
                        + ScheduleRows.account(tx, t.accountId()).name() + ", and " + s.name() + " books into "
                        + ScheduleRows.account(tx, s.accountId()).name());
            }
            if (t.kind().isInflow() != s.kind().isInflow()) {
                throw new ValidationException("transaction", "transaction " + transactionId + " is " + (t.kind().isInflow()
                        ? "money in" : "money out") + ", and " + s.name() + " is " + (s.kind().isInflow() ? "money in" : "money out"));
            }
            if (tx.count(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(user.id(), t.id())) > 0) {
                throw new ValidationException("transaction", "transaction " + transactionId
                        + " stands for an occurrence of a schedule already");
            }
            steps.record(tx, user, label("link", s, date) + " to transaction " + t.id());
            return SchedulePosting.mark(tx, s, date, OccurrenceState.LINKED, t.id());
        });
    }
}
