package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** A validation message lasts only as long as what it is about: retyping a value takes its message away. */
class ValidationTest {
    @Test
    void theFirstRunsPasswordsDifferGoesOnceThePasswordsAreRetyped() {
        VirtualTui app = new VirtualTui();
        app.type("root").press(KeyType.Enter).type("root-password-1").press(KeyType.Enter).type("root-password-2").press(KeyType.Enter);
        app.assertShows("the two passwords differ");
        assertTrue(app.caretLine().contains("Password"), "the caret is back on the password\n" + app.screen());
        app.type("root-password-1").press(KeyType.Enter).type("root-password-1");
        assertFalse(app.shows("differ"), "the message went with the values it was about\n" + app.screen());
        app.press(KeyType.Enter).assertShows("Administrator root created: log in.");
    }

    @Test
    void aFailedSaveInTheEntryFormPutsTheCaretOnTheFirstBadFieldAndAFixedFieldLosesItsMessage() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false).logIn("alice", VirtualTui.ALICE_PW);
        app.type("2a").ctrl('u').type("2026-13-45").press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5x")
                .press(KeyType.Tab).press(KeyType.Tab).type("lunch").ctrl('s');
        app.assertShows("is not a date");
        assertTrue(app.caretLine().contains("Date"), "the caret is on the first bad field, the date\n" + app.screen());
        app.ctrl('u').type("2026-11-20");
        assertFalse(app.shows("is not a date"), "the date's message went when the date was retyped\n" + app.screen());
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('s');
        assertTrue(app.caretLine().contains("Amount"), "now the amount is the first bad field\n" + app.screen());
        app.ctrl('u').type("5").ctrl('s').assertShows("added expense €5.00 Dining");
    }
}
