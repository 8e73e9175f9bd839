package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Money;
import io.finterm.domain.RuleField;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule offered after an imported row is filed by hand: one decision, for the command line and the app. */
class RuleOfferTest {
    private static final String STATEMENT = """
            Date;Payee;Text;Amount
            02.11.2026;REWE Markt;Kartenzahlung;-23,45
            03.11.2026;;Kiosk am Eck;-2,50
            04.11.2026;;CB CARREFOUR MARKET 04/12 PARIS 11;-40,00
            05.11.2026;;12345 678;-1,00
            06.11.2026;Netflix;Abo;-13,99
            """;

    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    final RuleService rules = new RuleService(fx.store, fx.accounts);

    @BeforeEach
    void anImport() {
        fx.categories.add(alice, TxKind.INCOME, "Other Income");
        fx.imports.importFile(alice, ImportPreviewTest.text("konto.csv", STATEMENT), new ImportService.Options(false, false), n -> { });
    }

    /** The imported row whose payee or description starts with {@code text}. */
    private Transaction row(String text) {
        return fx.store.read(rd -> {
            List<Transaction> found = new java.util.ArrayList<>();
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == alice.userId() && (t.payee().startsWith(text) || t.description().startsWith(text))) {
                    found.add(t);
                }
            });
            assertEquals(1, found.size(), text);
            return found.get(0);
        });
    }

    private long category(TxKind kind, String name) {
        return fx.categories.list(alice).stream().filter(c -> c.kind() == kind && c.name().equals(name)).map(Category::id).findFirst()
                .orElseThrow();
    }

    /** Files {@code t} into {@code category} by hand, as the edit command and the entry form do, and asks for the offer. */
    private Optional<RuleOffer> fileInto(Transaction t, TxKind kind, String category) {
        Entry e = new Entry(t.date(), kind, category, t.amount(), t.description(), fx.store.read(rd -> rd.get(Schema.ACCOUNTS, t.accountId()).orElseThrow().name()), t.payee(),
                t.tags(), List.of());
        fx.transactions.edit(alice, t.id(), e);
        return rules.offer(alice, t.id(), t.categoryId());
    }

    @Test
    void aPayeeFiledByHandIsOfferedAsAPayeeRuleIntoThatCategory() {
        RuleOffer o = fileInto(row("REWE"), TxKind.EXPENSE, "Groceries").orElseThrow();
        assertEquals(new NewRule("REWE Markt", RuleField.PAYEE, MatchKind.TEXT, null, null, null, "Groceries", List.of(), null, null, null),
                o.rule());
        assertEquals("payee 'REWE Markt' → Groceries", o.summary());
        assertEquals("Groceries", o.category());
    }

    @Test
    void aNameBothKindsHaveIsQualifiedByTheKind() {
        fx.categories.add(alice, TxKind.INCOME, "Groceries");
        assertEquals("expense:Groceries", fileInto(row("REWE"), TxKind.EXPENSE, "Groceries").orElseThrow().rule().category());
    }

    @Test
    void aRowTypedByHandOrNotRecategorisedIsNotOffered() {
        long typed = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries", Money.of(1250, "EUR"),
                "typed")).id();
        assertEquals(Optional.empty(), rules.offer(alice, typed, category(TxKind.EXPENSE, "Dining")));
        Transaction rewe = row("REWE");
        assertEquals(Optional.empty(), rules.offer(alice, rewe.id(), rewe.categoryId()));
    }

    @Test
    void theOfferIsAddedAsItIsAndFilesTheRow() {
        RuleOffer o = fileInto(row("REWE"), TxKind.EXPENSE, "Groceries").orElseThrow();
        rules.add(alice, o.rule());
        assertEquals("payee contains 'REWE Markt' → Groceries", rules.test(alice, "REWE Markt", "", null, null).orElseThrow().summary());
    }

    @Test
    void filingARowBackIntoUncategorizedOffersNothing() {
        Transaction rewe = row("REWE");
        fileInto(rewe, TxKind.EXPENSE, "Groceries");
        assertEquals(Optional.empty(), fileInto(row("REWE"), TxKind.EXPENSE, "Uncategorized"));
    }

    @Test
    void aRowTheRulesAlreadyFileThereIsNotOffered() {
        rules.add(alice, NewRule.of("rewe", "Groceries"));
        assertEquals(Optional.empty(), fileInto(row("REWE"), TxKind.EXPENSE, "Groceries"));
    }

    @Test
    void anEarlierRuleThatFilesTheRowElsewhereIsOvertakenByTheOffer() {
        rules.add(alice, NewRule.of("aral", "Transport"));
        rules.add(alice, NewRule.of("markt", "Dining"));
        RuleOffer o = fileInto(row("REWE"), TxKind.EXPENSE, "Groceries").orElseThrow();
        assertEquals(2, o.rule().at(), "in front of rule 2, which files REWE Markt into Dining");
        rules.add(alice, o.rule());
        assertEquals("Groceries", rules.test(alice, "REWE Markt", "Kartenzahlung", null, null).orElseThrow().category().replace("expense:", ""));
    }

    @Test
    void withoutAPayeeTheDescriptionsWordsBeforeTheFirstNumberAreOffered() {
        RuleOffer o = fileInto(row("CB CARREFOUR"), TxKind.EXPENSE, "Groceries").orElseThrow();
        assertEquals("CB CARREFOUR MARKET", o.rule().match());
        assertEquals(RuleField.DESCRIPTION, o.rule().field());
        assertEquals("Kiosk am Eck", fileInto(row("Kiosk"), TxKind.EXPENSE, "Groceries").orElseThrow().rule().match());
        assertEquals(Optional.empty(), fileInto(row("12345"), TxKind.EXPENSE, "Groceries"), "nothing before the first number");
    }

    @Test
    void aRuleLikeAnExistingOneIsRefusedNamingIt() {
        rules.add(alice, NewRule.of("aral", "Transport"));
        rules.add(alice, new NewRule("rewe", null, null, new java.math.BigDecimal("10"), null, null, "Groceries", List.of("a", "b"), null, null,
                null));
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.finterm.domain.ValidationException.class, () -> rules.add(alice,
                new NewRule("rewe", io.finterm.domain.RuleField.ANY, MatchKind.TEXT, new java.math.BigDecimal("10.00"), null, "", "Groceries",
                        List.of("b", "a"), "", "", 1)));
        assertEquals("rule: rule 2 is the same", e.getMessage());
        assertEquals(2, rules.list(alice).size());
        rules.add(alice, new NewRule("rewe", null, null, new java.math.BigDecimal("10"), null, null, "Groceries", List.of("a"), null, null,
                null));
        assertEquals(3, rules.list(alice).size(), "other tags: another rule");
    }
}
