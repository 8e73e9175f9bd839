package io.finterm.service;

import io.finterm.domain.MatchKind;
import io.finterm.domain.RuleField;
import java.math.BigDecimal;
import java.util.List;

/**
 * A rule as a person states it, by names: {@link RuleService#add} finds the category and the account.
 *
 * @param match          the text, word or regular expression
 * @param field          where to look; {@code null} for {@link RuleField#ANY}
 * @param kind           how to match; {@code null} for {@link MatchKind#TEXT}
 * @param min            the smallest size that matches (no sign), or {@code null}
 * @param max            the largest size that matches, or {@code null}
 * @param account        the only account whose rows match, or {@code null}/blank for any
 * @param category       {@code Groceries}, or {@code expense:Other} where both kinds have the name
 * @param tags           tags to add, or {@code null}
 * @param setPayee       the payee to set, or {@code null}/blank
 * @param setDescription the description to write instead, or {@code null}/blank
 * @param at             the position to insert at (1 = tried first), or {@code null} for last
 */
public record NewRule(String match, RuleField field, MatchKind kind, BigDecimal min, BigDecimal max, String account,
                      String category, List<String> tags, String setPayee, String setDescription, Integer at) {
    /** A plain rule: {@code match} anywhere in the payee or description files the row into {@code category}. */
    public static NewRule of(String match, String category) {
        return new NewRule(match, RuleField.ANY, MatchKind.TEXT, null, null, null, category, List.of(), null, null, null);
    }
}
