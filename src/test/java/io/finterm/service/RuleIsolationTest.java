package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One person's rules are theirs alone: another's list, test, apply and import never see or use them. */
class RuleIsolationTest {
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    final Session bob = fx.bob();
    final RuleService rules = new RuleService(fx.store, fx.accounts);

    @Test
    void bobNeitherSeesNorUsesAlicesRules() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        assertEquals(1, rules.list(alice).size());
        assertEquals(List.of(), rules.list(bob));
        assertTrue(rules.test(bob, "REWE Markt", "", null, null).isEmpty());

        ImportService.Result r = fx.imports.importFile(bob, ImportPreviewTest.text("konto.csv",
                "Date;Payee;Amount\n02.11.2026;REWE Markt 4711;-23,45\n"), new ImportService.Options(false, false), n -> { });
        assertEquals(0, r.byRule());
        assertEquals(1, r.uncategorized());
        assertEquals(0, rules.apply(bob, "", false).changed());
        long bobsUncategorized = fx.categories.list(bob).stream().filter(c -> c.name().equals(Category.UNCATEGORIZED)).count();
        assertEquals(1, bobsUncategorized, "bob's row went into his own Uncategorized");
    }
}
