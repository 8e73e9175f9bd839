package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.FintermException;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import io.finterm.testdata.Mutations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link FuzzTest}'s fuzzer on rules: mutated regular expressions and texts through {@link RuleSet} and
 * {@link RuleService#add}. A pattern is accepted or refused with a message, never anything else, and no
 * pattern on any text takes a second, however much it backtracks.
 */
@Tag("fuzz")
class RuleFuzzTest {
    private static final long SECOND = 1_000_000_000L;
    /** Regular-expression syntax, and the shapes that make a backtracking engine explode. */
    private static final String[] REGEX_PIECES = {"(", ")", "+", "*", "?", "{", "}", "[", "]", "|", "\\", "^", "$", ".*", "(a+)+",
        "(a|aa)*", "(?<n>", "\\k<n>", "(?=", "(?!", "(?<=", "\\p{", "\\p{L}", "{1000}", "{2,}", "(?i)", "[^", "\\Q", "\\E", "\\1",
        "(.*a){20}", "é", "ß", "\u0000", "\u001b[2J", "a".repeat(40), "!"};
    private static final Mutations REGEX = new Mutations(REGEX_PIECES, 12, 40);
    private static final List<String> PATTERNS = List.of("(a+)+$", "^card \\d{4}", "netfli?x", "(?<shop>rewe|edeka)\\s+markt",
            "[a-z]+@[a-z]+\\.de", "(x+x+)+y", "\\bshell\\b", "(.*){1,32000}[bc]");
    private static final List<String> TEXTS = List.of("a".repeat(36) + "!", "CARD 1234 Tankstelle", "REWE Markt 12", "Café Crème",
            "x".repeat(60), "Bäckerei Hauptstraße", "NETFLIX.COM 866-579-7172");

    private static Rule rule(MatchKind kind, RuleField field, String pattern) {
        return new Rule(1, 1, 1, field, kind, pattern, null, null, 0, 1, List.of(), "", "");
    }

    @Test
    void mutatedRegularExpressionsAreRefusedWithAMessageOrRunWithinASecond() {
        FuzzTest.fuzz("rule regex", PATTERNS, pattern -> {
            RuleSet set = RuleSet.compile(List.of(rule(MatchKind.REGEX, RuleField.ANY, pattern)), id -> TxKind.EXPENSE);
            for (String text : TEXTS) {
                set.first(TxKind.EXPENSE, 1, BigDecimal.TEN, text, text);
            }
            set.first(TxKind.EXPENSE, 1, BigDecimal.TEN, pattern, pattern);
        }, FuzzTest.INPUTS, REGEX, SECOND);
    }

    @Test
    void mutatedTextsThroughEveryKindOfRuleRunWithinASecond() {
        RuleSet set = RuleSet.compile(List.of(rule(MatchKind.REGEX, RuleField.ANY, "(a+)+$"), rule(MatchKind.REGEX, RuleField.PAYEE, "(x+x+)+y"),
                rule(MatchKind.WORD, RuleField.ANY, "rewe"), rule(MatchKind.TEXT, RuleField.DESCRIPTION, "crème")), id -> TxKind.EXPENSE);
        Random random = new Random(7);
        FuzzTest.fuzz("rule texts", TEXTS, text -> {
            String other = TEXTS.get(random.nextInt(TEXTS.size()));
            set.first(TxKind.EXPENSE, 1, null, text, other);
            set.first(null, 0, BigDecimal.ONE, other, text);
        }, FuzzTest.INPUTS, REGEX, SECOND);
    }

    @Test
    void mutatedRulesAddedThroughTheServiceAreStoredOrRefusedWithoutATrace() {
        Accounts fx = new Accounts();
        RuleService rules = new RuleService(fx.store, fx.accounts);
        Session alice = fx.alice();
        // match|field|kind|min|max|category|tags
        FuzzTest.fuzz("rules add", List.of("(a+)+$|payee|regex|10|20|Groceries|food", "rewe|any|word|||expense:Other|",
                "café|description|text|0.01|9.99|income:Salary|a,b"), input -> {
            String[] f = input.split("\\|", -1);
            NewRule r = new NewRule(f[0], f.length > 1 ? RuleField.of(f[1]) : null, kind(f.length > 2 ? f[2] : ""),
                    size(f, 3), size(f, 4), null, f.length > 5 ? f[5] : "Groceries",
                    f.length > 6 ? io.finterm.domain.Tags.parse(f[6]) : null, null, null, null);
            long before = fx.store.version();
            try {
                Rule added = rules.add(alice, r);
                rules.test(alice, f[0], input, null, null);
                rules.remove(alice, added.position());
            } catch (FintermException e) {
                assertEquals(before, fx.store.version(), "a refused rule changed the store");
                throw e;
            }
        }, FuzzTest.INPUTS / 5, REGEX, SECOND);
        assertEquals(List.of(), rules.list(alice));
    }

    private static MatchKind kind(String word) {
        return switch (word) {
            case "regex" -> MatchKind.REGEX;
            case "word" -> MatchKind.WORD;
            default -> MatchKind.TEXT;
        };
    }

    /** An amount field as the command line reads it: a refusal with a message when it is no number. */
    private static BigDecimal size(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(f[i].strip());
        } catch (NumberFormatException e) {
            throw new io.finterm.domain.ValidationException(i == 3 ? "--min" : "--max", "not a number");
        }
    }
}
