package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.NewSchedule;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that logs a user in catches up their schedules first, and says so on stderr only. */
class ScheduleCatchUpCliTest {
    private static final String PW = CliTest.ALICE_PW + "\n";

    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    /**
     * Alice's schedules, made on 2024-02-20 (before any was due), straight through the services: the CLI runs on 2024-03-20,
     * when the automatic Rent of 2024-03-01 and the Electricity of 2024-03-15 (which needs approval) have fallen due.
     */
    @BeforeEach
    void aliceHasTwoSchedules() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        try (Store store = Store.open(temp.resolve("data"))) {
            Services services = new Services(store, new Services.Settings(new Argon2Params(64, 1, 1), 2,
                    new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR")), "", 8,
                    "http://127.0.0.1:9/"), Clock.fixed(Instant.parse("2024-02-20T10:00:00Z"), ZoneOffset.UTC), temp.resolve("exports"));
            Session alice = services.accounts().login("alice", CliTest.ALICE_PW.toCharArray(), "cli");
            services.schedules().add(alice, new NewSchedule("Rent", null, TxKind.EXPENSE, null, "1200.00", false, "Rent", List.of(),
                    "", "", List.of(), monthly(1, LocalDate.of(2024, 3, 1)), WeekendPolicy.KEEP, true));
            services.schedules().add(alice, new NewSchedule("Electricity", null, TxKind.EXPENSE, null, "80.00", true, "Utilities",
                    List.of(), "", "", List.of(), monthly(15, LocalDate.of(2024, 3, 15)), WeekendPolicy.KEEP, false));
        }
    }

    private static Recurrence monthly(int day, LocalDate start) {
        return new Recurrence(Frequency.MONTH, 1, day, 0, null, start, null, 0);
    }

    @Test
    void theFirstCommandAfterADueDatePostsItAndSaysSoOnStderrOnly() {
        CliTest.Result first = cli.ok(PW, "list", "--as", "alice", "--password-stdin");
        assertEquals("posted 1 scheduled transaction: Rent 2024-03-01 -1200.00 EUR\n"
                + "1 scheduled transaction waits for approval: finterm schedule list --as alice\n", first.err());
        assertTrue(first.out().contains("2024-03-01"), first.out());
        assertFalse(first.out().contains("scheduled transaction"), first.out());
        CliTest.Result second = cli.ok(PW, "list", "--as", "alice", "--password-stdin");
        assertEquals("1 scheduled transaction waits for approval: finterm schedule list --as alice\n", second.err());
        assertEquals(first.out(), second.out(), "once means once: the second command posted nothing");
    }

    @Test
    void theScheduleCommandsPostWhatIsDueButDoNotPointToScheduleListWhichTheyAreThemselves() {
        CliTest.Result list = cli.ok(PW, "schedule", "list", "--as", "alice", "--password-stdin");
        assertEquals("posted 1 scheduled transaction: Rent 2024-03-01 -1200.00 EUR\n", list.err());
        assertTrue(list.out().contains("Electricity"), list.out());
        CliTest.Result show = cli.ok(PW, "schedule", "show", "Electricity", "--as", "alice", "--password-stdin");
        assertEquals("", show.err(), "Rent was posted by the command before; nothing points to schedule list");
        CliTest.Result pause = cli.ok(PW, "schedule", "pause", "Rent", "--as", "alice", "--password-stdin");
        assertFalse(pause.err().contains("waits for approval: finterm schedule list"), pause.err());
        CliTest.Result other = cli.ok(PW, "list", "--as", "alice", "--password-stdin");
        assertEquals("1 scheduled transaction waits for approval: finterm schedule list --as alice\n", other.err(),
                "every other command still says what waits");
    }
}
