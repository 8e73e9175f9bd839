package io.finterm.service;

import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The schedules, occurrences and balance warnings of a person's export, merged into the acting user's
 * books as {@link OwnExportMerger} merges the rest: a schedule by name (when the user has one of that
 * name, theirs is kept, and the export's occurrences of it are left out), into the mapped accounts and
 * categories; an occurrence names the transaction booked here for the export's one, so that it is never
 * posted again; a warning unless the user has one on that account.
 */
final class OwnScheduleMerger {
    private final WriteTx tx;
    private final long userId;
    private final LongUnaryOperator account;
    private final LongUnaryOperator category;
    private final TransactionIds transactions;
    /** The export's schedule ids and the ids of the schedules added for them; a kept one of the user's is not here. */
    private final Map<Long, Long> added = new HashMap<>();
    private long count = -1;
    long schedules;
    long occurrences;
    long warnings;

    OwnScheduleMerger(WriteTx tx, long userId, LongUnaryOperator account, LongUnaryOperator category, TransactionIds transactions) {
        this.tx = tx;
        this.userId = userId;
        this.account = account;
        this.category = category;
        this.transactions = transactions;
    }

    void schedule(Schedule s) {
        if (tx.findUnique(Schema.SCHEDULES_BY_NAME, userId, Schedule.fold(s.name())).isPresent()) {
            return;
        }
        if (count < 0) {
            count = tx.scan(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows().size();
        }
        if (++count > Schedule.MAX_PER_USER) {
            throw new ValidationException("schedules", "you would have more than " + Schedule.MAX_PER_USER
                    + " schedules; delete some (finterm schedule delete NAME), then import again");
        }
        Schedule mine = new Schedule(tx.nextId(Schema.SCHEDULES), userId, s.name(), account.applyAsLong(s.accountId()), s.kind(),
                s.isTransfer() ? account.applyAsLong(s.toAccountId()) : 0, s.categoryId() == 0 ? 0 : category.applyAsLong(s.categoryId()),
                s.amount(), s.approximate(), s.description(), s.payee(), s.tags(),
                s.lines().stream().map(l -> new SplitLine(category.applyAsLong(l.categoryId()), l.amount(), l.memo())).toList(),
                s.rule(), s.weekend(), s.auto(), s.pausedOn(), s.dueFrom());
        tx.insert(Schema.SCHEDULES, mine);
        added.put(s.id(), mine.id());
        schedules++;
    }

    void occurrence(Occurrence o) {
        Long schedule = added.get(o.scheduleId());
        if (schedule == null) {
            return; // the user's own schedule of that name was kept, with what became of its occurrences
        }
        long transaction = 0;
        if (o.transactionId() != 0) {
            transaction = transactions.get(o.transactionId());
            // deleted since it was posted: the occurrence stays handled, naming an id no transaction will take
            transaction = transaction == 0 ? tx.nextId(Schema.TRANSACTIONS) : transaction;
        }
        tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), userId, schedule, o.date(), o.state(), transaction,
                o.amount(), o.moveTo()));
        occurrences++;
    }

    void warning(BalanceWarning w) {
        long mine = account.applyAsLong(w.accountId());
        if (tx.findUnique(Schema.BALANCE_WARNINGS_BY_ACCOUNT, userId, mine).isPresent()) {
            return;
        }
        tx.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(tx.nextId(Schema.BALANCE_WARNINGS), userId, mine, w.below()));
        warnings++;
    }
}
