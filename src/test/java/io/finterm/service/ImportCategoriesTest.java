package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bank file's rows take their category from the person's rules first, then from what their payee
 * or description had before, and only otherwise stay uncategorized; a rule's tags, payee and
 * description go with it, and the import says how many rows each way decided.
 */
class ImportCategoriesTest {
    private static final String STATEMENT = """
            Date;Payee;Text;Amount
            02.11.2026;REWE Markt 4711 Berlin;Kartenzahlung;-23,45
            03.11.2026;NETFLIX.COM;Abo;-13,99
            04.11.2026;Kiosk am Eck;Zeitung;-2,50
            05.11.2026;ACME GmbH;Gehalt November;2500,00
            06.11.2026;Netflix International;Erstattung;13,99
            """;

    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    final RuleService rules = new RuleService(fx.store, fx.accounts);

    @BeforeEach
    void historyAndARule() {
        for (int day = 1; day <= 3; day++) {
            fx.transactions.add(alice, new Entry(LocalDate.of(2026, 10, day * 7), TxKind.EXPENSE, "Groceries", Money.of(1_000 + day, "EUR"),
                    "Kartenzahlung", null, "REWE Markt 0815 Hamburg", List.of(), List.of()));
        }
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 10, 5), TxKind.INCOME, "Salary", Money.of(250_000, "EUR"),
                "Gehalt Oktober", null, "ACME GmbH", List.of(), List.of()));
        fx.categories.add(alice, TxKind.EXPENSE, "Subscriptions");
        rules.add(alice, new NewRule("netflix", null, null, null, null, null, "Subscriptions", List.of("streaming"), "Netflix", null, null));
    }

    private Map<String, String> categoryByPayee() {
        Map<Long, String> names = fx.categories.list(alice).stream().collect(Collectors.toMap(Category::id, Category::name));
        return fx.store.read(rd -> {
            Map<String, String> m = new java.util.TreeMap<>();
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == alice.userId() && t.origin().importId() != 0) {
                    m.put(t.payee() + "/" + t.kind().label(), names.get(t.categoryId()));
                }
            });
            return m;
        });
    }

    @Test
    void aRuleDecidesFirstThenTheHistoryThenNothing() {
        ImportService.Result r = fx.imports.importFile(alice, ImportPreviewTest.text("konto.csv", STATEMENT),
                new ImportService.Options(false, false), n -> { });
        assertEquals(5, r.summary().imported());
        assertEquals(1, r.byRule(), "the Netflix payment; the refund is money in, and the rule files into an expense category");
        assertEquals(2, r.fromHistory(), "REWE by its payee, ACME's salary by its payee");
        assertEquals(2, r.uncategorized(), "the kiosk, never seen, and the refund");
        assertEquals(Map.of(
                "REWE Markt 4711 Berlin/expense", "Groceries",
                "Netflix/expense", "Subscriptions",
                "Kiosk am Eck/expense", Category.UNCATEGORIZED,
                "ACME GmbH/income", "Salary",
                "Netflix International/income", Category.UNCATEGORIZED), categoryByPayee());
        Transaction netflix = fx.store.read(rd -> {
            List<Transaction> found = new java.util.ArrayList<>();
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if ("Netflix".equals(t.payee())) {
                    found.add(t);
                }
            });
            return found.get(0);
        });
        assertEquals(List.of("streaming"), netflix.tags());
        assertEquals("Abo", netflix.description(), "the rule sets no description: the row's stays");
    }

    @Test
    void thePreviewSaysWhereEachCategoryCameFrom() {
        ImportPreview.Preview p = fx.imports.preview(alice, ImportPreviewTest.text("konto.csv", STATEMENT),
                new ImportService.Options(false, false, null, "konto.csv", null, Set.of()));
        assertEquals(List.of("history", "rule 1", "", "history", ""), p.rows().stream().map(ImportPreview.Row::source).toList());
        assertEquals(List.of("Groceries", "Subscriptions", Category.UNCATEGORIZED, "Salary", Category.UNCATEGORIZED),
                p.rows().stream().map(ImportPreview.Row::category).toList());
        assertTrue(p.rows().get(1).why().equals("rule 1: payee or description contains 'netflix'"), p.rows().get(1).why());
        assertEquals(1, p.byRule());
        assertEquals(2, p.fromHistory());
        assertEquals(2, p.uncategorized());
    }
}
