package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.cli.Backend;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.service.Entry;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's daily run removes the undo steps that retention no longer keeps, as the start does. */
class DailyUndoPruningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private static long discarded(Store store) {
        return store.read(rd -> {
            long[] n = {0};
            rd.forEach(Schema.STEPS, s -> n[0] += s.state() == UndoStep.State.DISCARDED ? 1 : 0);
            return n[0];
        });
    }

    @Test
    void theDailyRunRemovesTheStepsThatANewChangeDiscarded() throws Exception {
        CliTest cli = new CliTest();
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        Backend backend = Wiring.load(cli.data, null, Map.of(), CLOCK).open(message -> { });
        try {
            Services services = backend.services();
            Session alice = services.accounts().login("alice", CliTest.ALICE_PW.toCharArray(), "cli");
            Entry lunch = new Entry(LocalDate.of(2024, 3, 19), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch");
            services.transactions().add(alice, lunch);
            services.undo().undo(alice, 1);
            services.transactions().add(alice, lunch); // clears the undone add from redo
            Store store = (Store) backend.store();
            assertEquals(1, discarded(store));

            try (DailyCatchUp daily = DailyCatchUp.start(services, CLOCK)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (daily.runs() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(1, daily.runs(), "the first run is at the start");
            }
            assertEquals(0, discarded(store));
            assertEquals(1, services.undo().list(alice, 10).size());
        } finally {
            backend.close();
        }
    }
}
