package io.finterm.tui;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The Analysis screen's variance tab says what its summary lines mean and leaves nobody out. */
class VarianceTabTest {
    private static final String ROOT_PW = "root-password-1";
    private static final String ALICE_PW = "alice-password-1";

    @Test
    void everyCategoryTiedForMostOftenOverIsNamedAndUnbudgetedSpendingSaysWhichMonth() {
        VirtualTui setup = new VirtualTui();
        setup.services.accounts().createFirstAdmin("root", ROOT_PW.toCharArray(), "terminal");
        Session root = setup.services.accounts().login("root", ROOT_PW.toCharArray(), "terminal");
        setup.services.userAdmin().createUser(root, "alice", ALICE_PW.toCharArray(), Role.USER);
        Session alice = setup.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        YearMonth november = YearMonth.of(2026, 11);
        setup.services.budgets().set(alice, "Groceries", november, Money.of(10_000, "EUR"));
        setup.services.budgets().set(alice, "Dining", november, Money.of(5_000, "EUR"));
        setup.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Groceries",
                Money.of(12_000, "EUR"), "market"));
        setup.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Dining",
                Money.of(6_000, "EUR"), "dinner"));
        setup.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 4), TxKind.EXPENSE, "Travel",
                Money.of(3_000, "EUR"), "train"));
        VirtualTui app = new VirtualTui(setup.store, 100, 30, false, null).logIn("alice", ALICE_PW).type("4");
        app.press(KeyType.Tab).press(KeyType.Tab).assertShows("Most often over budget: Dining 1 of 1 month, Groceries 1 of 1 month");
        app.assertShows("Spent in a month with no budget for it: Travel €30.00");
    }
}
