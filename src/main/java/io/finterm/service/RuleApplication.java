package io.finterm.service;

import io.finterm.domain.Rule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run of a user's rules over their stored transactions ({@link RuleService#apply}): every change
 * in one write transaction, so that the whole run is one step; without a write transaction, a dry run.
 */
final class RuleApplication {
    /** How many changes the result spells out. */
    static final int SHOWN = 20;

    private RuleApplication() {
    }

    /** Files the user's transactions that match {@code query} by their rules; {@code tx} null counts only. */
    static RuleService.Applied run(ReadTx rd, WriteTx tx, long userId, String query, LocalDate today) {
        Map<Long, String> categoryNames = Categories.names(rd, userId);
        if (query.equals(RuleService.UNCATEGORIZED_ONLY)
                && categoryNames.values().stream().noneMatch(io.finterm.domain.Category.UNCATEGORIZED::equalsIgnoreCase)) {
            // no import has left a row undecided yet, so there is no Uncategorized category to name: nothing to file
            return new RuleService.Applied(0, 0, Map.of(), List.of(), 0, 0);
        }
        Filter filter = FilterParser.parse(query, today, categoryNames.values(), AccountLookup.names(rd, userId));
        List<Rule> rules = RuleService.of(rd, userId);
        RuleSet set = RuleService.compile(rd, userId, rules);
        long[] examined = new long[1];
        long[] skippedSplits = new long[1];
        long[] skippedReconciled = new long[1];
        Map<Integer, Long> byRule = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        List<Transaction> changes = new ArrayList<>();
        FilterRows.scan(rd, userId, filter, filter.from(), filter.to(), t -> {
            if (!filter.matches(t, categoryNames)) {
                return;
            }
            examined[0]++;
            if (t.isSplit() || t.isTransfer()) {
                skippedSplits[0]++;
                return;
            }
            Rule hit = set.isEmpty() ? null : set.first(t.kind(), t.accountId(), t.amount().toDecimal(), t.payee(), t.description());
            if (hit == null) {
                return;
            }
            Transaction changed = applied(t, hit);
            if (changed.equals(t)) {
                return; // already as the rule would file it
            }
            if (t.status() == TxStatus.RECONCILED) {
                skippedReconciled[0]++;
                return;
            }
            changes.add(changed);
            byRule.merge(hit.position(), 1L, Long::sum);
            if (shown.size() < SHOWN) {
                shown.add(line(t, changed, hit, categoryNames));
            }
        });
        if (tx != null) {
            for (Transaction c : changes) {
                tx.update(Schema.TRANSACTIONS, c);
            }
        }
        return new RuleService.Applied(examined[0], changes.size(), byRule, shown, skippedSplits[0], skippedReconciled[0]);
    }

    /** {@code t} as {@code rule} files it: its category, its tags added, its payee and description if it sets them. */
    static Transaction applied(Transaction t, Rule rule) {
        List<String> tags = t.tags();
        if (!rule.tags().isEmpty()) {
            TreeSet<String> all = new TreeSet<>(t.tags());
            all.addAll(rule.tags());
            if (all.size() > io.finterm.domain.Tags.MAX_PER_TRANSACTION) {
                throw new ValidationException("tags", "rule " + rule.position() + " would give transaction " + t.id() + " "
                        + all.size() + " tags, at most " + io.finterm.domain.Tags.MAX_PER_TRANSACTION + "; nothing was changed");
            }
            tags = List.copyOf(all);
        }
        String payee = rule.setPayee().isEmpty() ? t.payee() : rule.setPayee();
        String description = rule.setDescription().isEmpty() ? t.description() : rule.setDescription();
        return new Transaction(t.id(), t.userId(), t.accountId(), t.date(), t.kind(), rule.categoryId(), t.amount(), description,
                0, payee, tags, t.status(), List.of(), t.origin());
    }

    /** One change as a line: {@code 12 2026-03-05 REWE Markt: Uncategorized → Groceries (rule 1)}. */
    private static String line(Transaction before, Transaction after, Rule rule, Map<Long, String> categoryNames) {
        String who = before.payeeOrDescription();
        StringBuilder s = new StringBuilder().append(before.id()).append(' ').append(before.date()).append(' ')
                .append(who).append(": ").append(categoryNames.getOrDefault(before.categoryId(), "?"));
        s.append(" → ").append(categoryNames.getOrDefault(after.categoryId(), "?"));
        if (!after.tags().equals(before.tags())) {
            s.append(", tags ").append(String.join(",", after.tags()));
        }
        if (!after.payee().equals(before.payee())) {
            s.append(", payee '").append(after.payee()).append('\'');
        }
        if (!after.description().equals(before.description())) {
            s.append(", description '").append(after.description()).append('\'');
        }
        return s.append(" (rule ").append(rule.position()).append(')').toString();
    }
}
