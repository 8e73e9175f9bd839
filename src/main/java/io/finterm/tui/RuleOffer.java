package io.finterm.tui;

import io.finterm.service.Listed;
import java.util.List;

/**
 * After a person gives an imported transaction another category in the entry form, the offer to
 * make that a rule, so that the next import files such rows there itself: {@code Make a rule: payee
 * 'REWE' → Groceries?}. What to offer is the rules service's decision ({@code RuleService.offer}), the
 * same as the command line's; yes adds it through the rules.
 */
final class RuleOffer {
    private RuleOffer() {
    }

    /** Says the edit of {@code before} was saved and, when the rules service has a rule to offer for it, asks. */
    static void after(Tui tui, Listed before) {
        tui.say("saved");
        long id = before.transaction().id();
        tui.services().rules().offer(tui.session(), id, before.transaction().categoryId()).ifPresent(o ->
                tui.open(new ConfirmOverlay(tui, "Make a rule", List.of("Make a rule: " + o.summary() + "?", "",
                        "Then every import files such rows into " + o.category() + " itself.", "The rules are under r on the Import screen."),
                        () -> {
                            int at = tui.services().rules().add(tui.session(), o.rule()).position();
                            tui.say("added rule " + at + ": " + tui.services().rules().list(tui.session()).get(at - 1).summary());
                        })));
    }
}
