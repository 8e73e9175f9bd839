package io.finterm.service;

import io.finterm.domain.Rule;

/**
 * A rule as the screens and {@code rules list} show it.
 *
 * @param category the category as {@code kind:name} ({@code expense:Groceries})
 * @param account  the account's name, or {@code ""} for any
 * @param summary  the rule in one line: {@code payee contains 'rewe' → Groceries}
 */
public record RuleView(Rule rule, String category, String account, String summary) {
    public int position() {
        return rule.position();
    }
}
