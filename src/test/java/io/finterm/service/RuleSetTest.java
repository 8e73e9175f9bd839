package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher on hand-made rules: category 1 is an expense category, 2 an income one. */
class RuleSetTest {
    private static final long GROCERIES = 1;
    private static final long SALARY = 2;

    private static Rule rule(int position, RuleField field, MatchKind kind, String pattern) {
        return rule(position, field, kind, pattern, null, null, 0, GROCERIES);
    }

    private static Rule rule(int position, RuleField field, MatchKind kind, String pattern, String min, String max, long account,
                             long category) {
        return new Rule(100 + position, 7, position, field, kind, pattern, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), account, category, List.of(), "", "");
    }

    private static RuleSet set(Rule... rules) {
        return RuleSet.compile(List.of(rules), id -> id == SALARY ? TxKind.INCOME : TxKind.EXPENSE);
    }

    private static Rule out(RuleSet set, String payee, String description) {
        return set.first(TxKind.EXPENSE, 3, new BigDecimal("12.50"), payee, description);
    }

    @Test
    void aPlainMatchIsASubstringWithoutCase() {
        Rule aufla = rule(1, RuleField.PAYEE, MatchKind.TEXT, "aufla");
        RuleSet set = set(aufla);
        assertSame(aufla, out(set, "KAUFLAND 123", ""));
        assertNull(out(set, "Lidl", "kaufland"), "the payee only: the description does not count");
    }

    @Test
    void aPlainMatchIgnoresAccentsOnBothSidesAndSpellsEszettAsSs() {
        RuleSet cafe = set(rule(1, RuleField.ANY, MatchKind.TEXT, "cafe"));
        assertEquals(101, out(cafe, "", "Café Central").id());
        assertEquals(101, out(cafe, "CAFÉ", "").id());
        RuleSet accented = set(rule(1, RuleField.ANY, MatchKind.TEXT, "Crème"));
        assertEquals(101, out(accented, "creme brulee shop", "").id());
        RuleSet strasse = set(rule(1, RuleField.ANY, MatchKind.TEXT, "strasse"));
        assertEquals(101, out(strasse, "Bäckerei Hauptstraße 5", "").id());
        assertEquals(101, out(set(rule(1, RuleField.ANY, MatchKind.TEXT, "STRAẞE")), "Hauptstrasse", "").id());
    }

    @Test
    void aWholeWordMatchNeedsWordBoundariesOnItsLetterEnds() {
        RuleSet rewe = set(rule(1, RuleField.ANY, MatchKind.WORD, "rewe"));
        assertEquals(101, out(rewe, "REWE Markt 1234", "").id());
        assertEquals(101, out(rewe, "", "Einkauf bei rewe").id());
        assertEquals(101, out(rewe, "", "(REWE)").id());
        assertNull(out(rewe, "Brewery", ""));
        assertNull(out(rewe, "REWE2GO", ""), "a digit continues the word");
        assertEquals(101, out(set(rule(1, RuleField.ANY, MatchKind.WORD, "café")), "Cafe-Bar", "").id());
    }

    @Test
    void aRegularExpressionIgnoresCaseAndFindsAnywhere() {
        RuleSet set = set(rule(1, RuleField.DESCRIPTION, MatchKind.REGEX, "^card \\d{4}"));
        assertEquals(101, out(set, "", "CARD 1234 Tankstelle").id());
        assertNull(out(set, "", "my card 1234"));
        assertNull(out(set, "card 1234", ""), "the description only");
    }

    @Test
    void aCatastrophicRegularExpressionGivesUpQuicklyAsNoMatch() {
        Rule evil = rule(1, RuleField.ANY, MatchKind.REGEX, "(a+)+$");
        Rule plain = rule(2, RuleField.ANY, MatchKind.TEXT, "aaa");
        RuleSet set = set(evil, plain);
        String text = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
        Rule hit = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> out(set, text, text));
        assertSame(plain, hit, "the runaway pattern counts as no match, and the next rule is tried");
    }

    @Test
    void aPatternThatWorksHardBetweenReadsStillGivesUpWithinItsTime() {
        RuleSet set = set(rule(1, RuleField.ANY, MatchKind.REGEX, "({10}.*){1,1000}aaaa[bc]"));
        String text = "a".repeat(36) + "!";
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(1), () -> out(set, text, text)));
    }

    @Test
    void theAmountBoundsAreInclusiveSizes() {
        Rule between = rule(1, RuleField.ANY, MatchKind.TEXT, "shell", "10.00", "50", 0, GROCERIES);
        RuleSet set = set(between);
        assertSame(between, set.first(TxKind.EXPENSE, 3, new BigDecimal("10"), "Shell", ""));
        assertSame(between, set.first(TxKind.EXPENSE, 3, new BigDecimal("50.00"), "Shell", ""));
        assertNull(set.first(TxKind.EXPENSE, 3, new BigDecimal("9.99"), "Shell", ""));
        assertNull(set.first(TxKind.EXPENSE, 3, new BigDecimal("50.01"), "Shell", ""));
        assertSame(between, set.first(TxKind.EXPENSE, 3, null, "Shell", ""), "no size: the bounds are not asked");
    }

    @Test
    void aRuleWithAnAccountHoldsOnlyInThatAccount() {
        Rule inThree = rule(1, RuleField.ANY, MatchKind.TEXT, "shell", null, null, 3, GROCERIES);
        RuleSet set = set(inThree);
        assertSame(inThree, set.first(TxKind.EXPENSE, 3, BigDecimal.ONE, "Shell", ""));
        assertNull(set.first(TxKind.EXPENSE, 4, BigDecimal.ONE, "Shell", ""));
        assertSame(inThree, set.first(TxKind.EXPENSE, 0, BigDecimal.ONE, "Shell", ""), "an unknown account is not asked");
    }

    @Test
    void aRuleHoldsOnlyForItsCategorysKindAndNeverForATransfer() {
        Rule salary = rule(1, RuleField.ANY, MatchKind.TEXT, "acme", null, null, 0, SALARY);
        Rule refund = rule(2, RuleField.ANY, MatchKind.TEXT, "acme", null, null, 0, GROCERIES);
        RuleSet set = set(salary, refund);
        assertSame(salary, set.first(TxKind.INCOME, 3, BigDecimal.ONE, "ACME GmbH", ""));
        assertSame(refund, set.first(TxKind.EXPENSE, 3, BigDecimal.ONE, "ACME GmbH", ""));
        assertNull(set.first(TxKind.TRANSFER_OUT, 3, BigDecimal.ONE, "ACME GmbH", ""));
        assertSame(salary, set.first(null, 3, BigDecimal.ONE, "ACME GmbH", ""), "no kind: the first of either");
    }

    @Test
    void theFirstRuleThatHoldsWins() {
        Rule first = rule(1, RuleField.ANY, MatchKind.TEXT, "markt");
        Rule second = rule(2, RuleField.ANY, MatchKind.TEXT, "rewe");
        RuleSet set = set(first, second);
        assertSame(first, out(set, "REWE Markt", ""));
        assertSame(second, out(set, "REWE City", ""));
        assertNull(out(set, "Aldi", ""));
        assertSame(second, out(set(second, first), "REWE Markt", ""), "the order given decides");
    }

    @Test
    void anyFieldHitsOnThePayeeOrTheDescription() {
        RuleSet set = set(rule(1, RuleField.ANY, MatchKind.REGEX, "netfli?x"));
        assertEquals(101, out(set, "NETFLIX.COM", "").id());
        assertEquals(101, out(set, "", "Lastschrift netflx").id());
        assertNull(out(set, null, null));
    }
}
