package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The app as a person uses it, on a virtual terminal. */
class TuiFlowTest {
    private static final String ROOT_PW = "root-password-1";
    private static final String ALICE_PW = "alice-password-1";

    /** A store with the administrator root and the user alice; the app is on alice's login screen. */
    private static VirtualTui withAlice() {
        VirtualTui app = new VirtualTui();
        app.services.accounts().createFirstAdmin("root", ROOT_PW.toCharArray(), "terminal");
        Session root = app.services.accounts().login("root", ROOT_PW.toCharArray(), "terminal");
        app.services.userAdmin().createUser(root, "alice", ALICE_PW.toCharArray(), Role.USER);
        return new VirtualTui(app.store, 100, 30, false, null);
    }

    @Test
    void theFirstRunCreatesTheAdministratorThenAsksToLogIn() {
        VirtualTui app = new VirtualTui();
        app.assertShows("There are no accounts yet. Create the administrator.").assertShows("10 to 128 characters");
        app.type("root").press(KeyType.Enter).type(ROOT_PW).press(KeyType.Enter).type("something-else-1").press(KeyType.Enter);
        app.assertShows("the two passwords differ");
        assertFalse(app.services.accounts().hasUsers(), "nothing is created until the passwords agree");
        app.type(ROOT_PW).press(KeyType.Enter).type(ROOT_PW).press(KeyType.Enter);
        app.assertShows("Administrator root created: log in.").assertShows("Username");
        app.logIn("root", ROOT_PW).assertShows("Dashboard").type("6").assertShows("6 Admin");
    }

    @Test
    void aShortPasswordOnTheFirstRunIsNamedNextToItsField() {
        VirtualTui app = new VirtualTui();
        app.type("root").press(KeyType.Enter).type("short").press(KeyType.Enter).type("short").press(KeyType.Enter);
        app.assertShows("✗ at least 10 characters");
        assertFalse(app.services.accounts().hasUsers());
    }

    @Test
    void aWrongPasswordSaysSoInlineAndTheFifthLocksTheAccountUntilAGivenTime() {
        VirtualTui app = withAlice();
        for (int i = 0; i < 4; i++) {
            app.type("alice").press(KeyType.Enter).type("wrong-password-" + i).press(KeyType.Enter);
            app.assertShows("✗ wrong username or password");
            app.press(KeyType.ArrowUp).ctrl('u');
        }
        app.type("alice").press(KeyType.Enter).type("wrong-password-4").press(KeyType.Enter);
        app.press(KeyType.ArrowUp).ctrl('u').type("alice").press(KeyType.Enter).type(ALICE_PW).press(KeyType.Enter);
        app.assertShows("✗ locked until 10:15");
        app.assertShows("finterm test · store in memory");
    }

    @Test
    void quittingFromTheLoginScreenSkipsTheFarewell() {
        VirtualTui app = withAlice();
        app.type("q");
        assertEquals(0, app.tui.exitCode());
        assertFalse(app.shows("Goodbye"));
    }

    @Test
    void addingAnExpenseShowsItInTheTableAndOnTheDashboardThenEditDeleteAndGoodbye() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.assertShows("Dashboard").assertShows("November 2026").assertShows("nothing unusual in this period");

        app.type("2").assertShows("No transactions yet: press a to add one.");
        app.type("a").assertShows("Add a transaction");
        app.press(KeyType.Tab).press(KeyType.Tab).type("gro").assertShows("groceries");
        app.press(KeyType.Tab).type("84.10").press(KeyType.Tab).press(KeyType.Tab).type("weekly shop").ctrl('s');
        app.assertShows("2026-11-24 expense Groceries").assertShows("weekly shop").assertShows("-€84.10")
                .assertShows("1 transaction   income €0.00   expenses €84.10").assertShows("added expense €84.10 Groceries");

        app.type("1").assertShows("€84.10 (new)").assertShows("Groceries ████");

        app.type("2").press(KeyType.Enter).assertShows("Edit a transaction");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("90").ctrl('s');
        app.assertShows("-€90.00").assertShows("saved");

        app.type("d").assertShows("Delete this expense?").type("y");
        app.assertShows("deleted").assertShows("No transactions yet");
        assertEquals(0, app.services.reports().totals(app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal"), null, null,
                io.finterm.analysis.Totals.By.NONE, null, io.finterm.service.Filter.ALL).figures().count());

        app.type("L").assertShows("Goodbye, alice.").assertShows("Your data is saved.").assertShows("Closing in 3");
        assertNull(app.tui.exitCode());
        app.clock.advance(Duration.ofSeconds(1));
        app.settle().assertShows("Closing in 2");
        app.clock.advance(Duration.ofSeconds(2));
        app.settle();
        assertEquals(0, app.tui.exitCode());
    }

    @Test
    void aKeySkipsTheFarewellCountdown() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.type("L").assertShows("Goodbye, alice.").type(" ");
        assertEquals(0, app.tui.exitCode());
    }

    @Test
    void theFormNamesEachBadFieldAndSavesNothing() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.type("2a").ctrl('u').type("someday").press(KeyType.Tab).press(KeyType.Tab).type("Nonsense");
        app.press(KeyType.Tab).type("12.345").ctrl('s');
        app.assertShows("✗ 'someday' is not a date").assertShows("✗ at most 2 decimal places for EUR");
        app.press(KeyType.Escape).assertShows("Discard what you typed?").type("y");
        app.assertShows("No transactions yet");
        app.type("a").press(KeyType.Tab).press(KeyType.Tab).type("Nonsense").press(KeyType.Tab).type("5").ctrl('s');
        app.assertShows("There is no expense category 'Nonsense'.").type("n").assertShows("Add a transaction");
    }

    @Test
    void datesAcceptTodayYesterdayDaysAgoAndMonthSlashDay() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        for (String[] c : List.of(new String[] {"yesterday", "2026-11-23"}, new String[] {"-3", "2026-11-21"},
                new String[] {"3/5", "2026-03-05"}, new String[] {"2024-02-29", "2024-02-29"})) {
            app.type("2a").ctrl('u').type(c[0]).press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("1").ctrl('s');
            app.assertShows(c[1] + " expense Dining");
        }
    }

    @Test
    void pickingAPastDescriptionFillsInItsCategoryTypeAndAmount() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.INCOME, "Salary", Money.of(320000, "EUR"), "monthly pay"));
        app.logIn("alice", ALICE_PW).type("2a").press(KeyType.ReverseTab).press(KeyType.ReverseTab).press(KeyType.ReverseTab).type("mon").assertShows("monthly pay");
        app.press(KeyType.Tab).assertShows("income").assertShows("Salary").assertShows("3200.00");
        app.ctrl('s').assertShows("+€3,200.00");
    }

    @Test
    void aRegularUserHasNoAdminScreenAndAnAdminManagesAccountsWithoutSeeingMoney() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        app.logIn("alice", ALICE_PW);
        assertFalse(app.shows("6 Admin"));
        app.type("6").assertShows("Dashboard");
        app.type("L").type(" ");

        VirtualTui admin = new VirtualTui(app.store, 100, 30, false, null).logIn("root", ROOT_PW).type("6");
        admin.assertShows("Accounts").assertShows("alice").assertShows("user");
        assertFalse(admin.shows("lunch"), "the admin screen shows no one's financial data");
        admin.type("a").type("carol").press(KeyType.Enter).press(KeyType.Enter).type("carols-password-1").press(KeyType.Enter)
                .type("carols-password-1").press(KeyType.Enter);
        admin.assertShows("created user carol").assertShows("carol");
        admin.press(KeyType.ArrowUp).press(KeyType.ArrowUp);
        admin.type("d").assertShows("Delete the account alice?").assertShows("This removes 15 records: 1 transaction,")
                .assertShows("0 budgets and 14 categories. It cannot be undone.");
        admin.type("n");
        assertTrue(admin.services.userAdmin().listUsers(admin.services.accounts().login("root", ROOT_PW.toCharArray(), "terminal")).stream()
                .anyMatch(u -> u.username().equals("alice")), "answering no deletes nothing");
    }

    @Test
    void belowEightyByTwentyFourTheScreenAsksToBeEnlargedAndRedrawsWhenItIs() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.resize(70, 20).assertShows("Please enlarge the terminal").assertShows("to at least 80×24 (it is 70×20)");
        assertFalse(app.shows("Dashboard"));
        app.resize(80, 24).assertShows("Dashboard").assertShows("Expenses by category");
        assertFalse(app.shows("Please enlarge"));
    }

    @Test
    void asciiModeDrawsWithAsciiOnly() {
        VirtualTui first = withAlice();
        Session alice = first.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        first.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "café"));
        VirtualTui app = new VirtualTui(first.store, 100, 30, true, null).logIn("alice", ALICE_PW);
        app.assertShows("< November 2026 >").assertShows("12.50 EUR");
        String screen = app.screen();
        assertTrue(screen.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), screen);
        app.type("?");
        assertTrue(app.screen().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), app.screen());
    }

    @Test
    void helpListsTheKeysOfTheScreenAndAnyKeyClosesIt() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW).type("2?");
        app.assertShows("Keys: Transactions").assertShows("sort by date, category or amount").assertShows("log out");
        app.type("x");
        assertFalse(app.shows("Keys: Transactions"));
    }

    @Test
    void theIdleTimeoutLogsOutWithAFarewellThatSaysWhy() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.clock.advance(Duration.ofMinutes(16));
        app.settle().assertShows("You were logged out after 15 minutes without a key press.").assertShows("Goodbye, alice.");
    }

    @Test
    void thePeriodKeysMoveAndResizeThePeriodAndTodayComesBack() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW);
        app.type("[").assertShows("October 2026");
        app.type("}").assertShows("2026-Q4").assertShows("quarter");
        app.type("}").assertShows("◀ 2026 ▶");
        app.type("{{{").assertShows("week of 2026-11-23");
        app.type("[]]").assertShows("week of 2026-11-30");
        app.type("t").assertShows("week of 2026-11-23");
        app.type("s").assertShows("scale: log");
    }

    @Test
    void theFilterNarrowsTheTableAndItsFooter() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(4000, "EUR"), "market"));
        app.logIn("alice", ALICE_PW).type("2").assertShows("2 transactions");
        app.type("/").type("cat:dining").press(KeyType.Enter);
        app.assertShows("Filter: cat:dining").assertShows("1 transaction   income €0.00   expenses €12.50");
        assertFalse(app.shows("market"));
        app.type("/").ctrl('u').type("amt:>fifty").press(KeyType.Enter).assertShows("not a number");
    }

    @Test
    void aBudgetIsSetInlineAndCopiedToTheNextMonth() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW).type("3");
        app.assertShows("November 2026").assertShows("Dining");
        app.press(KeyType.Enter).assertShows("Budget for Dining, 2026-11").type("150").press(KeyType.Enter);
        app.assertShows("budget for Dining set to €150.00").assertShows("€150.00");
        app.type("c").assertShows("copied 1 budget to 2026-12");
        app.type("]").assertShows("December 2026").assertShows("€150.00");
    }

    @Test
    void exportWritesTheViewToAFileAndSaysWhere() throws Exception {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        app.logIn("alice", ALICE_PW).type("x").assertShows("Write what this screen shows to a file").type("m");
        app.assertShows("exported to ");
        Path dir = app.exports.resolve("alice");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            String text = Files.readString(file);
            assertTrue(text.startsWith("# finterm dashboard for alice\n\n- period: 2026-11\n- from: 2026-11-01\n- to: 2026-11-30\n- filter: none"), text);
            assertTrue(text.contains("| Dining |"), text);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void controlCharactersInADescriptionNeverReachTheScreen() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"),
                "evil\u001b]52;c;cGF3bmVk\u0007\u009b2Jtext"));
        app.logIn("alice", ALICE_PW).type("2").assertShows("evil]52;c;cGF3bmVk2Jtext");
        assertFalse(app.screen().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b));
    }

    @Test
    void hostileCategoryNamesAndImportedFieldsAreShownNeutralisedOnEveryPage() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        String hostile = "\u001b]52;c;cGF3bmVk\u0007\u009b2J\u202Eexe\u200B";
        app.services.imports().importCsv(alice, new java.io.StringReader("date,type,category,amount,description\n"
                + "2026-11-02,expense,\"Snacks" + hostile + "\",4.20,\"kiosk" + hostile + "\"\n"),
                new io.finterm.service.ImportService.Options(false, false), n -> { });
        app.logIn("alice", ALICE_PW).assertShows("Snacks]52;c;cGF…"); // cut to fit its column
        assertNeutral(app);
        app.type("2").assertShows("kiosk]52;c;cGF3bmVk2Jexe");
        assertNeutral(app);
        app.type("4").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).assertShows("Snacks]52;c;cGF3bmVk2Jexe");
        assertNeutral(app);
    }

    private static void assertNeutral(VirtualTui app) {
        assertFalse(app.screen().chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                || c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e), app.screen());
    }

    @Test
    void aTransactionInAnotherCurrencyWithoutRatesShowsInTheTableAndIsLeftOutOfTheTotalsWithTheReason() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        accountIn(app, alice, "Dollars", "USD");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Travel", Money.of(9900, "USD"), "hotel",
                "Dollars"));
        app.logIn("alice", ALICE_PW).type("2").assertShows("hotel").assertShows("-$99.00")
                .assertShows("1 transaction   income €0.00   expenses €0.00")
                .assertShows("1 in USD left out of the totals: no USD rate on or before 2026-11-02");
        app.type("1").assertShows("left out 1 in USD: no USD rate on or before 2026-11-02: run `finterm rates update`");
    }

    /** An account in {@code currency}: every transaction is booked in its account's currency. */
    private static void accountIn(VirtualTui app, Session alice, String name, String currency) {
        app.services.accountBook().add(alice, new io.finterm.service.NewAccount(name, io.finterm.domain.AccountType.CASH,
                java.util.Currency.getInstance(currency), null, null, true));
    }

    @Test
    void theAnalysisTabsShowTrendsOutliersThatOpenVarianceAndCategories() {
        VirtualTui app = withAlice();
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        for (int i = 0; i < 12; i++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 1, 5).plusWeeks(i), TxKind.EXPENSE, "Groceries",
                    Money.of(4000 + 50L * (i % 4), "EUR"), "market"));
        }
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(250_000, "EUR"),
                "party supplies"));
        app.services.budgets().set(alice, "Groceries", java.time.YearMonth.of(2026, 11), Money.of(40_000, "EUR"));
        app.logIn("alice", ALICE_PW).type("4");
        app.assertShows("Trends").assertShows("expenses").assertShows("3-month average").assertShows("Groceries");
        app.press(KeyType.Tab).assertShows("party supplies").assertShows("€2,500.00 is 61× your median Groceries purchase (€41.00)");
        app.press(KeyType.Enter).assertShows("Edit a transaction").assertShows("party supplies");
        app.press(KeyType.Escape).press(KeyType.Tab).assertShows("2026-11  Groceries").assertShows("over");
        app.press(KeyType.Tab).assertShows("share %").assertShows("Groceries");
    }

    @Test
    void theAccountScreenChangesThePasswordOnlyWithTheCurrentOneAndTwoMatchingNewOnes() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW).type("5");
        app.assertShows("alice").assertShows("user · books kept in EUR").assertShows("Base currency");
        app.press(KeyType.Tab).type("not-my-password").press(KeyType.Enter).type("brand-new-pass-1").press(KeyType.Enter).type("brand-new-pass-1")
                .press(KeyType.Enter);
        app.assertShows("✗ is not right");
        app.type(ALICE_PW).press(KeyType.Enter).type("brand-new-pass-1").press(KeyType.Enter).type("brand-new-pass-2").press(KeyType.Enter);
        app.assertShows("✗ the two new passwords differ");
        app.press(KeyType.ArrowUp).type(ALICE_PW).press(KeyType.Enter).type("brand-new-pass-1").press(KeyType.Enter)
                .type("brand-new-pass-1").press(KeyType.Enter);
        app.assertShows("password changed");
        app.press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).ctrl('u').type("US")
                .assertShows("USD").press(KeyType.Enter);
        app.assertShows("your books are now kept in USD").assertShows("user · books kept in USD");
        app.services.accounts().login("alice", "brand-new-pass-1".toCharArray(), "terminal");
    }

    @Test
    void withImportedRatesTheDashboardConvertsDollarsAndPoundsAndTheRatesTabShowsThem() throws Exception {
        VirtualTui app = withAlice();
        Path file = Files.createTempFile("hist-90d", ".xml");
        Files.write(file, io.finterm.rates.Fixtures.bytes("hist-90d.xml"));
        app.services.rates().importRates(file);
        Session alice = app.services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
        accountIn(app, alice, "Dollars", "USD");
        accountIn(app, alice, "Pounds", "GBP");
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Travel", Money.of(11300, "USD"), "hotel",
                "Dollars"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 22), TxKind.EXPENSE, "Travel", Money.of(8500, "GBP"), "taxi",
                "Pounds"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 21), TxKind.EXPENSE, "Dining", Money.of(2000, "EUR"), "lunch"));
        // $113.00 at 1.13 = €100.00; £85.00 on Sunday at Friday's 0.85 = €100.00; plus €20.00
        app.logIn("alice", ALICE_PW).assertShows("€220.00 (new)").assertShows("rates of 2026-11-20")
                .assertShows("converted 2 transactions at ECB rates of 2026-11-20 (1 at an earlier day's rate");
        app.type("2").assertShows("-$113.00").assertShows("-£85.00").assertShows("expenses €220.00");
        app.type("4").press(KeyType.ArrowLeft).assertShows("ECB reference rates of 2026-11-20").assertShows("USD  1.1300")
                .assertShows("GBP  0.8500");
        app.type("u").assertShows("could not reach http://127.0.0.1:9/eurofxref-daily.xml");
    }

    @Test
    void whatAnotherSessionOfTheSameUserAddsAppearsInTheOpenTableWithoutAKey() {
        VirtualTui first = withAlice();
        VirtualTui second = new VirtualTui(first.store, 100, 30, false, null);
        first.logIn("alice", ALICE_PW).type("2").assertShows("No transactions yet");
        second.logIn("alice", ALICE_PW).type("2a").press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("7.50")
                .press(KeyType.Tab).press(KeyType.Tab).type("from the other session").ctrl('s');
        first.settle().assertShows("from the other session").assertShows("1 transaction");
    }

    @Test
    void sshKeysAreAddedAndRemovedOnTheAccountScreen() {
        VirtualTui app = withAlice().logIn("alice", ALICE_PW).type("5").assertShows("none: logins over SSH use your password");
        app.press(KeyType.F2).assertShows("Add an SSH key")
                .type("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop").press(KeyType.Enter);
        app.assertShows("› ssh-ed25519  SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec  alice@laptop");
        app.press(KeyType.F2).type("ssh-dss AAAA").press(KeyType.Enter).assertShows("✗ 'ssh-dss' is not a key type");
        app.press(KeyType.Escape).press(KeyType.F8).assertShows("Remove this key?").type("y");
        app.assertShows("removed SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec").assertShows("none: logins over SSH use your password");
    }
}
