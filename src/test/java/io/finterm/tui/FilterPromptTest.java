package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The app's filter prompt speaks the same filter language as the command line, errors included. */
class FilterPromptTest {
    private static final String ROOT_PW = "root-password-1";
    private static final String ALICE_PW = "alice-password-1";

    /** alice with a coffee at a café and a lunch, on her login screen. */
    private static VirtualTui withAlicesCoffee() {
        VirtualTui setup = new VirtualTui();
        setup.services.accounts().createFirstAdmin("root", ROOT_PW.toCharArray(), "terminal");
        Session root = setup.services.accounts().login("root", ROOT_PW.toCharArray(), "terminal");
        setup.services.userAdmin().createUser(root, "alice", ALICE_PW.toCharArray(), Role.USER);
        Session alice = setup.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        setup.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining",
                Money.of(420, "EUR"), "Café Noir"));
        setup.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Dining",
                Money.of(1250, "EUR"), "lunch"));
        return new VirtualTui(setup.store, 100, 30, false, null);
    }

    @Test
    void textWithoutItsAccentFindsTheAccentedDescription() {
        VirtualTui app = withAlicesCoffee().logIn("alice", ALICE_PW).type("2").assertShows("2 transactions");
        app.type("/").type("cafe").press(KeyType.Enter);
        app.assertShows("Filter: cafe").assertShows("1 transaction ").assertShows("Café Noir");
        assertFalse(app.shows("lunch"));
    }

    @Test
    void anUnknownKeyAndAMissingCategoryAreBothNamedInsteadOfMatchingNothing() {
        VirtualTui app = withAlicesCoffee().logIn("alice", ALICE_PW).type("2");
        app.type("/").type("category:Dining").press(KeyType.Enter).assertShows("unknown filter 'category:' — did you mean cat:?");
        app.ctrl('u').type("cat:Nonexistent foo:bar").press(KeyType.Enter)
                .assertShows("✗ 2 bad terms:").assertShows("cat:Nonexistent: there is no category"); // wrapped beside the field
        assertFalse(app.shows("Filter: cat:Nonexistent"), "a bad filter is not applied");
    }

    @Test
    void f1InTheFilterDialogShowsTheWholeRefusalAtEightyColumns() {
        VirtualTui app = new VirtualTui(withAlicesCoffee().store, 80, 24, false, null).logIn("alice", ALICE_PW).type("2");
        app.type("/").type("category:Dining amt:>fifty").press(KeyType.Enter).assertShows("(F1: all)");
        assertFalse(app.shows("did you mean cat:?"), "cut beside the field at 80 columns");
        app.press(KeyType.F1).assertShows("did you mean cat:?");
    }

    @Test
    void uShowsOnlyTheUncategorizedAndSaysSoWhenThereAreNone() {
        VirtualTui setup = withAlicesCoffee();
        VirtualTui app = new VirtualTui(setup.store, 80, 24, false, null).logIn("alice", ALICE_PW).type("2");
        app.type("u").assertShows("nothing is uncategorized").assertShows("2 transactions");
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.categories().add(alice, TxKind.EXPENSE, io.finterm.domain.Category.UNCATEGORIZED);
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 4), TxKind.EXPENSE,
                io.finterm.domain.Category.UNCATEGORIZED, Money.of(999, "EUR"), "CARD 4711 KIOSK"));
        app.type("u").assertShows("Filter: cat:Uncategorized").assertShows("CARD 4711 KIOSK").assertShows("1 transaction ");
        assertFalse(app.shows("lunch"));
    }
}
