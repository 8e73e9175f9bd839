package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Managing rules: the positions stay 1..n, a refusal names what is wrong and stores nothing. */
class RuleServiceTest {
    private final Accounts fx = new Accounts();
    private final RuleService rules = new RuleService(fx.store, fx.accounts);
    private final Session alice = fx.alice();

    private List<String> patterns(Session s) {
        return rules.list(s).stream().map(v -> v.position() + ":" + v.rule().pattern()).toList();
    }

    private static NewRule regex(String pattern, String category) {
        return new NewRule(pattern, RuleField.PAYEE, MatchKind.REGEX, null, null, null, category, null, null, null, null);
    }

    private static NewRule at(String match, String category, int at) {
        return new NewRule(match, null, null, null, null, null, category, null, null, null, at);
    }

    @Test
    void addedRulesAreNumberedInOrderAndAnInsertionMovesTheRestDown() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("aral", "Transport"));
        rules.add(alice, at("edeka", "Groceries", 1));
        assertEquals(List.of("1:edeka", "2:rewe", "3:aral"), patterns(alice));
        rules.add(alice, at("lidl", "Groceries", 4));
        assertEquals(List.of("1:edeka", "2:rewe", "3:aral", "4:lidl"), patterns(alice));
    }

    @Test
    void removingAndMovingKeepThePositionsWithoutGaps() {
        for (String p : List.of("a1", "b2", "c3", "d4")) {
            rules.add(alice, NewRule.of(p, "Groceries"));
        }
        rules.remove(alice, 2);
        assertEquals(List.of("1:a1", "2:c3", "3:d4"), patterns(alice));
        rules.move(alice, 3, 1);
        assertEquals(List.of("1:d4", "2:a1", "3:c3"), patterns(alice));
        rules.move(alice, 1, 3);
        assertEquals(List.of("1:a1", "2:c3", "3:d4"), patterns(alice));
        var e = assertThrows(ValidationException.class, () -> rules.remove(alice, 4));
        assertEquals("rule: there is no rule 4; you have 3 rules (finterm rules list shows them)", e.getMessage());
        var to = assertThrows(ValidationException.class, () -> rules.move(alice, 1, 0));
        assertEquals("--to: must be 1 to 3, not 0", to.getMessage());
    }

    @Test
    void theListShowsTheCategoryAccountAndAOneLineSummary() {
        rules.add(alice, new NewRule("rewe", RuleField.PAYEE, MatchKind.WORD, new BigDecimal("1"), new BigDecimal("80.00"), "Main",
                "Groceries", List.of("Food", "weekly"), "REWE", null, null));
        RuleView v = rules.list(alice).get(0);
        assertEquals("expense:Groceries", v.category());
        assertEquals("Main", v.account());
        assertEquals("payee has the word 'rewe', 1 to 80.00, in Main → Groceries, tags food,weekly, payee 'REWE'", v.summary());
    }

    @Test
    void anInvalidRegularExpressionIsRefusedWithWhereItIsWrongAndNothingIsStored() {
        var e = assertThrows(ValidationException.class, () -> rules.add(alice, regex("(rewe", "Groceries")));
        assertEquals("match: the regular expression is wrong at character 5 (Unclosed group): (rewe", e.getMessage());
        var star = assertThrows(ValidationException.class, () -> rules.add(alice, regex("*rewe", "Groceries")));
        assertTrue(star.getMessage().startsWith("match: the regular expression is wrong at character 1 (Dangling meta character '*')"),
                star.getMessage());
        assertEquals(List.of(), rules.list(alice));
    }

    @Test
    void aRegularExpressionThatRepeatsWithoutReadingIsRefusedWithItsCount() {
        var empty = assertThrows(ValidationException.class, () -> rules.add(alice, regex("(){100000000}y", "Groceries")));
        assertEquals("match: the regular expression repeats 100000000 times at character 3; at most 1000: (){100000000}y",
                empty.getMessage());
        var nested = assertThrows(ValidationException.class, () -> rules.add(alice, regex("((?:){200}x?){100}", "Groceries")));
        assertEquals("match: the regular expression's repetitions inside repetitions come to 20000 at character 14; at most 10000: "
                + "((?:){200}x?){100}", nested.getMessage());
        rules.add(alice, regex("[{]{3}\\{5000}(ab){2,1000}", "Groceries")); // a brace in a class, an escaped one: no counts
        assertEquals(1, rules.list(alice).size());
    }

    @Test
    void aNameOfBothKindsIsRefusedUnlessTheKindIsWritten() {
        rules.add(alice, NewRule.of("first", "Groceries"));
        var e = assertThrows(ValidationException.class, () -> rules.add(alice, NewRule.of("misc", "Other")));
        assertEquals("--category: 'Other' is both an income and an expense category: write expense:Other or income:Other",
                e.getMessage());
        assertEquals(List.of("1:first"), patterns(alice));
        rules.add(alice, NewRule.of("misc", "income:other"));
        assertEquals("income:Other", rules.list(alice).get(1).category());
    }

    @Test
    void anUnknownCategoryOrAccountIsRefusedNamingTheOptionAndNothingIsStored() {
        var e = assertThrows(ValidationException.class, () -> rules.add(alice, NewRule.of("rewe", "Grocerie")));
        assertEquals("--category: there is no category 'Grocerie' (did you mean Groceries?); `finterm category list` shows yours "
                + "(a rule never creates one)", e.getMessage());
        var a = assertThrows(ValidationException.class, () -> rules.add(alice, new NewRule("rewe", null, null, null, null, "Wallet",
                "Groceries", null, null, null, null)));
        assertEquals("--account: you have no account 'Wallet'; `finterm account list` shows yours", a.getMessage());
        var at = assertThrows(ValidationException.class, () -> rules.add(alice, at("rewe", "Groceries", 3)));
        assertEquals("--at: must be 1 to 1, not 3", at.getMessage());
        assertEquals(List.of(), rules.list(alice));
    }

    @Test
    void testFindsTheRuleThatWouldHitIgnoringAnAmountNotGiven() {
        rules.add(alice, new NewRule("shell", null, null, new BigDecimal("20"), null, null, "Transport", null, null, null, null));
        rules.add(alice, NewRule.of("café", "Dining"));
        assertEquals(1, rules.test(alice, "SHELL 123", "", null, null).orElseThrow().position());
        assertEquals(2, rules.test(alice, "", "CAFE NERO", null, null).orElseThrow().position());
        assertTrue(rules.test(alice, "SHELL 123", "", new BigDecimal("19.99"), null).isEmpty());
        assertTrue(rules.test(alice, "Aldi", "", null, null).isEmpty());
    }

    @Test
    void eachPersonHasTheirOwnRulesAnAdministratorToo() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        Session admin = fx.admin();
        assertEquals(List.of(), rules.list(admin));
        assertTrue(rules.test(admin, "REWE", "", null, null).isEmpty());
        assertThrows(ValidationException.class, () -> rules.remove(admin, 1));
        rules.add(admin, NewRule.of("aral", "Transport"));
        assertEquals(List.of("1:rewe"), patterns(alice));
        assertEquals(List.of("1:aral"), patterns(admin));
    }

    @Test
    void aRuleAddedAtTheLimitIsRefused() {
        fx.store.write(tx -> {
            long user = alice.userId();
            long groceries = Categories.existing(tx, user, TxKind.EXPENSE, "Groceries").id();
            for (int i = 1; i <= Rule.MAX_PER_USER; i++) {
                tx.insert(io.finterm.store.Schema.RULES, new Rule(tx.nextId(io.finterm.store.Schema.RULES), user, i,
                        RuleField.ANY, MatchKind.TEXT, "p" + i, null, null, 0, groceries, List.of(), "", ""));
            }
            return null;
        });
        var e = assertThrows(ValidationException.class, () -> rules.add(alice, NewRule.of("one more", "Groceries")));
        assertTrue(e.getMessage().startsWith("rule: you have 1000 rules"), e.getMessage());
    }
}
