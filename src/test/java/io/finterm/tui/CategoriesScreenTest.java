package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Categories screen (key 7), and the entry form's offer to create a category it does not know. */
class CategoriesScreenTest {
    private static VirtualTui app() {
        return VirtualTui.withAlice(80, 24, false);
    }

    private static void spend(VirtualTui app, Session alice, String category) {
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, category, Money.of(1250, "EUR"), "x"));
    }

    @Test
    void keySevenListsTheCategoriesWithTheirCountsAndAddsOneOfEitherType() {
        VirtualTui app = app();
        Session alice = app.alice();
        spend(app, alice, "Dining");
        spend(app, alice, "Dining");
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").assertShows("Categories").assertShows("14 categories");
        assertTrue(app.screen().matches("(?s).*Dining +expense +2.*"), app.screen());
        app.type("a").assertShows("New category").type("Pets").press(KeyType.Tab).type("i").press(KeyType.Enter);
        app.assertShows("added the income category Pets").assertShows("15 categories");
        assertTrue(app.services.categories().list(alice).stream().anyMatch(c -> c.name().equals("Pets") && c.kind() == TxKind.INCOME));
    }

    @Test
    void renamingKeepsTheTransactionsAndDeletingOneInUseOffersTheMerge() {
        VirtualTui app = app();
        Session alice = app.alice();
        spend(app, alice, "Dining");
        app.logIn("alice", VirtualTui.ALICE_PW).type("7");
        while (!app.screen().lines().anyMatch(l -> l.contains("Dining") && l.startsWith("  ") == false && isSelected(app, "Dining"))) {
            app.press(KeyType.ArrowDown);
        }
        app.type("r").assertShows("Rename Dining").ctrl('u').type("Eating out").press(KeyType.Enter);
        app.assertShows("renamed Dining to Eating out");
        app.type("d").assertShows("Eating out has 1 transaction, so it cannot simply go.").type("Groceries").press(KeyType.Enter);
        app.assertShows("merged Eating out into Groceries: 1 transaction moved");
        assertFalse(app.screen().matches("(?s).*Eating out +expense.*"), app.screen());
        assertEquals("Groceries", app.services.transactions().list(alice, io.finterm.service.Filter.ALL, io.finterm.service.Sort.DATE_ASC, 0, 1)
                .get(0).category());
    }

    @Test
    void anUnusedCategoryIsDeletedAfterAYes() {
        VirtualTui app = app();
        app.logIn("alice", VirtualTui.ALICE_PW).type("7");
        app.type("d").assertShows("It has no transactions; its budgets go with it.").type("y").assertShows("13 categories");
    }

    @Test
    void theEntryFormOffersToCreateAnUnknownCategoryWithItsTypeAndSaves() {
        VirtualTui app = app();
        app.logIn("alice", VirtualTui.ALICE_PW).type("2a").press(KeyType.Tab).type("i").press(KeyType.Tab).type("Lottery")
                .press(KeyType.Tab).type("50").ctrl('s');
        app.assertShows("There is no income category 'Lottery'.").assertShows("Create it as an income category and save?").type("y");
        assertTrue(app.screen().matches("(?s).*Lottery +\\+€50\\.00.*"), app.screen()); // at 80 columns the sign says income
        app.assertShows("added income €50.00 Lottery");
        assertTrue(app.services.categories().list(app.alice()).stream().anyMatch(c -> c.name().equals("Lottery") && c.kind() == TxKind.INCOME));
    }

    private static boolean isSelected(VirtualTui app, String name) {
        for (int r = 0; r < app.terminal.getTerminalSize().getRows(); r++) {
            var ch = app.terminal.getCharacter(1, r);
            StringBuilder line = new StringBuilder();
            for (int c = 1; c < 1 + name.length(); c++) {
                line.append(app.terminal.getCharacter(c, r).getCharacterString());
            }
            if (line.toString().equals(name) && ch.getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE)) {
                return true;
            }
        }
        return false;
    }
}
