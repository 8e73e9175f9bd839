package io.finterm.tui;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The Budgets screen shows a month's budgets and spending in the base currency, whatever they were set in. */
class BudgetsScreenTest {
    /** ECB rates: a Friday before November begins, and the Friday of the expense. */
    private static final String RATES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
              <gesmes:subject>Reference rates</gesmes:subject>
              <Cube>
                <Cube time="2026-11-20"><Cube currency="USD" rate="1.1300"/></Cube>
                <Cube time="2026-10-30"><Cube currency="USD" rate="1.2500"/></Cube>
              </Cube>
            </gesmes:Envelope>
            """;

    @Test
    void aBudgetSetBeforeTheBaseCurrencyChangedIsShownConvertedInsteadOfBreakingTheScreen() throws Exception {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Path file = Files.createTempFile("rates", ".xml");
        Files.writeString(file, RATES);
        app.services.rates().importRates(file);
        Session alice = app.alice();
        app.services.budgets().set(alice, "Groceries", YearMonth.of(2026, 11), Money.of(40_000, "EUR"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries", Money.of(10_000, "EUR"), "market"));
        app.services.ownAccount().changeBaseCurrency(alice, Currency.getInstance("USD"));
        // €400.00 at the rate of Friday 30 October (November begins on a Sunday), 1.25 = $500.00;
        // €100.00 on the 20th at 1.13 = $113.00; $500.00 - $113.00 = $387.00; 113 / 500 = 22.6 %
        app.logIn("alice", VirtualTui.ALICE_PW).type("3");
        app.assertShows("November 2026").assertShows("$500.00").assertShows("$113.00").assertShows("$387.00").assertShows("23 %");
    }
}
