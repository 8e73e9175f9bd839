package io.finterm.service;

import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * A user's rules made ready to try on many rows: patterns folded or compiled once, so that each row
 * costs a fold of its two texts and the comparisons. Pure, and not thread-safe (it reuses the folded
 * texts of the row being tried): one import or one apply uses one set on one thread.
 */
public final class RuleSet {
    /** One rule with what matching it needs worked out beforehand. */
    private record Ready(Rule rule, TxKind kind, String folded, Pattern regex) {
    }

    private final Ready[] rules;
    private String payee;
    private String description;
    private String foldedPayee;
    private String foldedDescription;

    private RuleSet(Ready[] rules) {
        this.rules = rules;
    }

    /**
     * {@code rules} in the order given (their position order), each limited to its category's kind as
     * {@code categoryKind} tells it.
     */
    public static RuleSet compile(List<Rule> rules, LongFunction<TxKind> categoryKind) {
        Ready[] ready = new Ready[rules.size()];
        for (int i = 0; i < ready.length; i++) {
            Rule r = rules.get(i);
            ready[i] = new Ready(r, categoryKind.apply(r.categoryId()),
                    r.match() == MatchKind.REGEX ? null : RuleText.fold(r.pattern()),
                    r.match() == MatchKind.REGEX ? Rule.compile(r.pattern()) : null);
        }
        return new RuleSet(ready);
    }

    public boolean isEmpty() {
        return rules.length == 0;
    }

    /**
     * The first rule that holds for a row, or {@code null}.
     *
     * @param kind        the row's kind: only a rule whose category has it may hit (a transfer none);
     *                    {@code null} lets a rule of either kind hit
     * @param accountId   the row's account, or 0 when unknown (the account condition is then ignored)
     * @param size        the amount without its sign, in the account's currency; {@code null} ignores the bounds
     */
    public Rule first(TxKind kind, long accountId, BigDecimal size, String payee, String description) {
        this.payee = payee == null ? "" : payee;
        this.description = description == null ? "" : description;
        foldedPayee = null;
        foldedDescription = null;
        for (Ready r : rules) {
            if (holds(r, kind, accountId, size)) {
                return r.rule();
            }
        }
        return null;
    }

    private boolean holds(Ready r, TxKind kind, long accountId, BigDecimal size) {
        Rule rule = r.rule();
        if (kind != null && kind != r.kind()) {
            return false;
        }
        if (accountId != 0 && rule.accountId() != 0 && rule.accountId() != accountId) {
            return false;
        }
        if (size != null && (rule.min() != null && size.compareTo(rule.min()) < 0 || rule.max() != null && size.compareTo(rule.max()) > 0)) {
            return false;
        }
        return switch (rule.field()) {
            case PAYEE -> hits(r, RuleField.PAYEE);
            case DESCRIPTION -> hits(r, RuleField.DESCRIPTION);
            case ANY -> hits(r, RuleField.PAYEE) || hits(r, RuleField.DESCRIPTION);
        };
    }

    private boolean hits(Ready r, RuleField field) {
        if (r.regex() != null) {
            String raw = field == RuleField.PAYEE ? payee : description;
            try {
                return r.regex().matcher(new StepLimitedText(raw)).find();
            } catch (StepLimitedText.Exhausted | StackOverflowError e) {
                return false; // too costly to decide: no match, rather than a hung import
            }
        }
        String text = folded(field);
        return r.rule().match() == MatchKind.WORD ? RuleText.containsWord(text, r.folded()) : RuleText.contains(text, r.folded());
    }

    /** The row's text in {@code field}, folded at most once per row. */
    private String folded(RuleField field) {
        if (field == RuleField.PAYEE) {
            if (foldedPayee == null) {
                foldedPayee = RuleText.fold(payee);
            }
            return foldedPayee;
        }
        if (foldedDescription == null) {
            foldedDescription = RuleText.fold(description);
        }
        return foldedDescription;
    }
}
