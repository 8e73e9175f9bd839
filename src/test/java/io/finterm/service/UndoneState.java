package io.finterm.service;

import io.finterm.store.AggregateRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Schema;
import io.finterm.store.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an undo must bring back, to compare before a change and after its undo (or after the
 * change and after its redo): every row of every table but the undo history itself, the totals the
 * store keeps beside them, and what the person's own screens read from them.
 */
record UndoneState(Map<String, List<Object>> rows, List<AggregateRow> monthlyTotals, List<AggregateRow> balances,
                   List<Object> seen) {

    /** The store's rows and totals, and {@code person}'s accounts with balances, categories with counts, rollovers and the budgets of {@code months}. */
    static UndoneState of(Accounts fx, Session person, YearMonth... months) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        List<AggregateRow>[] totals = new List[2];
        fx.store.read(rd -> {
            for (Table<?> table : Schema.TABLES) {
                if (table == Schema.STEPS || table == Schema.STEP_CHANGES || table == Schema.AUDIT) {
                    continue;
                }
                List<Object> list = new ArrayList<>();
                rd.forEach(table, list::add);
                rows.put(table.name(), list);
            }
            totals[0] = rd.aggregate(Schema.MONTHLY_TOTALS, KeyRange.all());
            totals[1] = rd.aggregate(Schema.ACCOUNT_BALANCES, KeyRange.all());
            return null;
        });
        List<Object> seen = new ArrayList<>();
        seen.add(fx.accountBook.list(person, LocalDate.of(2026, 12, 31)));
        seen.add(fx.categories.listWithCounts(person));
        seen.add(fx.budgets.rollovers(person));
        for (YearMonth m : months) {
            seen.add(fx.budgets.month(person, m));
        }
        return new UndoneState(rows, totals[0], totals[1], seen);
    }
}
