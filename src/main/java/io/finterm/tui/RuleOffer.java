package io.finterm.tui;

import io.finterm.domain.MatchKind;
import io.finterm.domain.RuleField;
import io.finterm.domain.Transaction;
import io.finterm.service.Entry;
import io.finterm.service.Listed;
import io.finterm.service.NewRule;
import java.util.List;

/**
 * After a person gives an imported transaction another category in the entry form, the offer to
 * make that a rule, so that the next import files such rows there itself: {@code Make a rule: payee
 * 'REWE' → Groceries?}. The rule matches the payee, or the description where there is no payee, as
 * text; yes adds it last through the rules.
 */
final class RuleOffer {
    private RuleOffer() {
    }

    /** Says the edit was saved and, when {@code before} was imported and {@code after} has another category, asks. */
    static void after(Tui tui, Listed before, Entry after) {
        tui.say("saved");
        Transaction t = before.transaction();
        if (t.origin().importId() == 0 || t.isTransfer() || t.isSplit() || after.isSplit() || after.category() == null
                || after.category().strip().equalsIgnoreCase(before.category())) {
            return;
        }
        boolean byPayee = !after.payee().isBlank();
        String text = (byPayee ? after.payee() : after.description()).strip();
        if (text.isEmpty()) {
            return;
        }
        String category = after.category().strip();
        String where = byPayee ? "payee" : "description";
        tui.open(new ConfirmOverlay(tui, "Make a rule", List.of("Make a rule: " + where + " '" + text + "' → " + category + "?", "",
                "Then every import files such rows into " + category + " itself.", "The rules are under r on the Import screen."), () -> {
                    var rule = tui.services().rules().add(tui.session(), new NewRule(text, byPayee ? RuleField.PAYEE : RuleField.DESCRIPTION,
                            MatchKind.TEXT, null, null, null, after.kind().label() + ":" + category, List.of(), null, null, null));
                    tui.say("added rule " + rule.position() + ": " + where + " contains '" + text + "' → " + category);
                }));
    }
}
