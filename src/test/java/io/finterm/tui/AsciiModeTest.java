package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** With --ascii every symbol has an ASCII form and accented letters are transliterated: never a '?'. */
class AsciiModeTest {
    /** The screen, less the one '?' that is a key of its own (the help). */
    private static String withoutHelpKey(VirtualTui app) {
        return app.screen().replace("? help", "").replace("? or F1", "");
    }

    private static void assertAsciiWithoutQuestionMarks(VirtualTui app) {
        String screen = withoutHelpKey(app);
        assertTrue(screen.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), screen);
        assertFalse(screen.contains("?"), screen);
    }

    @Test
    void aShortenedCellKeepsItsWidthSoTheAmountIsWholeAt100Columns() {
        VirtualTui first = VirtualTui.withAlice(100, 30, true);
        Session alice = first.alice();
        first.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(3250, "EUR"),
                "a long description of a long dinner with friends", null, "A restaurant with a long name",
                java.util.List.of("friends", "birthday", "city-centre"), java.util.List.of()));
        VirtualTui app = new VirtualTui(first.store, 100, 30, true, null).logIn("alice", VirtualTui.ALICE_PW);
        app.type("2");
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("2026-11-02") && l.contains("~") && l.stripTrailing().endsWith("-32.50 EUR")),
                app.screen());
    }

    @Test
    void everyScreenDrawsItsSymbolsInAsciiAndAccentedLettersLoseOnlyTheirAccents() {
        VirtualTui first = VirtualTui.withAlice(80, 24, true);
        Session alice = first.alice();
        first.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"),
                "café Müller, Straße"));
        VirtualTui app = new VirtualTui(first.store, 80, 24, true, null).logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("< November 2026 >").assertShows("month | filter: none | scale: linear");
        assertAsciiWithoutQuestionMarks(app);
        app.type("2").assertShows("cafe Muller, Strasse");
        assertAsciiWithoutQuestionMarks(app);
        app.type("4").assertShows("Tab or < > switches");
        assertAsciiWithoutQuestionMarks(app);
        for (int i = 0; i < 4; i++) {
            app.press(KeyType.Tab);
            assertAsciiWithoutQuestionMarks(app);
        }
        for (String screen : new String[] {"3", "5", "7", "1"}) {
            app.type(screen);
            assertAsciiWithoutQuestionMarks(app);
        }
        app.press(KeyType.F1);
        assertAsciiWithoutQuestionMarks(app);
    }

    @Test
    void theForecastsWarningWritesItsAmountsAsTheCliDoesInAscii() {
        VirtualTui first = VirtualTui.withAlice(80, 24, true);
        Session alice = first.alice();
        first.services.schedules().add(alice, new io.finterm.service.NewSchedule("Rent", null, TxKind.EXPENSE, null, "3919.66", false, "Rent",
                java.util.List.of(), "", "", java.util.List.of(), new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.MONTH, 1, 1, 0, null,
                        LocalDate.of(2026, 12, 1), null, 0), io.finterm.domain.WeekendPolicy.KEEP, false));
        VirtualTui app = new VirtualTui(first.store, 80, 24, true, null).logIn("alice", VirtualTui.ALICE_PW);
        app.type("0").type("f").assertShows("would fall to");
        String screen = app.screen();
        assertTrue(java.util.regex.Pattern.compile("would fall to\\s+-[0-9,]+\\.[0-9]{2}\\s+EUR\\s+on\\s+2026-12-01").matcher(screen).find(), screen);
        assertFalse(screen.contains("-EUR"), screen);
        assertAsciiWithoutQuestionMarks(app);
    }

    @Test
    void theDueAndComingPanelKeepsTheSchedulesNamesWholeAt80ColumnsInAscii() {
        VirtualTui first = VirtualTui.withAlice(80, 24, true);
        Session alice = first.alice();
        first.services.accountBook().add(alice, new io.finterm.service.NewAccount("Savings", io.finterm.domain.AccountType.SAVINGS,
                java.util.Currency.getInstance("EUR"), "0", LocalDate.of(2026, 1, 1), true));
        first.services.schedules().add(alice, schedule("Power bill", TxKind.EXPENSE, null, "95", true, "Utilities", 15));
        first.services.schedules().add(alice, schedule("Rent", TxKind.EXPENSE, null, "1200", false, "Rent", 1));
        first.services.schedules().add(alice, schedule("To savings", TxKind.TRANSFER_OUT, "Savings", "150", false, null, 11));
        VirtualTui app = new VirtualTui(first.store, 80, 24, true, null).logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("Due and coming").assertShows("-1200.00 EUR");
        app.assertShows(" Power bill ").assertShows(" To savings ");
        assertAsciiWithoutQuestionMarks(app);
    }

    /** A monthly schedule on {@code day} from the next such day after 2026-11-01 (the app's today is 2026-11-24). */
    private static io.finterm.service.NewSchedule schedule(String name, TxKind kind, String to, String amount, boolean approximate, String category,
                                                           int day) {
        LocalDate start = LocalDate.of(2026, day < 24 && approximate ? 11 : 12, day);
        return new io.finterm.service.NewSchedule(name, null, kind, to, amount, approximate, category, java.util.List.of(), "", "",
                java.util.List.of(), new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.MONTH, 1, day, 0, null, start, null, 0),
                io.finterm.domain.WeekendPolicy.KEEP, false);
    }
}
