package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.Totals;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.rates.StoredRates;
import io.finterm.store.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsByAccountTest {
    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();

    @Test
    void totalsByAccountConvertEachAccountsIncomeAndExpensesAndLeaveTransfersOut() {
        fx.store.write(tx -> tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 2, 2),
                Currency.getInstance("USD"), new BigDecimal("1.25"))));
        ReportService reports = new ReportService(fx.store, fx.accounts, new StoredRates(fx.store));
        fx.accountBook.add(alice, new NewAccount("Dollars", null, Currency.getInstance("USD"), null, null, true));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 2), TxKind.EXPENSE, "Dining", Money.of(2500, "USD"), "diner", "Dollars"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 3), TxKind.EXPENSE, "Dining", Money.of(1000, "EUR"), "lunch"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 1), TxKind.INCOME, "Salary", Money.of(200_000, "EUR"), "pay"));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Dollars", "400.00", "500.00", LocalDate.of(2026, 2, 2), "to dollars"));
        Totals totals = reports.totals(alice, null, null, Totals.By.ACCOUNT, null, Filter.ALL);
        assertEquals(List.of(
                new Totals.Row(null, null, "Dollars", TxKind.EXPENSE, 1, Money.of(2000, "EUR")), // $25.00 at 1.25
                new Totals.Row(null, null, "Main", TxKind.INCOME, 1, Money.of(200_000, "EUR")),
                new Totals.Row(null, null, "Main", TxKind.EXPENSE, 1, Money.of(1000, "EUR"))), totals.rows());
        assertEquals(Money.of(197_000, "EUR"), totals.total());
        assertEquals("converted 1 transaction at ECB rates of 2026-02-02", totals.conversion().describe(), "the dollar leg is no transaction");
        assertEquals(LocalDate.of(2026, 2, 1), totals.from());
        Totals expenses = reports.totals(alice, null, null, Totals.By.ACCOUNT, TxKind.EXPENSE, Filter.ALL);
        assertEquals(List.of("Dollars", "Main"), expenses.rows().stream().map(Totals.Row::account).toList());
    }
}
