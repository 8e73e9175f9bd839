package io.finterm.service;

/**
 * The rule finterm offers after a person files an imported transaction into another category by hand,
 * decided once here so that the command line and the app offer the same rule.
 *
 * @param rule     the rule to add, its category by name ({@code Groceries}, or {@code expense:Other} where
 *                 both kinds have the name)
 * @param category the category's name as the person knows it, for the sentence around the offer
 * @param summary  the rule in one line: {@code payee 'REWE' → Groceries}
 */
public record RuleOffer(NewRule rule, String category, String summary) {
}
