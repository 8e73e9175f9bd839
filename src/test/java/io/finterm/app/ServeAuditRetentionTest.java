package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.cli.Backend;
import io.finterm.domain.AuditEvent;
import io.finterm.service.AuditQuery;
import io.finterm.service.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's daily run drops the audit log's events older than {@code audit.keep.days} (a year unless configured). */
class ServeAuditRetentionTest {
    @TempDir
    Path temp;

    /** The events left after the server started at {@code now} (the store was made on 2024-03-20), read by root. */
    private List<String> eventsAfterServing(Instant now, Path config) throws Exception {
        CliTest cli = new CliTest();
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        Backend backend = Wiring.load(cli.data, config, Map.of("HOME", temp.toString()), clock).open(message -> { });
        try {
            try (ServeApp.Running running = ServeApp.start(backend, "127.0.0.1", 0, 2, clock, new PrintStream(OutputStream.nullOutputStream()))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (running.catchUp().runs() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                running.background().shutdownNow();
            }
            Session root = backend.services().accounts().login("root", CliTest.ROOT_PW.toCharArray(), "cli");
            return backend.services().audit().list(root, new AuditQuery(null, null, 100)).stream()
                    .map(e -> e.at().toString().substring(0, 10) + " " + e.event() + " " + e.user()).toList();
        } finally {
            backend.close();
        }
    }

    @Test
    void eventsOlderThanAYearAreDroppedWhenTheServerStarts() throws Exception {
        assertEquals(List.of("2025-03-21 login.ok root"), eventsAfterServing(Instant.parse("2025-03-21T10:00:00Z"), null));
    }

    @Test
    void eventsWithinAYearStay() throws Exception {
        List<String> kept = eventsAfterServing(Instant.parse("2025-03-19T10:00:00Z"), null);
        // init creates root without a login; user add logs root in and creates alice
        assertEquals(List.of("2025-03-19 login.ok root", "2024-03-20 user.created alice", "2024-03-20 login.ok root",
                "2024-03-20 user.created root"), kept);
    }

    @Test
    void theRetentionIsConfigurable() throws Exception {
        Path config = temp.resolve("finterm.properties");
        Files.writeString(config, "audit.keep.days=800\n");
        assertEquals(4, eventsAfterServing(Instant.parse("2025-03-21T10:00:00Z"), config).size());
        Files.writeString(config, "audit.keep.days=0\n");
        CliTest cli = new CliTest();
        cli.temp = temp;
        cli.data = temp.resolve("data");
        CliTest.Result r = cli.run(Map.of("HOME", temp.toString()), "", "--config", config.toString(), "audit", "--as", "root");
        assertEquals(1, r.code());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("audit.keep.days"), r.err());
    }
}
