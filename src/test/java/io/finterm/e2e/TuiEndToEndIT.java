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
        String table = waitFor("weekly shop");
        assertTrue(table.contains("expense Groceries") && table.contains("-12.50 EUR"), table);
        assertTrue(table.contains("1 transaction   income €0.00   expenses €12.50"), table);

        keys("1");
        String dashboard = waitFor("Expenses by category");
        assertTrue(dashboard.contains("Groceries") && dashboard.contains("€12.50"), dashboard);

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
            if (k.equals("Enter") || k.equals("Tab") || k.startsWith("C-")) {
                command.add(k);
            } else {
                command.add("-l");
                command.add(k);
            }
            run(command.toArray(String[]::new));
            Thread.sleep(150);
        }
    }

    /** Waits up to 30 seconds for {@code text} to be on screen; returns the screen. */
    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = pane();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        return fail("never saw '" + text + "'; the screen:\n" + screen);
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
