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
}
