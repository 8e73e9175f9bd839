package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Rule;
import io.finterm.domain.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing and moving a rule named by its id, as a screen does: the rule it showed, wherever another session has put it since. */
class RuleByIdTest {
    private final Accounts fx = new Accounts();
    private final RuleService rules = new RuleService(fx.store, fx.accounts);
    private final Session alice = fx.alice();

    private List<String> patterns(Session s) {
        return rules.list(s).stream().map(v -> v.position() + ":" + v.rule().pattern()).toList();
    }

    @Test
    void removingByIdRemovesThatRuleAfterAnotherSessionMovedIt() {
        Rule rewe = rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("aral", "Transport"));
        rules.move(fx.alice(), 2, 1); // another session: rewe is now second
        rules.removeRule(alice, rewe.id());
        assertEquals(List.of("1:aral"), patterns(alice));
    }

    @Test
    void movingByIdMovesThatRuleAndRenumbersTheRest() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("aral", "Transport"));
        Rule lidl = rules.add(alice, NewRule.of("lidl", "Groceries"));
        rules.remove(fx.alice(), 1); // another session: lidl is now second
        rules.moveRule(alice, lidl.id(), 1);
        assertEquals(List.of("1:lidl", "2:aral"), patterns(alice));
        ValidationException far = assertThrows(ValidationException.class, () -> rules.moveRule(alice, lidl.id(), 3));
        assertEquals("can move to 1 to 2, not 3", far.reason());
    }

    @Test
    void aRuleThatIsGoneOrAnotherUsersIsRefusedWithASentenceAndNothingChanges() {
        Rule rewe = rules.add(alice, NewRule.of("rewe", "Groceries"));
        Session bob = fx.bob();
        String gone = "that rule is no longer among your rules: it was removed, in another session perhaps (the list shows them as they are now)";
        assertEquals(gone, assertThrows(ValidationException.class, () -> rules.removeRule(bob, rewe.id())).reason());
        assertEquals(gone, assertThrows(ValidationException.class, () -> rules.moveRule(bob, rewe.id(), 1)).reason());
        assertEquals(List.of("1:rewe"), patterns(alice));
        rules.removeRule(alice, rewe.id());
        assertEquals(gone, assertThrows(ValidationException.class, () -> rules.removeRule(alice, rewe.id())).reason());
        assertEquals(List.of(), patterns(alice));
    }
}
