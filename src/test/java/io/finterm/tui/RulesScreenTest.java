package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.MatchKind;
import io.finterm.domain.RuleField;
import io.finterm.service.NewRule;
import io.finterm.service.RuleView;
import io.finterm.service.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Rules screen: reached from Import (r) and Categories (R); adding, deleting and moving rules. */
class RulesScreenTest {
    private static List<String> rules(VirtualTui app, Session alice) {
        return app.services.rules().list(alice).stream().map(RuleView::summary).toList();
    }

    @Test
    void addingARuleThroughTheFormListsItAndStoresIt() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").press(KeyType.Escape).type("7").type("R").assertShows("No rules yet");
        app.type("a").assertShows("New rule").type("rewe").press(KeyType.Tab).type("p").press(KeyType.Tab).type("w")
                .press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).type("Groc");
        assertTrue(app.caretLine().contains("Groceries"), "the category completes: " + app.screen());
        app.press(KeyType.Tab).type("food").ctrl('s');
        app.assertShows("added rule 1").assertShows("1 rule, tried in this order");
        RuleView made = app.services.rules().list(app.alice()).get(0);
        assertEquals(RuleField.PAYEE, made.rule().field());
        assertEquals(MatchKind.WORD, made.rule().match());
        assertEquals("rewe", made.rule().pattern());
        assertEquals(List.of("food"), made.rule().tags());
        assertTrue(made.category().endsWith("Groceries"), made.category());
        app.assertShows(made.summary());
    }

    @Test
    void anInvalidRegularExpressionShowsTheServicesMessageBesideTheMatchField() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").type("a").type("(rewe").press(KeyType.Tab).press(KeyType.Tab)
                .type("r");
        for (int i = 0; i < 4; i++) {
            app.press(KeyType.Tab);
        }
        app.type("Groceries").ctrl('s');
        // the rules' own message, with where the pattern is wrong (how it counts characters is theirs)
        String reason = org.junit.jupiter.api.Assertions.assertThrows(io.finterm.domain.ValidationException.class,
                () -> io.finterm.domain.Rule.compile("(rewe")).reason();
        assertTrue(reason.matches("the regular expression is wrong at character \\d+ \\(Unclosed group\\): \\(rewe"), reason);
        app.assertShowsWhole("✗ " + reason);
        assertEquals(List.of(), rules(app, app.alice()));
        assertTrue(app.caretLine().contains("(rewe"), "the focus goes back to the match: " + app.screen());
    }

    @Test
    void deletingAsksFirstAndMovingChangesTheOrder() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.rules().add(alice, NewRule.of("rewe", "Groceries"));
        app.services.rules().add(alice, NewRule.of("shell", "Transport"));
        app.services.rules().add(alice, NewRule.of("netflix", "Entertainment"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").assertShows("3 rules");
        app.press(KeyType.End).type("K").assertShows("moved rule 3 to 2");
        assertTrue(rules(app, alice).get(1).contains("netflix"), rules(app, alice).toString());
        app.type("K").type("K").assertShows("rule 1 is tried first already");
        assertTrue(rules(app, alice).get(0).contains("netflix"), rules(app, alice).toString());
        app.type("J").assertShows("moved rule 1 to 2");
        app.type("d").assertShows("Delete rule 2?").type("n");
        assertEquals(3, rules(app, alice).size());
        app.type("d").type("y").assertShows("deleted rule 2").assertShows("2 rules");
        assertEquals(List.of("rewe", "shell"), app.services.rules().list(alice).stream().map(r -> r.rule().pattern()).toList());
    }

    @Test
    void theImportScreenOpensTheRulesWithR() throws Exception {
        VirtualTui app = VirtualTui.withAlice(80, 24, false, true);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type("r").assertShows("Rules").assertShows("No rules yet");
        app.press(KeyType.Escape).assertShows("You are connected over SSH");
    }

    @Test
    void theHelpOfTheRulesAndImportScreensShowsEveryKeyWhole() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").press(KeyType.F1);
        app.assertShows("PgUp PgDn        a screen up or down").assertShows("Home End         first or last");
        app.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.Escape).type("7").press(KeyType.F1)
                .assertShows("Home End         first or last");
    }

    @Test
    void deletingActsOnTheRuleAskedAboutAfterAnotherSessionChangedTheOrder() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.rules().add(alice, NewRule.of("rewe", "Groceries"));
        app.services.rules().add(alice, NewRule.of("shell", "Transport"));
        app.services.rules().add(alice, NewRule.of("netflix", "Entertainment"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").assertShows("3 rules");
        app.type("d").assertShows("Delete rule 1?");
        app.services.rules().move(alice, 1, 3); // the command line, meanwhile: rewe goes last
        app.type("y");
        assertEquals(List.of("shell", "netflix"), app.services.rules().list(alice).stream().map(r -> r.rule().pattern()).toList(),
                "the rule asked about is deleted, not the one now at its place");
        app.type("d").assertShows("Delete rule 1?");
        app.services.rules().remove(alice, 1); // the command line, meanwhile: shell is gone
        app.type("y").assertShows("rule: that rule is no longer among your rules").assertShows("1 rule,");
        assertEquals(List.of("netflix"), app.services.rules().list(alice).stream().map(r -> r.rule().pattern()).toList(),
                "the rule now first is not deleted in its place");
    }

    @Test
    void aRuleForOneAccountNamesTheAccountOnce() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.rules().add(alice, new NewRule("rewe", null, null, null, null, "Main", "Groceries", null, null, null, null));
        RuleView rule = app.services.rules().list(alice).get(0);
        assertTrue(rule.summary().contains("in Main"), rule.summary());
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").assertShows("1 rule,").assertShows(rule.summary());
        assertTrue(!app.screen().contains("only in Main"), app.screen());
    }

    @Test
    void anAmountWithACommaIsRefusedBesideItsFieldInsteadOfLosingTheComma() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").type("a").type("rewe").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).type("12,50").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).type("Groceries").ctrl('s');
        app.assertShows("✗ '12,50' is not a size such as 50 or").assertShows("write the decimals after a point");
        assertEquals(List.of(), rules(app, app.alice()));
        assertTrue(app.caretLine().contains("12,50"), "the focus goes back to the amount: " + app.screen());
    }

    @Test
    void anAmountWithASignIsRefusedBesideItsField() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").type("R").type("a").type("rewe").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).press(KeyType.Tab).type("-5").press(KeyType.Tab).press(KeyType.Tab).type("Groceries").ctrl('s');
        app.assertShows("✗ '-5' is not a size such as 50 or").assertShows("a size has no sign");
        assertEquals(List.of(), rules(app, app.alice()));
    }
}
