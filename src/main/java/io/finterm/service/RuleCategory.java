package io.finterm.service;

import io.finterm.domain.Category;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import java.util.Locale;
import java.util.Optional;

/**
 * The category a rule names: {@code Groceries}, or {@code expense:Other} / {@code income:Other} to say
 * which kind. Only an existing category: a rule never creates one.
 */
final class RuleCategory {
    private static final String FIELD = "--category";

    private RuleCategory() {
    }

    static Category resolve(ReadTx rd, long userId, String spec) {
        String text = Text.clean(spec);
        if (text.isEmpty()) {
            throw new ValidationException(FIELD, "a rule needs the category it files rows into");
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            String word = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (word.equals("expense") || word.equals("income")) {
                TxKind kind = word.equals("expense") ? TxKind.EXPENSE : TxKind.INCOME;
                String name = text.substring(colon + 1).strip();
                return Categories.find(rd, userId, kind, name).orElseThrow(() -> unknown(rd, userId, name, kind));
            }
        }
        Optional<Category> expense = Categories.find(rd, userId, TxKind.EXPENSE, text);
        Optional<Category> income = Categories.find(rd, userId, TxKind.INCOME, text);
        if (expense.isPresent() && income.isPresent()) {
            String name = expense.get().name();
            throw new ValidationException(FIELD, "'" + name + "' is both an income and an expense category: write expense:"
                    + name + " or income:" + name);
        }
        return expense.or(() -> income).orElseThrow(() -> unknown(rd, userId, text, null));
    }

    /** The category as a rule shows it: {@code expense:Groceries}. */
    static String shown(Category c) {
        return c.kind().label() + ":" + c.name();
    }

    private static ValidationException unknown(ReadTx rd, long userId, String name, TxKind kind) {
        var names = Categories.all(rd, userId).stream().filter(c -> kind == null || c.kind() == kind).map(Category::name).toList();
        String near = SearchText.nearest(name, names).map(n -> " (did you mean " + n + "?)").orElse("");
        return new ValidationException(FIELD, "there is no " + (kind == null ? "" : kind.label() + " ") + "category '"
                + Text.clean(name) + "'" + near + "; `finterm category list` shows yours (a rule never creates one)");
    }
}
