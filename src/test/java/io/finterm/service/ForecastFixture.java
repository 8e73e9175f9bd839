package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedules and occurrence rows written straight into the store, for the forecast's tests: a small
 * stand-in for the schedule service, which is another branch's.
 */
final class ForecastFixture {
    private final Store store;
    private final Session session;

    ForecastFixture(Store store, Session session) {
        this.store = store;
        this.session = session;
    }

    long account(String name) {
        return store.read(rd -> rd.findUnique(Schema.ACCOUNTS_BY_NAME, session.userId(), Account.fold(name)).orElseThrow().id());
    }

    long category(CategoryService categories, TxKind kind, String name) {
        return categories.list(session).stream().filter(c -> c.kind() == kind && c.name().equals(name)).map(Category::id)
                .findFirst().orElseThrow();
    }

    /** A monthly schedule on {@code day}, from {@code start}, waiting for approval. */
    Schedule monthly(String name, String account, TxKind kind, String to, long category, String amount, int day, LocalDate start,
                     WeekendPolicy weekend) {
        return schedule(name, account, kind, to, category, amount, new Recurrence(Frequency.MONTH, 1, day, 0, null, start, null, 0),
                weekend, null);
    }

    Schedule schedule(String name, String account, TxKind kind, String to, long category, String amount, Recurrence rule,
                      WeekendPolicy weekend, LocalDate pausedOn) {
        long accountId = account(account);
        long toId = to == null ? 0 : account(to);
        return store.write(tx -> tx.insert(Schema.SCHEDULES, new Schedule(tx.nextId(Schema.SCHEDULES), session.userId(), name,
                accountId, kind, toId, kind == TxKind.TRANSFER_OUT ? 0 : category, Money.parse(amount, java.util.Currency.getInstance("EUR")),
                false, "", "", List.of(), List.of(), rule, weekend, false, pausedOn, rule.start())));
    }

    /** Records what became of the occurrence of {@code s} on the rule's {@code date}. */
    void handled(Schedule s, LocalDate date, OccurrenceState state, long transactionId) {
        store.write(tx -> tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), session.userId(), s.id(), date,
                state, transactionId, null, null)));
    }

    /** An expense booked in {@code account} as though the schedule {@code s} had posted it on {@code date}. */
    Transaction postedBy(Schedule s, LocalDate date, long category, String amount) {
        Transaction t = store.write(tx -> tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS),
                session.userId(), s.accountId(), date, TxKind.EXPENSE, category, Money.parse(amount, java.util.Currency.getInstance("EUR")),
                s.name())));
        handled(s, date, OccurrenceState.POSTED, t.id());
        return t;
    }
}
