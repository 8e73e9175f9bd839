package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.RuleField;
import io.finterm.domain.TxKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.service.Entry;
import io.finterm.service.ImportService;
import io.finterm.service.RuleView;
import io.finterm.service.Session;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After an imported transaction gets another category in the entry form, the offer to make that a rule. */
class RuleOfferScreenTest {
    private static VirtualTui imported() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Path file = Path.of("src/test/resources/bank/us-checking.csv");
        ImportSource source = new ImportSource() {
            @Override
            public String name() {
                return "us-checking.csv";
            }

            @Override
            public InputStream open() throws java.io.IOException {
                return Files.newInputStream(file);
            }
        };
        app.services.imports().importFile(app.alice(), source, new ImportService.Options(false, false, null, "us-checking.csv", null),
                n -> { });
        return app;
    }

    /** Opens the newest transaction (ACME INC PAYROLL, imported) and files it into {@code category}. */
    private static VirtualTui recategorise(VirtualTui app, String category) {
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Enter).assertShows("Edit a transaction");
        return app.press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type(category).ctrl('s');
    }

    @Test
    void recategorisingAnImportedRowOffersARuleAndYesMakesIt() {
        VirtualTui app = recategorise(imported(), "Salary");
        app.assertShows("Make a rule: description 'ACME INC PAYROLL' → Salary?");
        app.type("y").assertShows("added rule 1: description contains 'ACME INC PAYROLL' → Salary");
        List<RuleView> rules = app.services.rules().list(app.alice());
        assertEquals(1, rules.size());
        assertEquals(RuleField.DESCRIPTION, rules.get(0).rule().field());
        assertEquals("ACME INC PAYROLL", rules.get(0).rule().pattern());
        assertTrue(rules.get(0).category().endsWith("Salary"), rules.get(0).category());
    }

    @Test
    void noSaysNoAndNoRuleIsMade() {
        VirtualTui app = recategorise(imported(), "Salary");
        app.assertShows("Make a rule:").type("n");
        assertEquals(List.of(), app.services.rules().list(app.alice()));
        app.assertShows("Salary");
    }

    @Test
    void aTransactionTypedByHandIsNotOffered() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries",
                io.finterm.domain.Money.of(1250, "EUR"), "REWE"));
        recategorise(app, "Dining").assertShows("saved");
        assertTrue(!app.shows("Make a rule"), app.screen());
    }
}
