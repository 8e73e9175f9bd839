package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.Period;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.AccountLine;
import io.finterm.service.Entry;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Forecast page's history, read from the accounts' registers, gives on every day what the account book
 * and the net-worth service say for that day on their own: asked day by day here, as the page did before.
 */
class BalanceHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24); // VirtualTui's clock
    private static final Currency EUR = Currency.getInstance("EUR");

    private static void spend(VirtualTui app, Session s, LocalDate day, TxKind kind, long cents, String account) {
        app.services.transactions().add(s, new Entry(day, kind, kind == TxKind.INCOME ? "Salary" : "Dining", new Money(cents, EUR), "t", account,
                "", List.of(), List.of()));
    }

    /** Transactions before the three months and in them, several on one day, a transfer, one in the future, an account opened meanwhile. */
    private static VirtualTui ledger(boolean foreign) {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session s = app.alice();
        app.services.accountBook().add(s, new NewAccount("Savings", AccountType.SAVINGS, EUR, "500", LocalDate.of(2026, 10, 10), true));
        app.services.accountBook().add(s, new NewAccount("Wallet", AccountType.CASH, EUR, "40", LocalDate.of(2026, 1, 1), false));
        if (foreign) {
            app.services.accountBook().add(s, new NewAccount("Travel", AccountType.CASH, Currency.getInstance("USD"), "200",
                    LocalDate.of(2026, 1, 1), true));
        }
        spend(app, s, LocalDate.of(2026, 6, 3), TxKind.INCOME, 250000, null);
        spend(app, s, LocalDate.of(2026, 8, 24), TxKind.EXPENSE, 1250, null);
        for (int d = 0; d < 90; d += 7) {
            spend(app, s, LocalDate.of(2026, 8, 27).plusDays(d), TxKind.EXPENSE, 1000 + d, null);
            spend(app, s, LocalDate.of(2026, 8, 27).plusDays(d), TxKind.EXPENSE, 333, null);
        }
        spend(app, s, LocalDate.of(2026, 9, 30), TxKind.INCOME, 310000, null);
        spend(app, s, LocalDate.of(2026, 10, 1), TxKind.EXPENSE, 2200, "Wallet");
        app.services.transfers().transfer(s, new TransferEntry(io.finterm.domain.Account.MAIN, "Savings", "300", null, LocalDate.of(2026, 10, 20), "save"));
        spend(app, s, TODAY, TxKind.EXPENSE, 999, null);
        spend(app, s, TODAY.plusDays(3), TxKind.EXPENSE, 77777, null);
        return app;
    }

    private static void sameAsAskedDayByDay(VirtualTui app) {
        Session s = app.alice();
        BalanceHistory history = BalanceHistory.load(app.services, s, TODAY);
        assertEquals(TODAY.minusMonths(3), history.from());
        List<Money> worth = new ArrayList<>();
        for (LocalDate day = history.from(); !day.isAfter(TODAY); day = day.plusDays(1)) {
            worth.add(app.services.netWorth().change(s, Period.between(day, day)).end());
        }
        assertEquals(worth, history.of(null));
        for (AccountLine line : app.services.accountBook().list(s, TODAY)) {
            List<Money> expected = new ArrayList<>();
            for (LocalDate day = history.from(); !day.isAfter(TODAY); day = day.plusDays(1)) {
                expected.add(app.services.accountBook().get(s, line.account().name(), day).balance());
            }
            assertEquals(expected, history.of(line.account().name()), line.account().name());
        }
    }

    @Test
    void everyDaysBalanceAndNetWorthIsWhatTheServicesSayForThatDay() {
        sameAsAskedDayByDay(ledger(false));
    }

    @Test
    void withAnAccountInAnotherCurrencyTheNetWorthIsStillTheServicesForEachDay() {
        sameAsAskedDayByDay(ledger(true));
    }
}
