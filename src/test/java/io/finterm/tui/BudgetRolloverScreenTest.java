package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The Budgets screen with budgets that roll over: {@code r} sets it for the selected category from the
 * shown month, and a month that received money shows it beside the budget, with remaining and the bar
 * measured against budget + carried. The test clock stands at 24 November 2026; alice's expense
 * categories are listed Dining, Entertainment, Groceries, … so Groceries is two rows down.
 */
class BudgetRolloverScreenTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** alice with €400.00 for Groceries in October and November, {@code october} spent in October and €100.00 in November. */
    private static VirtualTui groceries(int columns, int rows, long october) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.budgets().set(alice, "Groceries", OCTOBER, Money.of(40_000, "EUR"));
        app.services.budgets().set(alice, "Groceries", NOVEMBER, Money.of(40_000, "EUR"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 10, 10), TxKind.EXPENSE, "Groceries", Money.of(october, "EUR"), "market"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 5), TxKind.EXPENSE, "Groceries", Money.of(10_000, "EUR"), "market"));
        return app.logIn("alice", VirtualTui.ALICE_PW).type("3");
    }

    private static String line(VirtualTui app, String starting) {
        return app.screen().lines().filter(l -> l.startsWith(" " + starting)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + starting + " on\n" + app.screen()));
    }

    /**
     * The dashboard's budget bar gives the percent and the carry where there is room, and where there is less the
     * budget and the carry without the percent (the bar shows it).
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24, ░ €400.00 + €35.00 carried", "100, 30, 23 % of €400.00 + €35.00 carried"})
    void unspentMoneySetToRollOverWithTheKeyShowsAsCarriedInTheNextMonth(int columns, int rows, String dashboard) {
        VirtualTui app = groceries(columns, rows, 36_500);
        app.type("[").assertShows("October 2026").type("jj");
        assertTrue(app.selected("Groceries"), app.screen());
        app.type("r").assertShows("Rollover: Groceries, from October 2026 on").assertShows("Now: Groceries does not roll over")
                .assertShows("roll over, absorbing overspending").assertShows("roll over, carrying overspending").assertShows("cancel");
        assertFalse(app.shows("stop rolling over"), "nothing to stop on a category that does not roll over\n" + app.screen());
        app.type("s").assertShows("Rollover: Groceries"); // no such choice: the dialog stays
        app.type("a").assertShows("Groceries rolls over from 2026-10, overspending absorbed");
        // October is the first month: it carries nothing in, so the table has no carried column yet, only the mark
        assertTrue(line(app, "Groceries ↻").matches(" Groceries ↻ +€400\\.00 +€365\\.00 +€35\\.00 .*91 %"), line(app, "Groceries ↻"));
        assertFalse(app.shows("carried  available"), app.screen());
        app.assertShowsWhole("↻ rolls over: what is left at the end of a month is added to the next.");
        // November: €400.00 + €35.00 left in October = €435.00; €100.00 spent leaves €335.00; 100 / 435 = 23 %
        app.type("]").assertShows("November 2026").assertShows("budget + carried = available, spent and remaining");
        assertTrue(line(app, "category").matches(" category +budget +carried +available +spent +remaining"), line(app, "category"));
        String groceries = line(app, "Groceries ↻");
        assertTrue(groceries.matches(" Groceries ↻ +€400\\.00 +\\+€35\\.00 +€435\\.00 +€100\\.00 +€335\\.00 .*23 %"), groceries);
        assertFalse(groceries.contains("…"), groceries);
        assertTrue(line(app, "Dining").matches(" Dining +– +– +– +€0\\.00 +– .*no budget"), line(app, "Dining"));
        app.assertShowsWhole("Groceries rolls over since 2026-10, overspending absorbed. r changes it.");
        assertFalse(app.screen().contains("…"), "nothing on the screen is cut\n" + app.screen());
        app.type("1").assertShows("Budgets").assertShows(dashboard);
    }

    @Test
    void inAsciiModeTheMarkIsAStarAndTheLegendSaysSo() {
        VirtualTui app = VirtualTui.withAlice(80, 24, true);
        Session alice = app.alice();
        app.services.budgets().set(alice, "Groceries", OCTOBER, Money.of(40_000, "EUR"), io.finterm.service.BudgetService.Rolling.ON);
        app.services.budgets().set(alice, "Groceries", NOVEMBER, Money.of(40_000, "EUR"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("3");
        // nothing spent in October: all of its 400.00 comes into November, 800.00 available; the currency is said once, above
        app.assertShows("budget + carried = available, spent and remaining, in EUR");
        assertTrue(line(app, "Groceries *").matches(" Groceries \\* +400\\.00 +\\+400\\.00 +800\\.00 +0\\.00 +800\\.00 .*0 %"), app.screen());
        app.assertShows(" * rolls over: what is left at the end of a month is added to the next.");
    }

    @Test
    void carryingOverspendingTakesItFromTheNextMonthAndAbsorbingItDoesNot() {
        VirtualTui app = groceries(80, 24, 45_000);
        app.type("[jj").type("r").press(KeyType.ArrowDown).assertShows("Next month gets what is left, or loses what was overspent.").press(KeyType.Enter)
                .assertShows("Groceries rolls over from 2026-10, overspending carried");
        // October went €50.00 over: November has €400.00 - €50.00 = €350.00; €100.00 spent leaves €250.00; 100 / 350 = 29 %
        app.type("]");
        String groceries = line(app, "Groceries ↻");
        assertTrue(groceries.matches(" Groceries ↻ +€400\\.00 +-€50\\.00 +€350\\.00 +€100\\.00 +€250\\.00 .*29 %"), groceries);
        app.assertShowsWhole("Groceries rolls over since 2026-10, overspending carried. r changes it.");
        // absorbed instead, November starts from its own €400.00: €300.00 left, 100 / 400 = 25 %
        app.type("[").type("r").type("a").type("]");
        assertFalse(app.shows("carried"), app.screen());
        assertTrue(line(app, "Groceries ↻").matches(" Groceries ↻ +€400\\.00 +€100\\.00 +€300\\.00 .*25 %"), line(app, "Groceries ↻"));
    }

    @Test
    void carriedOverspendingLargerThanTheBudgetLeavesNothingAvailableAndAnySpendingIsOver() {
        VirtualTui app = groceries(80, 24, 90_000);
        app.type("[jj").type("r").type("c").type("]");
        // October: €400.00 - €900.00 = -€500.00 carried; November: €400.00 - €500.00 = -€100.00 available,
        // €100.00 spent leaves -€200.00; a percent of less than nothing means nothing, so the bar says over
        String groceries = line(app, "Groceries ↻");
        assertTrue(groceries.matches(" Groceries ↻ +€400\\.00 +-€500\\.00 +-€100\\.00 +€100\\.00 +-€200\\.00 .* over"), groceries);
        assertFalse(groceries.contains("%"), groceries);
    }

    @Test
    void stoppingRolloverInAMonthKeepsWhatCameInAndPassesNothingOn() {
        VirtualTui app = groceries(100, 30, 36_500);
        app.type("[jj").type("r").type("a");
        // December has no budget and has not begun: it receives what November has left so far, €435.00 - €100.00
        app.type("]]").assertShows("December 2026");
        assertTrue(line(app, "Groceries ↻").matches(" Groceries ↻ +– +\\+€335\\.00 +€335\\.00 +€0\\.00 +€335\\.00 .*0 %"), line(app, "Groceries ↻"));
        app.type("[").type("r").assertShows("Now: Groceries rolls over since 2026-10, overspending absorbed").type("s")
                .assertShows("Groceries stops rolling over from 2026-11: 2026-11 keeps what came in and passes nothing on");
        String november = line(app, "Groceries");
        assertTrue(november.matches(" Groceries +€400\\.00 +\\+€35\\.00 +€435\\.00 +€100\\.00 +€335\\.00 .*23 %"), november);
        assertFalse(november.contains("↻"), november);
        app.assertShowsWhole("Groceries stopped rolling over in 2026-11. r changes it.");
        app.type("]").assertShows("December 2026");
        assertTrue(line(app, "Groceries").matches(" Groceries +– +€0\\.00 +– .*no budget"), line(app, "Groceries"));
    }

    @Test
    void aMonthWithoutABudgetRollsOverWithoutAskingForOne() {
        VirtualTui app = groceries(80, 24, 36_500);
        app.type("[[jj").assertShows("September 2026").type("r").type("c");
        assertFalse(app.shows("Budget for Groceries"), "no amount is asked for\n" + app.screen());
        app.assertShows("Groceries rolls over from 2026-09, overspending carried");
        assertTrue(line(app, "Groceries ↻").matches(" Groceries ↻ +– +€0\\.00 +– .*no budget"), line(app, "Groceries ↻"));
        assertTrue(app.services.budgets().list(app.alice(), YearMonth.of(2026, 9)).isEmpty(), "no budget was made up");
        // October's leftover goes on: €400.00 - €365.00 = €35.00 into November
        app.type("]]");
        assertTrue(line(app, "Groceries ↻").matches(" Groceries ↻ +€400\\.00 +\\+€35\\.00 +€435\\.00 .*"), line(app, "Groceries ↻"));
    }

    @Test
    void cancellingChangesNothingAndARefusalShowsTheServicesSentence() {
        VirtualTui app = groceries(80, 24, 36_500);
        app.type("jj").type("r").press(KeyType.Escape);
        assertFalse(app.shows("Rollover:"), app.screen());
        assertFalse(app.shows("↻"), app.screen());
        // a category that goes while the choice is open (deleted in another session): the service refuses, and says why
        Session alice = app.alice();
        app.services.categories().add(alice, TxKind.EXPENSE, "Books");
        app.type("t").press(KeyType.Home);
        assertTrue(app.selected("Books"), app.screen());
        app.type("r").assertShows("Rollover: Books, from November 2026 on");
        app.services.categories().delete(alice, TxKind.EXPENSE, "Books");
        app.type("a").assertShows("there is no expense category 'Books'");
    }

    /**
     * Wide amounts at 80 columns (a rent of €1,460.00, a carry of €384.99) leave the bar no room beside the
     * amounts with their currency: the amounts go without it (the line above names it once), so that an
     * over-budget row still shows a full bar and the word "over", not colour alone. At 100 columns the
     * currency stays.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24, 1460.00, 231.14, ', in EUR'", "100, 30, '€1,460.00', €231.14, ''"})
    void wideAmountsKeepABarOfUsableWidthSoOverBudgetShowsAsABarAndInWords(int columns, int rows, String rent, String shopping, String in) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.budgets().set(alice, "Groceries", OCTOBER, Money.of(41_000, "EUR"), io.finterm.service.BudgetService.Rolling.ON);
        app.services.budgets().set(alice, "Groceries", NOVEMBER, Money.of(41_000, "EUR"));
        app.services.budgets().set(alice, "Rent", NOVEMBER, Money.of(146_000, "EUR"));
        app.services.budgets().set(alice, "Shopping", NOVEMBER, Money.of(20_000, "EUR"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 10, 10), TxKind.EXPENSE, "Groceries", Money.of(2_501, "EUR"), "market"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Rent", Money.of(141_807, "EUR"), "rent"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 5), TxKind.EXPENSE, "Shopping", Money.of(23_114, "EUR"), "shoes"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("3").assertShows("November 2026")
                .assertShows("budget + carried = available, spent and remaining" + in);
        String over = line(app, "Shopping");
        assertTrue(over.matches(" Shopping +\\S*200\\.00 .*" + java.util.regex.Pattern.quote(shopping) + " .* █{6,} 116 % over"), over);
        assertTrue(line(app, "Rent").contains(rent), line(app, "Rent"));
        assertTrue(line(app, "Rent").matches(".* [█░]{6,} 97 %"), line(app, "Rent"));
        assertTrue(line(app, "Groceries ↻").matches(".*\\+\\S*384\\.99 .* [█░]{6,} \\d+ %"), line(app, "Groceries ↻"));
        assertFalse(app.screen().contains("…"), "nothing on the screen is cut\n" + app.screen());
    }

    @Test
    void aLongCategoryNameIsShortenedButKeepsItsMark() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.categories().add(alice, TxKind.EXPENSE, "Household and garden supplies");
        app.services.budgets().set(alice, "Household and garden supplies", OCTOBER, Money.of(10_000, "EUR"), io.finterm.service.BudgetService.Rolling.ON);
        app.services.budgets().set(alice, "Household and garden supplies", NOVEMBER, Money.of(10_000, "EUR"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("3");
        // October's €100.00, unspent, comes into November: €200.00 available
        String line = line(app, "Household");
        assertTrue(line.matches(" Household and …  ?↻ +€100\\.00 +\\+€100\\.00 +€200\\.00 +€0\\.00 +€200\\.00 .*0 %"), line);
    }

    @Test
    void theHelpAndTheStatusLineNameTheRolloverKey() {
        VirtualTui app = groceries(80, 24, 36_500);
        app.assertShows("r rollover");
        app.type("?").assertShows("Keys: Budgets").assertShowsWhole("roll over from this month on: what is left goes to the next month");
    }
}
