package io.finterm.service;

import io.finterm.domain.Rule;
import io.finterm.domain.TxKind;
import io.finterm.store.ReadTx;
import java.math.BigDecimal;
import java.util.List;

/**
 * Categorises a bank file's rows for one import: the person's rules first, in their order (the first
 * that holds sets the category, and may add tags and set the payee and description); then the
 * category their history suggests for the payee or the description ({@link HistorySuggestions});
 * otherwise nothing, and the row stays uncategorized. Built once per import, from what the store held
 * when the import began.
 */
final class Categorizer {
    private final RuleSet rules;
    private final HistorySuggestions history;

    private Categorizer(RuleSet rules, HistorySuggestions history) {
        this.rules = rules;
        this.history = history;
    }

    /** The rules and the history of the user {@code userId}. */
    static Categorizer of(ReadTx rd, long userId) {
        List<Rule> own = RuleService.of(rd, userId);
        return new Categorizer(RuleService.compile(rd, userId, own), HistorySuggestions.of(rd, userId));
    }

    /**
     * @param size the amount without its sign, in the account's currency
     * @param kind income for money in, expense for money out: a rule or a suggestion of the other kind never applies
     */
    Categorized categorize(TxKind kind, long accountId, BigDecimal size, String payee, String description) {
        Rule rule = rules.first(kind, accountId, size, payee, description);
        if (rule != null) {
            return new Categorized(rule.categoryId(), rule.tags(), rule.setPayee(), rule.setDescription(), Categorized.Source.RULE,
                    rule.position(), "rule " + rule.position() + ": " + RuleSummary.condition(rule));
        }
        HistorySuggestions.Suggestion suggested = history.suggest(kind, payee, description);
        if (suggested != null) {
            return new Categorized(suggested.categoryId(), List.of(), "", "", Categorized.Source.HISTORY, 0, suggested.why());
        }
        return Categorized.NONE;
    }
}
