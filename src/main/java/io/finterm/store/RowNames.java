package io.finterm.store;

import io.finterm.domain.Account;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;

/**
 * A row as a person names it in a message ("transaction 812 (2026-11-01 'Rent')", "category 'Gym'"),
 * not by its table: undo's refusals say what is in the way in words.
 */
final class RowNames {
    private RowNames() {
    }

    static String of(Table<?> table, long id, Object row) {
        if (row == null) {
            return Constraints.singular(table) + " " + id;
        }
        if (row instanceof Transaction t) {
            return "transaction " + id + " (" + t.date() + " '" + t.payeeOrDescription() + "')";
        } else if (row instanceof Category c) {
            return "category '" + c.name() + "'";
        } else if (row instanceof Account a) {
            return "account '" + a.name() + "'";
        } else if (row instanceof User u) {
            return "user '" + u.username() + "'";
        } else if (row instanceof Schedule s) {
            return "schedule '" + s.name() + "'";
        } else if (row instanceof Occurrence o) {
            return "the occurrence of " + o.date() + " of schedule " + o.scheduleId();
        } else if (row instanceof Budget b) {
            return "the budget of " + b.month();
        } else if (row instanceof BudgetRollover r) {
            return "the rollover setting from " + r.from();
        } else if (row instanceof Rule r) {
            return "rule " + id + " ('" + r.pattern() + "')";
        } else if (row instanceof ImportProfile p) {
            return "import profile '" + p.name() + "'";
        } else if (row instanceof ImportBatch b) {
            return "import " + id + " (" + b.file() + ")";
        } else if (row instanceof BalanceWarning w) {
            return "the balance warning of account " + w.accountId();
        } else if (row instanceof SshKey k) {
            return "SSH key " + k.fingerprint();
        }
        return Constraints.singular(table) + " " + id;
    }
}
