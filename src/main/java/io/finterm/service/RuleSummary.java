package io.finterm.service;

import io.finterm.domain.Rule;
import java.util.ArrayList;
import java.util.List;

/** A rule in one line, as a person would say it: {@code payee contains 'rewe', 10.00 to 50.00 → Groceries, tags food}. */
final class RuleSummary {
    private RuleSummary() {
    }

    /** What the rule looks for: {@code payee or description contains 'rewe'}. */
    static String condition(Rule r) {
        String where = switch (r.field()) {
            case PAYEE -> "payee";
            case DESCRIPTION -> "description";
            case ANY -> "payee or description";
        };
        String how = switch (r.match()) {
            case TEXT -> " contains '" + r.pattern() + "'";
            case WORD -> " has the word '" + r.pattern() + "'";
            case REGEX -> " matches /" + r.pattern() + "/";
        };
        return where + how;
    }

    static String of(Rule r, String category, String account) {
        List<String> conditions = new ArrayList<>(List.of(condition(r)));
        if (r.min() != null && r.max() != null) {
            conditions.add(r.min().toPlainString() + " to " + r.max().toPlainString());
        } else if (r.min() != null) {
            conditions.add("at least " + r.min().toPlainString());
        } else if (r.max() != null) {
            conditions.add("at most " + r.max().toPlainString());
        }
        if (!account.isEmpty()) {
            conditions.add("in " + account);
        }
        List<String> actions = new ArrayList<>(List.of(category));
        if (!r.tags().isEmpty()) {
            actions.add("tags " + String.join(",", r.tags()));
        }
        if (!r.setPayee().isEmpty()) {
            actions.add("payee '" + r.setPayee() + "'");
        }
        if (!r.setDescription().isEmpty()) {
            actions.add("description '" + r.setDescription() + "'");
        }
        return String.join(", ", conditions) + " → " + String.join(", ", actions);
    }
}
