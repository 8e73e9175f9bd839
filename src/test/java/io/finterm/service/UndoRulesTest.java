package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Money;
import io.finterm.domain.Rule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.store.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each change to a person's rules and import profiles, and each "apply rules", is one step they can undo and redo. */
class UndoRulesTest {
    private final Accounts fx = new Accounts();
    private final RuleService rules = new RuleService(fx.store, fx.accounts);
    private final ProfileService profiles = new ProfileService(fx.store, fx.accounts);
    private final Session alice = fx.alice();

    private List<String> order() {
        return rules.list(alice).stream().map(v -> v.rule().pattern()).toList();
    }

    /** Does {@code change}, expects it undone as {@code label} back to the state before it, and redone to the state after it. */
    private void undoneAndRedone(String label, Consumer<Session> change) {
        List<String> before = StoreState.of(fx.store);
        change.accept(alice);
        List<String> after = StoreState.of(fx.store);
        assertNotEquals(before, after);
        assertEquals(label, fx.undo.undo(alice, 1).get(0).label());
        assertEquals(before, StoreState.of(fx.store));
        assertEquals(label, fx.undo.redo(alice, 1).get(0).label());
        assertEquals(after, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }

    private void threeRules() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("shell", "Transport"));
        rules.add(alice, NewRule.of("netflix", "Entertainment"));
    }

    @Test
    void aNewRuleAtTheTopIsUndoneWithTheOthersBackInTheirPlaces() {
        threeRules();
        undoneAndRedone("new rule 'aldi' → Groceries", s -> rules.add(s, new NewRule("aldi", null, null, null, null, null, "Groceries",
                null, null, null, 1)));
        assertEquals(List.of("aldi", "rewe", "shell", "netflix"), order());
        fx.undo.undo(alice, 1);
        assertEquals(List.of("rewe", "shell", "netflix"), order());
    }

    @Test
    void aRemovedRuleComesBackInItsPlaceByPositionAndById() {
        threeRules();
        undoneAndRedone("delete of rule 'shell' → Transport", s -> rules.remove(s, 2));
        fx.undo.undo(alice, 1);
        assertEquals(List.of("rewe", "shell", "netflix"), order());
        long rewe = rules.list(alice).get(0).rule().id();
        undoneAndRedone("delete of rule 'rewe' → Groceries", s -> rules.removeRule(s, rewe));
    }

    @Test
    void aMovedRuleGoesBackByPositionAndById() {
        threeRules();
        undoneAndRedone("move of rule 'netflix' → Entertainment to 1", s -> rules.move(s, 3, 1));
        assertEquals(List.of("netflix", "rewe", "shell"), order());
        fx.undo.undo(alice, 1);
        long rewe = rules.list(alice).get(0).rule().id();
        undoneAndRedone("move of rule 'rewe' → Groceries to 3", s -> rules.moveRule(s, rewe, 3));
        assertEquals(List.of("shell", "netflix", "rewe"), order());
    }

    @Test
    void removingOrMovingARuleByPositionOrByIdRecordsOneStepEachFromOnePlaceInTheCode() throws IOException {
        threeRules();
        int before = fx.undo.list(alice, 1000).size();
        rules.move(alice, 1, 3);
        long shell = rules.list(alice).get(0).rule().id();
        rules.moveRule(alice, shell, 2);
        rules.remove(alice, 3);
        rules.removeRule(alice, shell);
        assertEquals(List.of("netflix"), order());
        assertEquals(List.of("delete of rule 'shell' → Transport", "delete of rule 'rewe' → Groceries",
                        "move of rule 'shell' → Transport to 2", "move of rule 'rewe' → Groceries to 3"),
                fx.undo.list(alice, 1000).stream().limit(fx.undo.list(alice, 1000).size() - before).map(UndoService.StepView::label).toList());
        // by position and by id share one write each: the step's label is made in one place, not in parallel copies
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/io/finterm/service/RuleService.java"));
        assertEquals(1, source.split("\"delete of rule \"", -1).length - 1, "one place records a rule's delete");
        assertEquals(1, source.split("\"move of rule \"", -1).length - 1, "one place records a rule's move");
    }

    private long other(LocalDate date, long minor, String payee) {
        return fx.transactions.add(alice, new Entry(date, TxKind.EXPENSE, "Other", Money.of(minor, "EUR"), "", null, payee,
                List.of(), List.of())).id();
    }

    private Totals totals() {
        return fx.reports.totals(alice, null, null, Totals.By.MONTH_CATEGORY, null, Filter.ALL);
    }

    @Test
    void applyRulesIsOneStepAndItsUndoPutsEveryRowAndEveryTotalBack() {
        long first = other(LocalDate.of(2026, 2, 3), 3_000, "REWE");
        other(LocalDate.of(2026, 3, 3), 1_250, "REWE Markt");
        other(LocalDate.of(2026, 3, 4), 6_000, "Shell");
        other(LocalDate.of(2026, 3, 5), 999, "Bakery");
        threeRules();
        Totals before = totals();

        undoneAndRedone("apply rules (3 rows)", s -> assertEquals(3, rules.apply(s, "all", false).changed()));
        assertEquals("Groceries", fx.transactions.get(alice, first).category());
        Totals applied = totals();
        assertNotEquals(before, applied);

        fx.undo.undo(alice, 1);
        assertEquals("Other", fx.transactions.get(alice, first).category());
        assertEquals(before, totals());
        assertEquals(List.of("rewe", "shell", "netflix"), order()); // the rules themselves are other steps
    }

    @Test
    void applyThatChangesNothingIsNoStep() {
        threeRules();
        assertEquals(0, rules.apply(alice, "all", false).changed());
        assertEquals("new rule 'netflix' → Entertainment", fx.undo.list(alice, 1).get(0).label());
    }

    @Test
    void undoOfApplyIsRefusedWhenARowItFiledWasChangedOutsideTheHistory() {
        long id = other(LocalDate.of(2026, 3, 3), 1_250, "REWE");
        threeRules();
        rules.apply(alice, "all", false);
        Transaction filed = fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow();
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, filed.withPayeeAndTags("REWE City", List.of())));
        List<String> now = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo apply rules (1 row): transaction " + id + " (2026-03-03 'REWE City') was "
                + "edited after this step; nothing was undone", e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
    }

    @Test
    void undoOfANewRuleIsRefusedWhenTheRuleWasChangedOutsideTheHistory() {
        Rule rule = rules.add(alice, NewRule.of("rewe", "Groceries"));
        fx.store.write(tx -> tx.update(Schema.RULES, rule.at(2)));
        List<String> now = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo new rule 'rewe' → Groceries: rule " + rule.id() + " ('rewe') was changed after this step; "
                + "nothing was undone", e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
    }

    private static ImportSource sample(String name) {
        try (InputStream in = UndoRulesTest.class.getResourceAsStream("/bank/" + name)) {
            return BankFileFuzzTest.source(name, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void savingAndDeletingAnImportProfileAreStepsThatUndoAndRedo() {
        undoneAndRedone("new import profile 'Sparkasse'", s -> profiles.save(s, "Sparkasse", sample("de-sparkasse.csv"), null, null));
        undoneAndRedone("delete of import profile 'Sparkasse'", s -> profiles.delete(s, "sparkasse"));
        fx.undo.undo(alice, 1);
        assertEquals(List.of("Sparkasse"), profiles.list(alice).stream().map(ImportProfile::name).toList());
    }

    @Test
    void undoOfASavedProfileIsRefusedWhenItWasDeletedOutsideTheHistory() {
        ImportProfile p = profiles.save(alice, "Sparkasse", sample("de-sparkasse.csv"), null, null);
        fx.store.write(tx -> tx.delete(Schema.PROFILES, p.id()));

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo new import profile 'Sparkasse': import profile 'Sparkasse' was deleted "
                + "after this step; nothing was undone", e.getMessage());
        assertEquals(List.of(), profiles.list(alice));
    }
}
