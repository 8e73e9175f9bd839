package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code w} on the Accounts screen: the balance below which the forecast warns about an account, as {@code finterm account warn} sets it. */
class AccountWarningScreenTest {
    /** alice on the Accounts screen, with Main (EUR, the default, selected) and Visa (a EUR credit card). */
    private static VirtualTui onAccounts(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        app.services.accountBook().add(app.alice(), new NewAccount("Visa", AccountType.CREDIT, Currency.getInstance("EUR"), "",
                LocalDate.of(2026, 1, 1), true));
        return app.logIn("alice", VirtualTui.ALICE_PW).type("8").press(KeyType.Home);
    }

    private static void clear(VirtualTui app) {
        app.ctrl('u');
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void wSetsTheWarningWhichTheScreenShowsInWordsAndTheForecastUses(int columns, int rows) {
        VirtualTui app = onAccounts(columns, rows);
        assertTrue(app.selected("Main"), app.screen());
        app.type("w").assertShows("Forecast warning for Main").assertShows("Warn below").assertShows("in EUR, negative for an overdraft; blank: below zero");
        app.type("100").press(KeyType.Enter);
        app.assertShows("the forecast warns when Main would fall below €100.00");
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(" *Main .*default, warns below €100\\.00.*")), app.screen());
        Session alice = app.alice();
        assertEquals(Money.of(10_000, "EUR"), app.services.forecast().warning(alice, "Main"));
        assertEquals(Money.of(10_000, "EUR"), app.services.forecast().forecast(alice, 1, "Main", false).accounts().get(0).warnBelow());
    }

    @Test
    void thePromptStartsFromTheWarningSetAndBlankRemovesIt() {
        VirtualTui app = onAccounts(80, 24);
        app.services.forecast().warnBelow(app.alice(), "Main", "-250.5");
        app.type("8").type("w");
        assertTrue(app.caretLine().contains("-250.50"), app.screen());
        clear(app);
        app.press(KeyType.Enter).assertShows("no warning for Main: the forecast warns below zero");
        assertNull(app.services.forecast().warning(app.alice(), "Main"));
        assertTrue(app.screen().lines().noneMatch(l -> l.contains("warns below €") || l.contains("warns below -€")), app.screen());
    }

    @Test
    void aNegativeWarningOnACardIsAnOverdraftLimitShownWithItsSign() {
        VirtualTui app = onAccounts(80, 24).press(KeyType.ArrowDown);
        assertTrue(app.selected("Visa"), app.screen());
        app.type("w").assertShows("negative for an overdraft; blank: no warning").type("-500").press(KeyType.Enter);
        app.assertShows("the forecast warns when Visa would fall below -€500.00");
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(" *Visa .*warns below -€500\\.00.*")), app.screen());
    }

    @Test
    void anAmountThatIsNotOneIsRefusedBesideItsFieldAndNothingIsSaved() {
        VirtualTui app = onAccounts(80, 24);
        app.type("w").type("lots").press(KeyType.Enter);
        app.assertShows("Forecast warning for Main").assertShows("✗");
        app.assertShows("'lots' is not a number");
        assertNull(app.services.forecast().warning(app.alice(), "Main"));
    }

    @Test
    void theHelpOfTheAccountsScreenNamesTheKey() {
        VirtualTui app = onAccounts(100, 30).type("?");
        app.assertShows("Keys: Accounts").assertShowsWhole("w the balance below which the forecast warns about it");
    }
}
