package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.cli.Backend;
import io.finterm.domain.Category;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Filter;
import io.finterm.service.OccurrenceView;
import io.finterm.service.ScheduleDetail;
import io.finterm.service.Session;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm serve} catches up everyone's schedules when it starts (and daily after), saying so only in the log. */
class ServeCatchUpTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theServersStartPostsADueAutomaticOccurrenceAndPrintsNothingAboutIt() throws Exception {
        CliTest cli = new CliTest();
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        LocalDate start = LocalDate.of(2024, 3, 1);
        try (Store store = Store.open(cli.data)) {
            store.write(w -> {
                User alice = w.findUnique(Schema.USERS_BY_NAME, "alice").orElseThrow();
                List<Category> rent = new ArrayList<>();
                w.forEach(Schema.CATEGORIES, c -> {
                    if (c.userId() == alice.id() && c.name().equals("Rent") && c.kind() == TxKind.EXPENSE) {
                        rent.add(c);
                    }
                });
                return w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), alice.id(), "Rent", alice.defaultAccountId(),
                        TxKind.EXPENSE, 0, rent.get(0).id(), Money.of(120000, "EUR"), false, "", "", List.of(), List.of(),
                        new Recurrence(Frequency.MONTH, 1, 1, 0, null, start, null, 0), WeekendPolicy.KEEP, true, null, start));
            });
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Backend backend = Wiring.load(cli.data, null, Map.of(), CLOCK).open(message -> { });
        try {
            try (ServeApp.Running running = ServeApp.start(backend, "127.0.0.1", 0, 2, CLOCK, new PrintStream(out, true,
                    StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (running.catchUp().runs() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(1, running.catchUp().runs(), "the first catch-up ran at the start, and the next waits for tomorrow");
                running.background().shutdownNow();
            }
            Session alice = backend.services().accounts().login("alice", CliTest.ALICE_PW.toCharArray(), "cli");
            ScheduleDetail rent = backend.services().schedules().show(alice, "Rent");
            assertEquals(List.of(start), rent.handled().stream().filter(o -> o.state() == OccurrenceState.POSTED)
                    .map(OccurrenceView::date).toList(), "March's rent, due on the 1st, is posted");
            assertEquals(1, backend.services().transactions().count(alice, Filter.ALL));
        } finally {
            backend.close();
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("finterm ") && printed.contains(" serving "), printed);
        assertFalse(printed.contains("posted") || printed.contains("schedule"), "the catch-up goes to the log only: " + printed);
    }
}
