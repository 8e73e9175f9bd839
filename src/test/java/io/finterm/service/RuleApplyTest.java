package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.MatchKind;
import io.finterm.domain.Money;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code rules apply} on a small hand-made ledger of alice's (all in Main, EUR):
 * 1 REWE 30.00 Other · 2 REWE Markt 5.00 Dining · 3 Shell 60.00 Other · 4 ACME salary income ·
 * 5 a split REWE · 6 a transfer to Savings · 7 a reconciled REWE in April.
 */
class RuleApplyTest {
    private final Accounts fx = new Accounts();
    private final RuleService rules = new RuleService(fx.store, fx.accounts);
    private final Session alice = fx.alice();
    private final long rewe;
    private final long reweMarkt;
    private final long shell;
    private final long salary;
    private final long reconciled;

    RuleApplyTest() {
        rewe = add(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Other", 3000, "REWE", "card 1234");
        reweMarkt = add(LocalDate.of(2026, 3, 3), TxKind.EXPENSE, "Dining", 500, "REWE Markt", "");
        shell = add(LocalDate.of(2026, 3, 4), TxKind.EXPENSE, "Other", 6000, "", "SHELL Tankstelle");
        salary = add(LocalDate.of(2026, 3, 1), TxKind.INCOME, "Other", 250000, "ACME GmbH", "rewe salary");
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 5), TxKind.EXPENSE, null, Money.of(1000, "EUR"), "split", null,
                "REWE", List.of(), List.of(new Entry.SplitEntry("Groceries", Money.of(600, "EUR"), ""),
                new Entry.SplitEntry("Shopping", Money.of(400, "EUR"), ""))));
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "20.00", null, LocalDate.of(2026, 3, 6), "REWE shares"));
        reconciled = add(LocalDate.of(2026, 2, 10), TxKind.EXPENSE, "Other", 100, "REWE", "");
        fx.reconcile.mark(alice, "Main", List.of(reconciled), true);
        fx.reconcile.finish(alice, "Main", LocalDate.of(2026, 2, 28), "-1.00");
    }

    private long add(LocalDate date, TxKind kind, String category, long minor, String payee, String description) {
        return fx.transactions.add(alice, new Entry(date, kind, category, Money.of(minor, "EUR"), description, null, payee, List.of(),
                List.of())).id();
    }

    private String category(long id) {
        return fx.transactions.get(alice, id).category();
    }

    @Test
    void applyFilesByTheFirstRuleOfTheRightKindAndLeavesSplitsTransfersAndReconciledRows() {
        rules.add(alice, new NewRule("rewe", RuleField.ANY, MatchKind.WORD, null, null, null, "Groceries", List.of("food"), null, null,
                null));
        rules.add(alice, new NewRule("shell", RuleField.ANY, MatchKind.TEXT, null, null, null, "Transport", null, "Shell", null, null));
        rules.add(alice, NewRule.of("acme", "Salary"));
        RuleService.Applied done = rules.apply(alice, "all", false);
        // 7 rows in Main plus the transfer's leg in Savings: 8 examined; the split and both transfer legs skipped.
        assertEquals(8, done.examined());
        assertEquals(3, done.skippedSplits());
        assertEquals(1, done.skippedReconciled());
        // rewe (1), rewe markt (2) by rule 1; shell (3) by rule 2; salary (4) by rule 3: an income row is not "rewe"'s.
        assertEquals(4, done.changed());
        assertEquals(Map.of(1, 2L, 2, 1L, 3, 1L), done.byRule());
        assertEquals(List.of(1, 2, 3), List.copyOf(done.byRule().keySet()), "in position order");
        assertEquals("Groceries", category(rewe));
        assertEquals(List.of("food"), fx.transactions.get(alice, rewe).transaction().tags());
        assertEquals("Groceries", category(reweMarkt));
        assertEquals("Transport", category(shell));
        assertEquals("Shell", fx.transactions.get(alice, shell).transaction().payee());
        assertEquals("Salary", category(salary));
        assertEquals("Other", category(reconciled));
        assertEquals(TxStatus.RECONCILED, fx.transactions.get(alice, reconciled).transaction().status());
        assertEquals(rewe + " 2026-03-02 REWE: Other → Groceries, tags food (rule 1)", done.firstChanges().get(1));
    }

    @Test
    void aDryRunCountsTheSameAndWritesNothing() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        long version = fx.store.version();
        RuleService.Applied dry = rules.apply(alice, "all", true);
        assertEquals(fx.store.version(), version, "nothing was written");
        assertEquals("Other", category(rewe));
        assertEquals(2, dry.changed());
        RuleService.Applied real = rules.apply(alice, "all", false);
        assertEquals(dry, real);
        assertEquals(0, rules.apply(alice, "all", false).changed(), "a second run finds everything filed already");
    }

    @Test
    void theFilterLimitsWhatIsExaminedAndAllChangesAreOneCommit() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        long version = fx.store.version();
        RuleService.Applied done = rules.apply(alice, "date:2026-03-02..2026-03-03", false);
        assertEquals(2, done.examined());
        assertEquals(2, done.changed());
        assertEquals(version + 1, fx.store.version(), "one commit");
        assertEquals("Groceries", category(reweMarkt));
    }

    @Test
    void withoutAFilterOnlyTheUncategorizedRowsOfBothKindsAreFiledAndHandChosenCategoriesStay() {
        fx.categories.add(alice, TxKind.EXPENSE, "Uncategorized");
        fx.categories.add(alice, TxKind.INCOME, "Uncategorized");
        long open = add(LocalDate.of(2026, 3, 7), TxKind.EXPENSE, "Uncategorized", 700, "REWE", "");
        long refund = add(LocalDate.of(2026, 3, 8), TxKind.INCOME, "Uncategorized", 900, "ACME GmbH", "");
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("acme", "Salary"));
        RuleService.Applied done = rules.apply(alice, "", false);
        assertEquals(2, done.examined(), "the two Uncategorized rows, one of each kind");
        assertEquals(2, done.changed());
        assertEquals("Groceries", category(open));
        assertEquals("Salary", category(refund));
        assertEquals("Other", category(rewe), "filed by hand: kept");
        assertEquals("Dining", category(reweMarkt), "filed by hand: kept");
        assertEquals(3, rules.apply(alice, "all", true).changed(), "all re-files rewe, rewe markt and the salary too, when asked");
    }

    @Test
    void aBadFilterIsRefusedAndChangesNothing() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        var e = assertThrows(ValidationException.class, () -> rules.apply(alice, "cat:Nope", false));
        assertEquals("cat:Nope", e.field());
        assertEquals("Other", category(rewe));
    }
}
