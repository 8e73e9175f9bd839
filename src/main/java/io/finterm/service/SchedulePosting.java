package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books one occurrence of a schedule: its transaction (both legs, for a transfer) and its POSTED row, in the caller's
 * write transaction, so that a crash leaves both or neither. The transaction is built by the same code as one a person
 * enters, so it is checked the same way (an open account, existing categories, the account's currency).
 */
final class SchedulePosting {
    private SchedulePosting() {
    }

    /**
     * Posts the occurrence of {@code s} whose rule date is {@code date}, booked on {@code on} for {@code amount}; replaces its
     * CHANGED row when it has one. The unique (schedule, date) index refuses a second post, whatever raced.
     */
    static Posted post(WriteTx tx, User user, Schedule s, LocalDate date, LocalDate on, Money amount) {
        Account account = ScheduleRows.account(tx, s.accountId());
        String description = s.description().isBlank() ? s.name() : s.description();
        Transaction booked;
        if (s.isTransfer()) {
            Account to = ScheduleRows.account(tx, s.toAccountId());
            TransferService.Transfer legs = TransferService.write(tx, user, tx.nextId(Schema.TRANSACTIONS), tx.nextId(Schema.TRANSACTIONS),
                    new TransferEntry(account.name(), to.name(), amount.toDecimalString(), null, on, description), null);
            booked = legs.out();
            if (!s.payee().isEmpty() || !s.tags().isEmpty()) {
                booked = tx.update(Schema.TRANSACTIONS, legs.out().withPayeeAndTags(s.payee(), s.tags()));
                tx.update(Schema.TRANSACTIONS, legs.in().withPayeeAndTags(s.payee(), s.tags()));
            }
        } else {
            Map<Long, String> names = Categories.names(tx, user.id());
            List<Entry.SplitEntry> splits = s.lines().stream()
                    .map(l -> new Entry.SplitEntry(names.get(l.categoryId()), l.amount(), l.memo())).toList();
            Entry entry = new Entry(on, s.kind(), s.lines().isEmpty() ? names.get(s.categoryId()) : "", amount, description,
                    account.name(), s.payee(), s.tags(), splits);
            booked = tx.insert(Schema.TRANSACTIONS,
                    TransactionService.booked(tx, user, tx.nextId(Schema.TRANSACTIONS), entry, TxStatus.UNCLEARED));
        }
        Optional<Occurrence> changed = ScheduleRows.occurrence(tx, s, date);
        Occurrence row = new Occurrence(changed.map(Occurrence::id).orElseGet(() -> tx.nextId(Schema.OCCURRENCES)), user.id(), s.id(),
                date, OccurrenceState.POSTED, booked.id(), null, null);
        if (changed.isPresent()) {
            tx.update(Schema.OCCURRENCES, row);
        } else {
            tx.insert(Schema.OCCURRENCES, row);
        }
        return new Posted(s.name(), date, on, booked.id(), amount, account.name(), s.kind());
    }

    /** Marks the occurrence on rule date {@code date} as {@code state} (skipped, or linked to {@code transactionId}). */
    static Occurrence mark(WriteTx tx, Schedule s, LocalDate date, OccurrenceState state, long transactionId) {
        Optional<Occurrence> changed = ScheduleRows.occurrence(tx, s, date);
        Occurrence row = new Occurrence(changed.map(Occurrence::id).orElseGet(() -> tx.nextId(Schema.OCCURRENCES)), s.userId(), s.id(),
                date, state, transactionId, null, null);
        return changed.isPresent() ? tx.update(Schema.OCCURRENCES, row) : tx.insert(Schema.OCCURRENCES, row);
    }

    /** A split schedule's lines fix its amount: another amount for one occurrence would leave them not adding up. */
    static void requireSplitAmount(Schedule s, Money amount) {
        if (!s.lines().isEmpty() && amount.minor() != s.amount().minor()) {
            throw new io.finterm.domain.ValidationException("amount", s.name() + " is split, and its lines add up to "
                    + s.amount().toDecimalString() + "; change its lines instead (finterm schedule edit " + s.name() + " --split …)");
        }
    }
}
