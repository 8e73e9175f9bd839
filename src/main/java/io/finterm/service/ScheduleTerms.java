package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.RecurrenceDates;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import java.util.List;
import java.util.Map;

/**
 * A schedule's terms as a person enters them, checked and resolved against the user's accounts and categories the way
 * a transaction's are: each refusal names the option that is wrong.
 */
final class ScheduleTerms {
    private ScheduleTerms() {
    }

    /** {@code n} as schedule {@code id} of {@code userId}, running, due from its rule's start. */
    static Schedule of(ReadTx rd, io.finterm.domain.User user, long id, NewSchedule n) {
        String name = name(rd, user.id(), id, n.name());
        if (n.kind() == null) {
            throw new ValidationException("type", "is required: one of expense, income, transfer");
        }
        if (n.kind() == TxKind.TRANSFER_IN) {
            throw new ValidationException("type", "a scheduled transfer is written from the account money leaves");
        }
        Account account = AccountLookup.open(rd, user, "account", n.account());
        Money amount = amount(n.amount(), account);
        if (n.rule() == null) {
            throw new ValidationException("every", "is required: day, week, month or year");
        }
        RecurrenceDates.requireFires(n.rule());
        boolean hasCategory = n.category() != null && !n.category().isBlank();
        if (n.kind() == TxKind.TRANSFER_OUT) {
            Account to = to(rd, user.id(), account, n.toAccount());
            if (hasCategory || !n.splits().isEmpty()) {
                throw new ValidationException("category", "a transfer has no category; leave out --category and --split");
            }
            return new Schedule(id, user.id(), name, account.id(), n.kind(), to.id(), 0, amount, n.approximate(), n.description(),
                    n.payee(), n.tags(), List.of(), n.rule(), n.weekend(), n.auto(), null, n.rule().start());
        }
        if (n.toAccount() != null && !n.toAccount().isBlank()) {
            throw new ValidationException("to", "only a transfer goes to another account; leave out --to, or use --type transfer");
        }
        if (n.splits().isEmpty()) {
            if (!hasCategory) {
                throw new ValidationException("category", "is required for " + (n.kind() == TxKind.INCOME ? "income" : "an expense"));
            }
            Category c = Categories.existing(rd, user.id(), n.kind(), n.category());
            return new Schedule(id, user.id(), name, account.id(), n.kind(), 0, c.id(), amount, n.approximate(), n.description(),
                    n.payee(), n.tags(), List.of(), n.rule(), n.weekend(), n.auto(), null, n.rule().start());
        }
        if (hasCategory) {
            throw new ValidationException("category", "a split schedule has its categories on its lines: "
                    + "give a category or split lines, not both");
        }
        Entry lines = new Entry(null, n.kind(), "", amount, "", account.name(), "", List.of(), n.splits());
        List<SplitLine> split = SplitLines.of(rd, user.id(), lines, account);
        return new Schedule(id, user.id(), name, account.id(), n.kind(), 0, 0, amount, n.approximate(), n.description(),
                n.payee(), n.tags(), split, n.rule(), n.weekend(), n.auto(), null, n.rule().start());
    }

    /** The terms of {@code s} with {@code c} applied: what {@code c} leaves null stays as it was. */
    /** The name, cleaned, which no other schedule {@code id} of the user's has. */
    static String name(ReadTx rd, long userId, long id, String given) {
        String name = Text.field("name", given, Schedule.MAX_NAME, true);
        ScheduleRows.find(rd, userId, name).filter(s -> s.id() != id).ifPresent(s -> {
            throw new ValidationException("name", "you have a schedule called " + s.name() + " already");
        });
        return name;
    }

    static NewSchedule changed(ReadTx rd, Schedule s, ScheduleChange c) {
        Map<Long, String> categories = Categories.names(rd, s.userId());
        TxKind kind = c.kind() == null ? s.kind() : c.kind();
        String category = s.lines().isEmpty() && !s.isTransfer() ? categories.get(s.categoryId()) : "";
        List<Entry.SplitEntry> splits = s.lines().stream()
                .map(l -> new Entry.SplitEntry(categories.get(l.categoryId()), l.amount(), l.memo())).toList();
        if (c.category() != null) {
            category = c.category();
            splits = c.splits() == null ? List.of() : c.splits();
        } else if (c.splits() != null) {
            splits = c.splits();
            category = "";
        }
        if (kind == TxKind.TRANSFER_OUT && c.category() == null && c.splits() == null) {
            category = "";
            splits = List.of();
        }
        String to = kind != TxKind.TRANSFER_OUT ? c.toAccount()
                : c.toAccount() != null ? c.toAccount() : s.isTransfer() ? ScheduleRows.account(rd, s.toAccountId()).name() : null;
        return new NewSchedule(c.newName() == null ? s.name() : c.newName(),
                c.account() == null ? ScheduleRows.account(rd, s.accountId()).name() : c.account(), kind, to,
                c.amount() == null ? s.amount().toDecimalString() : c.amount(),
                c.approximate() == null ? s.approximate() : c.approximate(), category, splits,
                c.description() == null ? s.description() : c.description(), c.payee() == null ? s.payee() : c.payee(),
                c.tags() == null ? s.tags() : c.tags(), c.rule() == null ? s.rule() : c.rule(),
                c.weekend() == null ? s.weekend() : c.weekend(), c.auto() == null ? s.auto() : c.auto());
    }

    private static Account to(ReadTx rd, long userId, Account from, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("to", "name the account the money goes to");
        }
        Account to = AccountLookup.requireOpen("to", AccountLookup.existing(rd, userId, "to", name));
        if (to.id() == from.id()) {
            throw new ValidationException("to", "a transfer goes to another account than " + from.name() + ", which it leaves");
        }
        if (!to.currency().equals(from.currency())) {
            throw new ValidationException("to", from.name() + " is in " + from.currency().getCurrencyCode() + " and " + to.name()
                    + " in " + to.currency().getCurrencyCode() + ": a scheduled transfer needs two accounts in one currency");
        }
        return to;
    }

    /** {@code text} in the account's currency, greater than zero. */
    static Money amount(String text, Account account) {
        Money m = Money.parse(text, account.currency());
        if (!m.isPositive()) {
            throw new ValidationException("amount", "must be greater than zero");
        }
        return m;
    }
}
