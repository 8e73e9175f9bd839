package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ImportProfile;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Categories and accounts that rules (and import profiles) use: merged with their rules, never deleted under them. */
class RuleUseTest {
    private final Accounts fx = new Accounts();
    private final RuleService rules = new RuleService(fx.store, fx.accounts);
    private final Session alice = fx.alice();

    private NewRule inAccount(String match, String category, String account) {
        return new NewRule(match, null, null, null, null, account, category, null, null, null, null);
    }

    @Test
    void mergingACategoryMovesItsRulesKeepingTheirOrder() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("cinema", "Entertainment"));
        rules.add(alice, NewRule.of("aldi", "Groceries"));
        fx.categories.merge(alice, TxKind.EXPENSE, "Groceries", "Shopping");
        assertEquals(List.of("1 expense:Shopping", "2 expense:Entertainment", "3 expense:Shopping"),
                rules.list(alice).stream().map(v -> v.position() + " " + v.category()).toList());
    }

    @Test
    void aCategoryThatRulesFileIntoIsNotDeletedAndTheRefusalNamesThem() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, NewRule.of("cinema", "Entertainment"));
        rules.add(alice, NewRule.of("aldi", "Groceries"));
        var e = assertThrows(ValidationException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Groceries"));
        assertEquals("category: rules 1 and 3 file into 'Groceries'; remove them first (finterm rules remove N), or merge "
                + "'Groceries' into another expense category, which moves them", e.getMessage());
        var one = assertThrows(ValidationException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Entertainment"));
        assertEquals("category: rule 2 files into 'Entertainment'; remove it first (finterm rules remove N), or merge "
                + "'Entertainment' into another expense category, which moves it", one.getMessage());
        assertEquals(3, rules.list(alice).size());
        rules.remove(alice, 2);
        fx.categories.delete(alice, TxKind.EXPENSE, "Entertainment");
    }

    @Test
    void anAccountThatRulesOrProfilesNameIsNotDeletedAndTheRefusalNamesThem() {
        fx.accountBook.add(alice, NewAccount.named("Visa"));
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        rules.add(alice, inAccount("shell", "Transport", "Visa"));
        long visa = fx.accountBook.get(alice, "Visa", java.time.LocalDate.of(2026, 3, 5)).account().id();
        fx.store.write(tx -> tx.insert(Schema.PROFILES, new ImportProfile(tx.nextId(Schema.PROFILES), alice.userId(), "Visa card", "csv",
                ';', "UTF-8", 0, "dd.MM.yyyy", ',', Map.of("date", List.of("Datum"), "amount", List.of("Betrag")), false, List.of("Datum", "Betrag"), visa)));
        var e = assertThrows(ValidationException.class, () -> fx.accountBook.delete(alice, "Visa"));
        assertEquals("account: 'Visa' is named by rule 2 and the import profile 'Visa card'; remove them first "
                + "(finterm rules remove N, finterm profile delete NAME), or close the account instead", e.getMessage());
        rules.remove(alice, 2);
        var profile = assertThrows(ValidationException.class, () -> fx.accountBook.delete(alice, "Visa"));
        assertEquals("account: 'Visa' is named by the import profile 'Visa card'; remove it first "
                + "(finterm profile delete NAME), or close the account instead", profile.getMessage(), "no rule names it: no rules command");
        fx.store.write(tx -> tx.delete(Schema.PROFILES, fx.store.read(rd -> rd.findUnique(Schema.PROFILES_BY_NAME, alice.userId(),
                ImportProfile.fold("Visa card"))).orElseThrow().id()));
        rules.add(alice, inAccount("aral", "Transport", "Visa"));
        var rule = assertThrows(ValidationException.class, () -> fx.accountBook.delete(alice, "Visa"));
        assertEquals("account: 'Visa' is named by rule 2; remove it first (finterm rules remove N), or close the account instead",
                rule.getMessage(), "no profile names it: no profile command");
    }
}
