package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.analysis.Forecast;
import io.finterm.domain.AccountType;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forecast on small cases computed by hand. Today is Thursday 2026-03-05 (the fixture's clock).
 *
 * <p>Alice's Main holds 1,000.00 at the end of today; Savings holds nothing. Her schedules, all waiting
 * for approval: Phone 50.00 monthly on the 2nd from 2026-03-02 (so the 2nd of March is overdue and lands
 * today; 2026-05-02 is a Saturday and it keeps it), Saving 300.00 from Main to Savings on the 10th,
 * Insurance 1,000.00 yearly on 20 March, Salary 2,000.00 on the 28th moved to the business day after
 * (2026-03-28 is a Saturday: Monday the 30th), Rent 1,200.00 on the 1st from April. By hand, Main:
 * 950.00 today, 650.00 on 03-10, -350.00 on 03-20, 1,650.00 on 03-30, 450.00 on 04-01, 400.00 on 04-02,
 * 100.00 on 04-10, 2,100.00 on 04-28, 900.00 on 05-01, 850.00 on 05-02; Savings 300.00 from 03-10 and
 * 600.00 from 04-10.
 */
class ForecastServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final Accounts fx = new Accounts();
    private final ForecastService forecast = new ForecastService(fx.store, fx.accounts, BusinessDays.WEEKENDS_ONLY,
            RateOracle.identity(), fx.clock);
    private Session alice;
    private ForecastFixture rows;

    @BeforeEach
    void aliceWithSchedules() {
        alice = fx.alice();
        rows = new ForecastFixture(fx.store, alice);
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.transactions.add(alice, new Entry(TODAY, TxKind.INCOME, "Salary", Money.of(100_000, "EUR"), "pay"));
        long phone = rows.category(fx.categories, TxKind.EXPENSE, "Utilities");
        long salary = rows.category(fx.categories, TxKind.INCOME, "Salary");
        long rent = rows.category(fx.categories, TxKind.EXPENSE, "Rent");
        long health = rows.category(fx.categories, TxKind.EXPENSE, "Health");
        rows.monthly("Phone", "Main", TxKind.EXPENSE, null, phone, "50.00", 2, LocalDate.of(2026, 3, 2), WeekendPolicy.KEEP);
        rows.monthly("Saving", "Main", TxKind.TRANSFER_OUT, "Savings", 0, "300.00", 10, LocalDate.of(2026, 3, 10), WeekendPolicy.KEEP);
        rows.schedule("Insurance", "Main", TxKind.EXPENSE, null, health, "1000.00",
                new Recurrence(Frequency.YEAR, 1, 20, 0, null, LocalDate.of(2026, 3, 20), null, 0), WeekendPolicy.KEEP, null);
        rows.monthly("Salary", "Main", TxKind.INCOME, null, salary, "2000.00", 28, LocalDate.of(2026, 3, 28), WeekendPolicy.AFTER);
        rows.monthly("Rent", "Main", TxKind.EXPENSE, null, rent, "1200.00", 1, LocalDate.of(2026, 4, 1), WeekendPolicy.KEEP);
    }

    private static String on(AccountForecast line, String day) {
        LocalDate d = LocalDate.parse(day);
        return line.days().stream().filter(p -> p.date().equals(d)).findFirst().orElseThrow().balance().toDecimalString();
    }

    private static AccountForecast named(Forecast f, String name) {
        return f.accounts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void salaryRentATransferAndAWeekendMoveGiveTheBalancesComputedByHand() {
        Forecast f = forecast.forecast(alice, 2, null, false);
        assertEquals(TODAY, f.from());
        assertEquals(LocalDate.of(2026, 5, 5), f.to());
        assertEquals(List.of("Main", "Savings"), f.accounts().stream().map(AccountForecast::name).toList());
        AccountForecast main = named(f, "Main");
        assertEquals(62, main.days().size(), "one point per day from 2026-03-05 to 2026-05-05");
        assertEquals("950.00", on(main, "2026-03-05"), "the overdue phone bill counts today");
        assertEquals("650.00", on(main, "2026-03-10"));
        assertEquals("-350.00", on(main, "2026-03-20"));
        assertEquals("-350.00", on(main, "2026-03-28"), "the salary of Saturday the 28th is booked on Monday");
        assertEquals("1650.00", on(main, "2026-03-30"));
        assertEquals("450.00", on(main, "2026-04-01"));
        assertEquals("400.00", on(main, "2026-04-02"));
        assertEquals("100.00", on(main, "2026-04-10"));
        assertEquals("2100.00", on(main, "2026-04-28"));
        assertEquals("900.00", on(main, "2026-05-01"));
        assertEquals("850.00", on(main, "2026-05-02"), "a Saturday the schedule keeps");
        assertEquals("850.00", on(main, "2026-05-05"));
        assertEquals(new BalancePoint(LocalDate.of(2026, 3, 20), Money.of(-35_000, "EUR")), main.lowest());
        assertEquals(new BalancePoint(LocalDate.of(2026, 3, 20), Money.of(-35_000, "EUR")), main.firstBelow());
        assertEquals("Main would fall to -€350.00 on 2026-03-20, before the Salary on 2026-03-30", main.warning());
        AccountForecast savings = named(f, "Savings");
        assertEquals("0.00", on(savings, "2026-03-09"));
        assertEquals("300.00", on(savings, "2026-03-10"));
        assertEquals("600.00", on(savings, "2026-04-10"));
        assertNull(savings.firstBelow());
        assertNull(savings.warning());
        assertEquals("1450.00", f.netWorth().days().get(61).balance().toDecimalString(), "850.00 + 600.00");
        assertEquals(List.of("Main would fall to -€350.00 on 2026-03-20, before the Salary on 2026-03-30"), f.warnings());
    }

    @Test
    void monthsSayEachMonthsEndAndItsLowest() {
        var months = named(forecast.forecast(alice, 2, null, false), "Main").months();
        assertEquals(3, months.size());
        assertEquals("1650.00", months.get(0).end().balance().toDecimalString());
        assertEquals(LocalDate.of(2026, 3, 20), months.get(0).lowest().date());
        assertEquals("2100.00", months.get(1).end().balance().toDecimalString());
        assertEquals("100.00", months.get(1).lowest().balance().toDecimalString());
        assertEquals(LocalDate.of(2026, 4, 10), months.get(1).lowest().date());
        assertEquals(new BalancePoint(LocalDate.of(2026, 5, 5), Money.of(85_000, "EUR")), months.get(2).end());
        assertEquals("850.00", months.get(2).lowest().balance().toDecimalString());
    }

    @Test
    void aThresholdWarnsOnTheFirstDayBelowItAndNamesIt() {
        forecast.warnBelow(alice, "main", "700");
        AccountForecast main = named(forecast.forecast(alice, 2, null, false), "Main");
        assertEquals(Money.of(70_000, "EUR"), main.warnBelow());
        assertEquals(LocalDate.of(2026, 3, 10), main.firstBelow().date());
        assertEquals("Main would fall to €650.00 below the warning of €700.00 on 2026-03-10, before the Salary on 2026-03-30",
                main.warning());
        assertEquals("Main would fall to 650.00 EUR below the warning of 700.00 EUR on 2026-03-10, before the Salary on 2026-03-30",
                main.warning(true), "for a terminal that shows only ASCII");
    }

    @Test
    void aNegativeThresholdIsAnOverdraftLimitAndWarnsOnlyBelowIt() {
        forecast.warnBelow(alice, "Main", "-500.00");
        assertNull(named(forecast.forecast(alice, 2, null, false), "Main").warning(), "-350.00 is within the overdraft");
        forecast.warnBelow(alice, "Main", "-300");
        assertEquals("Main would fall to -€350.00 below the warning of -€300.00 on 2026-03-20, before the Salary on 2026-03-30",
                named(forecast.forecast(alice, 2, null, false), "Main").warning());
    }

    @Test
    void aWarningIsKeptOncePerAccountAndOffRemovesIt() {
        forecast.warnBelow(alice, "Main", "700");
        forecast.warnBelow(alice, "Main", "100");
        assertEquals(1L, (long) fx.store.read(rd -> rd.count(Schema.BALANCE_WARNINGS)));
        assertEquals(Money.of(10_000, "EUR"), named(forecast.forecast(alice, 1, null, false), "Main").warnBelow());
        forecast.warnBelow(alice, "Main", null);
        assertEquals(0L, (long) fx.store.read(rd -> rd.count(Schema.BALANCE_WARNINGS)));
        assertEquals(Money.of(0, "EUR"), named(forecast.forecast(alice, 1, null, false), "Main").warnBelow());
    }

    @Test
    void aTransferInCountsAsMoneyComingInForTheBeforeClause() {
        forecast.warnBelow(alice, "Savings", "400");
        assertEquals("Savings is at €0.00 below the warning of €400.00 on 2026-03-05, before the Saving on 2026-03-10",
                named(forecast.forecast(alice, 1, null, false), "Savings").warning());
    }

    @Test
    void withoutMoneyComingInAfterTheFallTheSentenceHasNoBeforeClause() {
        fx.accountBook.add(alice, new NewAccount("Wallet", AccountType.CASH, null, "100.00", TODAY, true));
        rows.monthly("Pocket money", "Wallet", TxKind.EXPENSE, null, rows.category(fx.categories, TxKind.EXPENSE, "Dining"), "60.00", 15,
                LocalDate.of(2026, 3, 15), WeekendPolicy.KEEP);
        AccountForecast wallet = named(forecast.forecast(alice, 2, "Wallet", false), "Wallet");
        assertEquals("40.00", on(wallet, "2026-03-15"));
        assertEquals("Wallet would fall to -€20.00 on 2026-04-15", wallet.warning());
    }

    @Test
    void aCardWithoutAThresholdNeverWarnsBelowZero() {
        fx.accountBook.add(alice, new NewAccount("Card", AccountType.CREDIT, null, "-400.00", TODAY, true));
        AccountForecast card = named(forecast.forecast(alice, 1, "card", false), "Card");
        assertEquals("-400.00", card.lowest().balance().toDecimalString());
        assertNull(card.warning());
        forecast.warnBelow(alice, "Card", "-300");
        assertEquals("Card is at -€400.00 below the warning of -€300.00 on 2026-03-05",
                named(forecast.forecast(alice, 1, "Card", false), "Card").warning());
    }

    @Test
    void oneAccountIsForecastAloneWhileTheNetWorthStillCountsEveryAccount() {
        Forecast f = forecast.forecast(alice, 2, "Savings", false);
        assertEquals(List.of("Savings"), f.accounts().stream().map(AccountForecast::name).toList());
        assertEquals("1450.00", f.netWorth().days().get(61).balance().toDecimalString());
    }

    @Test
    void anotherUsersAccountsAndSchedulesNeverAppear() {
        Session bob = fx.bob();
        fx.accountBook.add(bob, NewAccount.named("Hidden"));
        new ForecastFixture(fx.store, bob).monthly("Bonus", "Main", TxKind.INCOME, null,
                new ForecastFixture(fx.store, bob).category(fx.categories, TxKind.INCOME, "Salary"), "5000.00", 15, TODAY,
                WeekendPolicy.KEEP);
        Forecast mine = forecast.forecast(alice, 2, null, false);
        assertEquals(List.of("Main", "Savings"), mine.accounts().stream().map(AccountForecast::name).toList());
        assertEquals("850.00", on(named(mine, "Main"), "2026-05-05"), "bob's bonus is not alice's");
        Forecast his = forecast.forecast(bob, 2, null, false);
        assertEquals(List.of("Hidden", "Main"), his.accounts().stream().map(AccountForecast::name).toList());
        assertEquals("10000.00", on(named(his, "Main"), "2026-05-05"), "his bonus on 03-15 and 04-15, nothing of alice's");
        ValidationException e = assertThrows(ValidationException.class, () -> forecast.forecast(bob, 2, "Savings", false));
        assertEquals("account", e.field());
        assertThrows(ValidationException.class, () -> forecast.warnBelow(bob, "Savings", "10"));
    }

    @Test
    void monthsOutsideOneToTwelveAndAnUnknownAccountAreRefusedWithNothingWritten() {
        long before = fx.store.version();
        for (int months : new int[] {0, 13, -1}) {
            ValidationException e = assertThrows(ValidationException.class, () -> forecast.forecast(alice, months, null, false));
            assertEquals("months", e.field());
            assertTrue(e.getMessage().contains("1 to 12"), e.getMessage());
        }
        assertEquals("account", assertThrows(ValidationException.class, () -> forecast.forecast(alice, 3, "Nope", false)).field());
        assertEquals("account", assertThrows(ValidationException.class, () -> forecast.warnBelow(alice, "Nope", "1")).field());
        ValidationException bad = assertThrows(ValidationException.class, () -> forecast.warnBelow(alice, "Main", "12,5"));
        assertEquals("below", bad.field());
        assertThrows(ValidationException.class, () -> forecast.warnBelow(alice, "Main", "1.234"));
        assertEquals(before, fx.store.version());
    }

    @Test
    void aMissingRateLeavesOutTheNetWorthLineWithANoteNamingTheCurrency() {
        fx.accountBook.add(alice, new NewAccount("Dollars", AccountType.CHECKING, Currency.getInstance("USD"), "20.00", TODAY, true));
        Forecast f = forecast.forecast(alice, 1, null, false);
        assertNull(f.netWorth());
        assertTrue(f.notes().stream().anyMatch(n -> n.startsWith("no net worth line: no USD to EUR rate")), f.notes().toString());
        assertEquals("20.00", on(named(f, "Dollars"), "2026-04-05"));
    }

    @Test
    void aPausedScheduleAndAHandledOccurrenceCountNothing() {
        var pause = rows.schedule("Gym", "Main", TxKind.EXPENSE, null, rows.category(fx.categories, TxKind.EXPENSE, "Health"), "40.00",
                new Recurrence(Frequency.MONTH, 1, 6, 0, null, TODAY, null, 0), WeekendPolicy.KEEP, TODAY);
        assertTrue(pause.paused());
        var once = rows.monthly("Club", "Main", TxKind.EXPENSE, null, rows.category(fx.categories, TxKind.EXPENSE, "Health"), "10.00",
                6, LocalDate.of(2026, 3, 6), WeekendPolicy.KEEP);
        rows.handled(once, LocalDate.of(2026, 3, 6), io.finterm.domain.OccurrenceState.SKIPPED, 0);
        AccountForecast main = named(forecast.forecast(alice, 2, null, false), "Main");
        assertEquals("90.00", on(main, "2026-04-10"), "100.00 by hand, less Club's 10.00 of 04-06; March's was skipped");
    }

    @Test
    void aTransactionBookedAheadCountsOnItsOwnDayAndNotToday() {
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 15), TxKind.EXPENSE, "Travel", Money.of(12_345, "EUR"), "train"));
        AccountForecast main = named(forecast.forecast(alice, 2, null, false), "Main");
        assertEquals("950.00", on(main, "2026-03-05"), "today's balance leaves the 15th out");
        assertEquals("650.00", on(main, "2026-03-14"));
        assertEquals("526.55", on(main, "2026-03-15"), "650.00 - 123.45");
    }

    @Test
    void aChangedOccurrenceCountsWithItsOwnAmountAndDay() {
        var phone = fx.store.read(rd -> rd.findUnique(Schema.SCHEDULES_BY_NAME, alice.userId(), "phone")).orElseThrow();
        fx.store.write(tx -> tx.insert(Schema.OCCURRENCES, new io.finterm.domain.Occurrence(tx.nextId(Schema.OCCURRENCES), alice.userId(),
                phone.id(), LocalDate.of(2026, 4, 2), io.finterm.domain.OccurrenceState.CHANGED, 0, Money.of(7_000, "EUR"),
                LocalDate.of(2026, 4, 20))));
        AccountForecast main = named(forecast.forecast(alice, 2, null, false), "Main");
        assertEquals("450.00", on(main, "2026-04-02"), "by hand 400.00 on the 2nd, without the phone's 50.00");
        assertEquals("150.00", on(main, "2026-04-10"));
        assertEquals("80.00", on(main, "2026-04-20"), "its 70.00 on its own day");
    }

    @Test
    void theOverdueOccurrencesOfAnAutomaticScheduleIntoAClosedAccountAreLeftOutWithANote() {
        fx.accountBook.add(alice, NewAccount.named("Card"));
        fx.accountBook.close(alice, "Card");
        long card = fx.store.read(rd -> AccountLookup.existing(rd, alice.userId(), "account", "Card").id());
        long fees = rows.category(fx.categories, TxKind.EXPENSE, "Health");
        Recurrence rule = new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2026, 2, 1), null, 0);
        fx.store.write(tx -> tx.insert(io.finterm.store.Schema.SCHEDULES, new io.finterm.domain.Schedule(
                tx.nextId(io.finterm.store.Schema.SCHEDULES), alice.userId(), "Fee", card, TxKind.EXPENSE, 0, fees, Money.of(1000, "EUR"),
                false, "", "", List.of(), List.of(), rule, WeekendPolicy.KEEP, true, null, rule.start())));
        Forecast f = forecast.forecast(alice, 1, "Card", false);
        AccountForecast line = named(f, "Card");
        assertEquals("0.00", on(line, "2026-03-05"), "02-01 and 03-01 are never posted: not counted today");
        assertEquals("-10.00", on(line, "2026-04-01"), "the coming one still counts");
        assertEquals(true, f.notes().contains("Fee: 2 overdue occurrences are left out, as an account of it is closed and they are "
                + "never posted (finterm schedule skip Fee DATE)"), f.notes().toString());
    }
}
