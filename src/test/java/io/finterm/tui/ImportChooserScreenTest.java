package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import screen's first step (key 9): the path field and its completion, and what a session over SSH sees instead. */
class ImportChooserScreenTest {
    @TempDir
    Path dir;

    /** The sample statements, copied where the test may list them. */
    private Path samples() throws IOException {
        Path bank = Files.createDirectories(dir.resolve("statements"));
        for (String name : List.of("us-checking.csv", "uk-bank.csv", "qif-bank.qif")) {
            Files.copy(Path.of("src/test/resources/bank", name), bank.resolve(name));
        }
        Files.createDirectories(bank.resolve("older"));
        return bank;
    }

    @Test
    void tabCompletesAFolderWithASlashAndListsTheNamesThatFit() throws IOException {
        Path bank = samples();
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").assertShows("Step 1 of 3");
        app.type(dir + "/sta").press(KeyType.Tab);
        assertTrue(app.caretLine().contains(bank + "/"), app.screen());
        app.press(KeyType.Tab).assertShows("4 names fit:").assertShows("older/").assertShows("qif-bank.qif").assertShows("us-checking.csv");
        app.type("u").press(KeyType.Tab).assertShows("2 names fit:");
        app.type("s").press(KeyType.Tab);
        assertTrue(app.caretLine().contains(bank + "/us-checking.csv"), app.screen());
    }

    @Test
    void lettersAndDigitsGoIntoThePathNotToOtherScreens() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type("q2L");
        assertTrue(app.caretLine().contains("q2L"), app.screen());
        app.assertShows("Step 1 of 3");
        app.press(KeyType.Escape).assertShows("Dashboard");
    }

    @Test
    void aPathThatNamesNothingIsRefusedBesideTheField() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9").type(dir + "/nothing.csv").press(KeyType.Enter);
        app.assertShowsWhole("✗ there is no file " + dir + "/nothing.csv");
        app.press(KeyType.Tab).assertShowsWhole("nothing in " + dir + " starts with 'nothing.csv'");
    }

    @Test
    void overSshTheScreenSaysHowToSendAFileAndListsNothingOfTheServers() throws IOException {
        samples();
        VirtualTui app = VirtualTui.withAlice(80, 24, false, true);
        app.logIn("alice", VirtualTui.ALICE_PW).type("9");
        app.assertShowsWhole("You are connected over SSH: this screen does not read or list the server's files, which are not yours.");
        app.assertShows("ssh -p 2222 alice@finterm.example import - --account Main < statement.csv");
        assertFalse(app.shows("File "), app.screen());
        app.press(KeyType.Tab).press(KeyType.Enter);
        assertFalse(app.shows("names fit"), app.screen());
        assertFalse(app.shows("✗"), app.screen());
    }

    @Test
    void completionExpandsTheTildeToTheHomeFolderAndKeepsItInTheText() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("statement.csv"), "x");
        PathCompletion completion = new PathCompletion(home, dir);
        assertEquals("~/statement.csv", completion.complete("~/st").text());
        assertEquals(home.resolve("statement.csv"), completion.resolve("~/statement.csv"));
        assertEquals("~/statement.csv", completion.complete("~").text());
        assertEquals("home/", completion.complete("ho").text());
    }

    @Test
    void hiddenFilesAreOfferedOnlyOnceADotIsTyped() throws IOException {
        Files.writeString(dir.resolve(".secret.csv"), "x");
        Files.writeString(dir.resolve("visible.csv"), "x");
        PathCompletion completion = new PathCompletion(dir, dir);
        assertEquals("visible.csv", completion.complete("").text());
        assertEquals(".secret.csv", completion.complete(".").text());
    }
}
