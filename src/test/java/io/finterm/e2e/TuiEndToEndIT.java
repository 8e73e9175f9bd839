package io.finterm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app, started by its launcher as the README says, in a real terminal (tmux): it sends
 * keys as a person would and reads the pane as they would see it. Runs after {@code package}, in
 * {@code mvn verify}; needs tmux ({@code .ci/run} installs it).
 */
class TuiEndToEndIT {
    /** One tmux server per test JVM, so that two checkouts can run this test at the same time. */
    private static final String SOCKET = "finterm-e2e-" + ProcessHandle.current().pid();
    private static final String SESSION = "finterm";

    @TempDir
    Path temp;

    @BeforeEach
    void tmuxIsThere() throws Exception {
        try {
            if (run("tmux", "-V") != 0) {
                fail("tmux -V failed");
            }
        } catch (IOException e) {
            fail("this test drives the app in tmux: install it (apt-get install tmux)");
        }
    }

    @AfterEach
    void stop() throws Exception {
        run("tmux", "-L", SOCKET, "kill-server");
    }

    @Test
    void aNewcomerCreatesTheAdministratorAddsAnExpenseSeesItAndLogsOut() throws Exception {
        Path data = temp.resolve("data");
        Path exit = temp.resolve("exit-code");
        String command = "LANG=C.UTF-8 target/finterm --data " + data + "; echo $? > " + exit + "; sleep 30";
        assertEquals(0, run("tmux", "-L", SOCKET, "new-session", "-d", "-x", "100", "-y", "30", "-s", SESSION, command));

        waitFor("There are no accounts yet");
        keys("root", "Enter", "root-password-1", "Enter", "root-password-1", "Enter");
        waitFor("Administrator root created: log in.");
        keys("root", "Enter", "root-password-1", "Enter");
        waitFor("1 Dashboard");

        keys("2", "a", "Tab", "Tab", "Groc", "Tab", "12.50", "Tab", "Tab", "weekly shop", "C-s");
        String table = waitFor("weekly shop", "1 transaction"); // the form shows the description too, before it is saved
        assertTrue(table.contains("expense Groceries") && table.contains("-€12.50"), table);
        assertTrue(table.contains("1 transaction   income €0.00   expenses €12.50"), table);

        keys("1");
        // the dashboard shows the period it had until its reload (in the background) has finished
        String dashboard = waitFor("Expenses by category", "€12.50");
        assertTrue(dashboard.contains("Groceries"), dashboard);

        keys("L");
        waitFor("Goodbye, root.");
        keys("Enter");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(exit) || Files.readString(exit).isBlank()) {
            if (System.nanoTime() > deadline) {
                fail("finterm did not exit; the screen:\n" + pane());
            }
            Thread.sleep(100);
        }
        assertEquals("0", Files.readString(exit).strip(), "the exit code");
        assertTrue(Files.exists(data.resolve("journal.log")), "the store was created in the data directory");
    }

    /**
     * Started from an interactive shell, as a person starts it, Ctrl-Z is the app's undo and not the
     * terminal's suspend: the process is not stopped (the shell would say "Stopped"), the status line says
     * what was undone, Ctrl-Y redoes it, and after the app has exited the shell has its Ctrl-Z back.
     */
    @Test
    void ctrlZFromAShellUndoesInsteadOfSuspendingAndTheShellGetsItBackAfterwards() throws Exception {
        Path data = temp.resolve("data");
        Path stty = temp.resolve("stty-after");
        assertEquals(0, run("tmux", "-L", SOCKET, "new-session", "-d", "-x", "100", "-y", "30", "-s", SESSION, "bash --norc --noprofile -i"));
        keys("LANG=C.UTF-8 target/finterm --data " + data + "; stty -a > " + stty, "Enter");
        waitFor("There are no accounts yet");
        keys("root", "Enter", "root-password-1", "Enter", "root-password-1", "Enter");
        waitFor("Administrator root created: log in.");
        keys("root", "Enter", "root-password-1", "Enter");
        waitFor("1 Dashboard");
        keys("2", "a", "Tab", "Tab", "Groc", "Tab", "12.50", "Tab", "Tab", "weekly shop", "C-s");
        waitFor("weekly shop", "1 transaction");

        keys("C-z");
        String undone = waitFor("Undid: add of 'weekly shop' €12.50", "No transactions yet");
        assertTrue(!undone.contains("Stopped"), undone);
        keys("C-y");
        waitFor("Redid: add of 'weekly shop' €12.50", "1 transaction");

        keys("L");
        waitFor("Goodbye, root.");
        keys("Enter");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(stty) || Files.readString(stty).isBlank()) {
            if (System.nanoTime() > deadline) {
                fail("finterm did not exit; the screen:\n" + pane());
            }
            Thread.sleep(100);
        }
        String after = Files.readString(stty);
        assertTrue(after.contains("susp = ^Z") && after.contains("intr = ^C"), "the terminal's settings came back:\n" + after);
    }

    /**
     * Walks every screen at 80×24 in ASCII and at 100×30 in Unicode: a message the app means to show is
     * on screen whole (its words in order, wrapped or not) or ends with … and the pointer to F1, every
     * status line keeps its last hint, and in ASCII mode no symbol turns into '?'.
     */
    @Test
    void everyScreenAtEightyAndAHundredColumnsLosesNoTextAndAsciiShowsNoQuestionMarks() throws Exception {
        for (int[] size : new int[][] {{80, 24, 1}, {100, 30, 0}}) {
            boolean ascii = size[2] == 1;
            Path data = temp.resolve("walk-" + size[0]);
            String command = "LANG=C.UTF-8 target/finterm --data " + data + (ascii ? " --ascii" : "") + "; sleep 30";
            int started = -1;
            for (int tries = 0; tries < 25 && started != 0; tries++) { // the previous walk's server may still be going away
                started = run("tmux", "-L", SOCKET, "new-session", "-d", "-x", "" + size[0], "-y", "" + size[1], "-s", SESSION, command);
                if (started != 0) {
                    Thread.sleep(200);
                }
            }
            assertEquals(0, started);
            waitFor("There are no accounts yet");
            keys("root", "Enter", "root-password-1", "Enter", "root-password-1", "Enter");
            waitFor("Administrator root created: log in.");
            keys("root", "Enter", "root-password-1", "Enter");
            waitFor("1 Dashboard");
            keys("2", "a", "C-u", "2026-13-45", "Tab", "Tab", "Dining", "Tab", "5", "C-s");
            String form = waitFor("is not a date");
            assertWhole(form, "'2026-13-45' is not a date: no month 13 (months run from 01 to 12)");
            keys("Escape", "y");
            for (String screen : new String[] {"1", "2", "3", "4", "5", "6", "7"}) {
                keys(screen);
                String pane = settled();
                String status = pane.stripTrailing().lines().reduce((a, b) -> b).orElse("");
                assertTrue(status.contains("L log out") || status.contains("F1: all"), "screen " + screen + ": the hints were cut\n" + pane);
                if (ascii) {
                    String text = pane.replace("? help", "").replace("? or F1", "");
                    assertTrue(!text.contains("?") && text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)),
                            "screen " + screen + " shows a '?' or a non-ASCII character in ASCII mode\n" + pane);
                }
            }
            keys("1", "q");
            waitFor("Log out? (y/n)");
            keys("y");
            waitFor("Goodbye, root.");
            run("tmux", "-L", SOCKET, "kill-server");
        }
    }

    /** Every word of {@code message}, in order, on {@code pane}; or the pane says the rest is one key (F1) away. */
    private static void assertWhole(String pane, String message) {
        if (pane.contains("(F1: all)")) {
            return;
        }
        List<String> words = List.of(pane.split("\\s+"));
        int at = 0;
        for (String word : message.split("\\s+")) {
            while (at < words.size() && !words.get(at).equals(word)) {
                at++;
            }
            assertTrue(at < words.size(), "'" + word + "' of '" + message + "' is lost without an ellipsis\n" + pane);
            at++;
        }
    }

    /** The pane once it has stopped changing (or after 5 s). */
    private String settled() throws Exception {
        String last = pane();
        for (int i = 0; i < 25; i++) {
            Thread.sleep(200);
            String now = pane();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    @Test
    void theLauncherStartsTheJvmFromTheClassDataArchiveTheBuildRecorded() throws Exception {
        ProcessBuilder launch = new ProcessBuilder("target/finterm", "--version").redirectErrorStream(true);
        launch.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
        Process p = launch.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("io.finterm.app.Main source: shared objects file (top)"), "Main was read from the jar:\n"
                + out.lines().filter(l -> l.contains("io.finterm")).limit(5).toList());
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            List<String> command = new ArrayList<>(List.of("tmux", "-L", SOCKET, "send-keys", "-t", SESSION));
            if (k.equals("Enter") || k.equals("Tab") || k.equals("Escape") || k.startsWith("C-")) {
                command.add(k);
            } else {
                command.add("-l");
                command.add(k);
            }
            run(command.toArray(String[]::new));
            Thread.sleep(150);
        }
    }

    /** Waits up to 30 seconds for every one of {@code texts} to be on screen at once; returns the screen. */
    private String waitFor(String... texts) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = pane();
            String seen = screen;
            if (java.util.Arrays.stream(texts).allMatch(seen::contains)) {
                return screen;
            }
            Thread.sleep(200);
        }
        return fail("never saw '" + String.join("' with '", texts) + "'; the screen:\n" + screen);
    }

    private String pane() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", SOCKET, "capture-pane", "-p", "-t", SESSION).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
