package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.cli.Argv;
import io.finterm.service.Services;
import io.finterm.testdata.StoreFixtures;
import io.finterm.tui.TuiContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways in: a plain start of the full screen (here with a stand-in for the terminal, which
 * sees the context exactly as the login screen would) and the command line's {@code --demo}.
 */
class StartPathTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int fastStart(ScreenStandIn screen, String... args) {
        return FastStart.run(Argv.scan(args), Map.of("HOME", temp.toString()), CLOCK, new PrintStream(err, true, StandardCharsets.UTF_8),
                ctx -> {
                    try {
                        return screen.run(ctx);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    interface ScreenStandIn {
        int run(TuiContext ctx) throws Exception;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFirstRunPaintsTheLoginScreenBeforeTheStoreIsOpenedAndOpensItOnceItIsOnTheTerminal() {
        Path data = temp.resolve("first");
        AtomicBoolean ran = new AtomicBoolean();
        int code = fastStart(ctx -> {
            assertFalse(ctx.services().isDone(), "the store is not opened before the first paint");
            assertFalse(Files.exists(data), "nothing is created before the first paint");
            assertEquals("finterm dev · store " + data, ctx.storeLine());
            ctx.afterFirstPaint().run();
            Services services = ctx.services().get(30, TimeUnit.SECONDS);
            assertFalse(services.accounts().hasUsers(), "a first run: the administrator is still to be made");
            assertTrue(Files.isRegularFile(data.resolve("journal.log")));
            ran.set(true);
            return 0;
        }, "--data", data.toString());
        assertTrue(ran.get());
        assertEquals(0, code);
        assertEquals("", err());
    }

    @Test
    void anUpgradeOfTheStoreIsToldOnceAfterTheFullScreenIsGone() {
        Path data = StoreFixtures.copyStore("format1", temp.resolve("old"));
        String upgraded = "finterm: the store was upgraded from format 1 to format 9; the old journal is kept as "
                + data.resolve("journal.format1.bak") + " for at least 30 days\n";
        int code = fastStart(ctx -> {
            ctx.afterFirstPaint().run();
            assertTrue(ctx.services().get(30, TimeUnit.SECONDS).accounts().hasUsers());
            assertEquals("", err(), "nothing is printed over the full screen");
            return 0;
        }, "--data", data.toString());
        assertEquals(0, code);
        assertEquals(upgraded, err());

        err.reset();
        assertEquals(0, fastStart(ctx -> {
            ctx.afterFirstPaint().run();
            ctx.services().get(30, TimeUnit.SECONDS);
            return 0;
        }, "--data", data.toString()));
        assertEquals("", err(), "said once");
    }

    @Test
    void aMissingConfigurationFileIsOneSentenceAndTheFullScreenNeverStarts() {
        Path missing = temp.resolve("nowhere.properties");
        int code = fastStart(ctx -> {
            throw new AssertionError("the full screen started");
        }, "--config", missing.toString());
        assertEquals(1, code);
        assertEquals("finterm: the configuration file " + missing + " does not exist\n", err());
    }

    @Test
    void theDemoOptionGoesThroughTheCommandLineSeedsATemporaryStoreAndRemovesItAfterwards() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--demo"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Map.of("HOME", temp.toString()), CLOCK);
        assertEquals(0, code, err());
        // outside a terminal the full screen does not start; finterm reports on the demo's store instead
        Matcher m = Pattern.compile("finterm dev: store in (\\S+finterm-demo-\\S+) \\(.+\\)\n").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.matches(), out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(Path.of(m.group(1))), "the demo's store is removed at the end");
    }
}
