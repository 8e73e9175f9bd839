package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.service.AccountLine;
import io.finterm.service.NewRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Adding a categorisation rule: the text to match, where (payee, description or either), how (a
 * substring, a whole word or a regular expression), the size of the amount, the account, the category
 * (completed from the user's), tags to add and a payee to set. Tab or Enter goes to the next field
 * (taking the completion); Enter on the last or Ctrl-S adds it. A refused value, such as a regular
 * expression that does not compile, shows next to its field with the service's reason.
 */
final class RuleFormPage extends Page {
    private static final String WORD = "whole word";
    private final Form form;

    RuleFormPage(Tui tui, String match) {
        super(tui);
        form = new Form(List.of(Field.text("match", "Match", Rule.MAX_PATTERN).set(match),
                Field.choice("field", "In", RuleField.ANY.label(), RuleField.PAYEE.label(), RuleField.DESCRIPTION.label()),
                Field.choice("kind", "As", "text", WORD, "regex"),
                Field.text("min", "Min amount", 20), Field.text("max", "Max amount", 20),
                Field.text("account", "Account", 60), Field.text("category", "Category", 80),
                Field.text("tags", "Add tags", 200), Field.text("set-payee", "Set payee", Transaction.MAX_PAYEE)));
    }

    @Override
    String title() {
        return "New rule";
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        Field f = form.focused();
        boolean save = type == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 's';
        if (type == KeyType.Escape) {
            tui.back();
        } else if (save || type == KeyType.Enter && form.onLast()) {
            f.acceptSuggestion();
            save();
        } else if (type == KeyType.Enter || type == KeyType.Tab) {
            f.acceptSuggestion();
            f.suggestion = null;
            form.focus(form.focusIndex() + 1);
        } else {
            String before = f.text();
            if (form.handle(key) && !f.text().equals(before)) {
                suggest(f);
            }
        }
        return true;
    }

    /** The category and the account complete from the user's own. */
    private void suggest(Field f) {
        if (f.isEmpty()) {
            f.suggestion = null;
        } else if (f.name.equals("category")) {
            List<String> found = tui.services().transactions().completeCategories(tui.session(), f.text());
            f.suggestion = found.isEmpty() ? null : found.get(0);
        } else if (f.name.equals("account")) {
            String typed = f.text().toLowerCase(Locale.ROOT);
            f.suggestion = tui.services().accountBook().list(tui.session()).stream().map(AccountLine::account)
                    .filter(a -> !a.closed() && a.name().toLowerCase(Locale.ROOT).startsWith(typed)).map(a -> a.name()).findFirst().orElse(null);
        }
    }

    private void save() {
        form.clearErrors();
        try {
            var rule = tui.services().rules().add(tui.session(), rule());
            tui.back();
            tui.say("added rule " + rule.position() + " (tried after the others): "
                    + tui.services().rules().list(tui.session()).get(rule.position() - 1).summary());
        } catch (ValidationException e) {
            ValidationException mine = new ValidationException(field(e.field()), e.reason());
            if (!form.show(mine)) {
                form.error("match", e.getMessage());
                form.focus("match");
            }
        }
    }

    /** The form's field that a refusal from the rules is about: {@code --category} is Category, {@code tag} is Add tags. */
    private static String field(String refused) {
        String name = refused.startsWith("--") ? refused.substring(2) : refused;
        return switch (name) {
            case "tag" -> "tags";
            case "amount" -> "min";
            default -> name;
        };
    }

    private NewRule rule() {
        String kind = form.field("kind").text();
        List<String> tags;
        try {
            tags = Tags.parse(form.field("tags").text());
        } catch (ValidationException e) {
            throw new ValidationException("tags", e.reason());
        }
        return new NewRule(form.field("match").text(), RuleField.of(form.field("field").text()),
                kind.equals(WORD) ? MatchKind.WORD : kind.equals("regex") ? MatchKind.REGEX : MatchKind.TEXT,
                size("min"), size("max"), blank(form.field("account").text()), form.field("category").text(), tags,
                blank(form.field("set-payee").text()), null, null);
    }

    /** An amount bound: a size without a sign, or {@code null} for none; the rules' own refusal names this field. */
    private BigDecimal size(String name) {
        return Rule.size(name, form.field(name).text());
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "New rule", Style.TITLE);
        p.wrapped(12, 0, "tried after your other rules; it matches rows of its category's kind (an expense category: money out)",
                Style.MUTED, 2);
        int gap = p.height() >= 2 + 2 * form.fields.size() + 2 ? 2 : 1;
        form.draw(p, 2, 2, 13, Math.min(40, p.width() - 40), gap, form.fields.size());
        p.wrapped(2, p.height() - 1, "Tab next (takes the completion)  Enter next/add  Ctrl-S add  Esc cancel", Style.MUTED, 1);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("Match", "the text looked for: anywhere (text, ignoring case and accents), as a whole word, or a "
                        + "regular expression"),
                new KeyHelp("In", "the payee, the description, or any of them (a, p, d or Space)"),
                new KeyHelp("As", "text, whole word or regex (t, w, r or Space)"),
                new KeyHelp("Min, Max amount", "the size of the amount, without a sign; blank for any"),
                new KeyHelp("Account", "only rows of this account; blank for any (completes)"),
                new KeyHelp("Category", "where matching rows go (completes); expense:Other or income:Other where both have the name"),
                new KeyHelp("Add tags, Set payee", "tags added to the row, separated by commas; the payee it gets"),
                new KeyHelp("Tab, Enter", "next field, taking the completion"), new KeyHelp("Ctrl-S", "add the rule"),
                new KeyHelp("Esc", "cancel"));
    }

    @Override
    String hints() {
        return "Tab next  Ctrl-S add  Esc cancel";
    }
}
