package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.analysis.NetWorth;
import io.finterm.analysis.NetWorthChange;
import io.finterm.analysis.NetWorthOn;
import io.finterm.analysis.NetWorthPoint;
import io.finterm.analysis.Period;
import io.finterm.domain.AccountType;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.rates.StoredRates;
import io.finterm.store.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetWorthServiceTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final String NO_JANUARY_RATE =
            "no USD rate on or before 2026-01-31: run `finterm rates update` or import a rates file";

    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();
    private final NetWorthService netWorth = new NetWorthService(fx.store, fx.accounts, new StoredRates(fx.store), fx.clock);

    /**
     * Main (EUR): +3000.00 on 01-10, -45.50 on 01-20, 500.00 to Savings on 02-02, -54.50 on 03-03 and
     * -100.00 on 03-20 (after today). Savings (EUR) opens with 1000.00 on 01-15. Dollars opens with
     * $100.00 on 01-20; USD has rates from 02-27 (1.25) and 03-05 (1.60) only. Card (-200.00) is not
     * counted in net worth.
     */
    private void ledger() {
        fx.store.write(tx -> {
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 2, 27), USD, new BigDecimal("1.25")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 3, 5), USD, new BigDecimal("1.60")));
            return null;
        });
        fx.accountBook.add(alice, new NewAccount("Savings", AccountType.SAVINGS, null, "1000.00", LocalDate.of(2026, 1, 15), true));
        fx.accountBook.add(alice, new NewAccount("Dollars", null, USD, "100.00", LocalDate.of(2026, 1, 20), true));
        fx.accountBook.add(alice, new NewAccount("Card", AccountType.CREDIT, null, "-200.00", LocalDate.of(2025, 12, 1), false));
        add("2026-01-10", TxKind.INCOME, "Salary", 300_000);
        add("2026-01-20", TxKind.EXPENSE, "Groceries", 4550);
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "500.00", null, LocalDate.of(2026, 2, 2), "to savings"));
        add("2026-03-03", TxKind.EXPENSE, "Dining", 5450);
        add("2026-03-20", TxKind.EXPENSE, "Rent", 10_000);
    }

    private void add(String date, TxKind kind, String category, long cents) {
        fx.transactions.add(alice, new Entry(LocalDate.parse(date), kind, category, Money.of(cents, "EUR"), category));
    }

    private static NetWorthPoint point(String month, long cents) {
        return new NetWorthPoint(YearMonth.parse(month), Money.of(cents, "EUR"));
    }

    @Test
    void theSeriesSumsEachCountedAccountsMonthEndBalanceConvertedAtThatDaysRate() {
        ledger();
        NetWorth series = netWorth.netWorth(alice, YearMonth.of(2025, 12), YearMonth.of(2026, 3));
        assertEquals(List.of(
                point("2025-12", 0), // Card alone had a balance, and it is not counted
                point("2026-01", 295_450 + 100_000), // Main 2954.50 + Savings 1000.00; Dollars has no rate yet
                point("2026-02", 245_450 + 150_000 + 8000), // $100.00 at Friday's 1.25 = 80.00; the transfer moved nothing out
                point("2026-03", 230_000 + 150_000 + 6250)), // the month's end, 03-20 included; $100.00 at today's 1.60
                series.rows());
        assertEquals(Currency.getInstance("EUR"), series.currency());
        assertEquals("converted 2 account balances at ECB rates of 2026-02-27 to 2026-03-05 (1 at an earlier day's rate: "
                + "a weekend or holiday); left out 1 account balance in USD: " + NO_JANUARY_RATE, series.conversion().describe());
    }

    @Test
    void todaysNetWorthCountsWhatHasHappenedByToday() {
        ledger();
        NetWorthOn today = netWorth.current(alice);
        assertEquals(LocalDate.of(2026, 3, 5), today.day());
        assertEquals(Money.of(240_000 + 150_000 + 6250, "EUR"), today.netWorth(), "the rent of 03-20 is still to come");
        assertEquals("converted 1 account balance at ECB rates of 2026-03-05", today.conversion().describe());
    }

    @Test
    void theChangeOverAPeriodRunsFromTheDayBeforeItToItsEndOrToday() {
        ledger();
        NetWorthChange february = netWorth.change(alice, Period.month(YearMonth.of(2026, 2)));
        assertEquals(LocalDate.of(2026, 1, 31), february.startDay());
        assertEquals(Money.of(395_450, "EUR"), february.start());
        assertEquals(Money.of(403_450, "EUR"), february.end());
        assertEquals(Money.of(8000, "EUR"), february.change(), "only the dollars, first converted in February, made a difference");
        assertEquals(1, february.conversion().balancesLeftOut().get(0).count());
        NetWorthChange march = netWorth.change(alice, Period.month(YearMonth.of(2026, 3)));
        assertEquals(LocalDate.of(2026, 3, 5), march.endDay(), "March has not ended: the change so far");
        assertEquals(Money.of(396_250 - 403_450, "EUR"), march.change());
    }

    @Test
    void anotherUsersAccountsNeverCount() {
        ledger();
        Session bob = fx.bob();
        assertEquals(List.of(point("2026-02", 0)), netWorth.netWorth(bob, YearMonth.of(2026, 2), YearMonth.of(2026, 2)).rows());
        assertEquals(Money.of(0, "EUR"), netWorth.current(bob).netWorth());
    }

    @Test
    void aSeriesBackwardsOrLongerThanACenturyIsRefusedWithTheReason() {
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> netWorth.netWorth(alice, YearMonth.of(2026, 3), YearMonth.of(2026, 1)));
        assertEquals("from: 2026-03 is after 2026-01", backwards.getMessage());
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> netWorth.netWorth(alice, YearMonth.of(1900, 1), YearMonth.of(2026, 1)));
        assertEquals("to: a net worth series covers at most 1200 months, and 1900-01 to 2026-01 is 1513", tooLong.getMessage());
    }
}
