package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.finterm.domain.ExchangeRate;
import io.finterm.rates.EcbFeed;
import io.finterm.rates.Fixtures;
import io.finterm.rates.RateFileException;
import io.finterm.store.Store;
import io.finterm.testdata.MutableClock;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed against a local HTTP server that plays recorded ECB files, and what each answer leaves in the store. */
class RateServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final Store store = Store.inMemory();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> requested = new ArrayList<>();
    private volatile int status = 200;
    private volatile long delayMs;
    private HttpServer server;
    private RateService rates;

    @TempDir
    Path temp;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ecb/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/ecb/".length());
            requested.add(name);
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = files.getOrDefault(name, new byte[0]);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        // a server on this machine answers at once; the limit is only for a machine as loaded as CI's can be
        rates = new RateService(store, new EcbFeed("http://127.0.0.1:" + server.getAddress().getPort() + "/ecb",
                Duration.ofSeconds(10)), clock);
        files.put("eurofxref-daily.xml", Fixtures.bytes("daily.xml"));
        files.put("eurofxref-hist-90d.xml", Fixtures.bytes("hist-90d.xml"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<ExchangeRate> stored() {
        return rates.listRates(null, null, null);
    }

    @Test
    void withNoRatesYetAnUpdateFetchesTheLast90DaysThenTheDailyFile() {
        RateService.Stored first = rates.updateRates(false);
        assertEquals(List.of("eurofxref-hist-90d.xml"), requested);
        assertEquals(6, first.added());
        assertEquals(LocalDate.of(2026, 11, 20), first.newest());
        RateService.Stored second = rates.updateRates(false);
        assertEquals(List.of("eurofxref-hist-90d.xml", "eurofxref-daily.xml"), requested,
                "Friday the 20th to Monday the 23rd misses no weekday: the daily file is enough");
        assertEquals(3, second.added());
        assertEquals(9, stored().size());
    }

    @Test
    void whenADayWouldBeMissingTheDailyFileIsJoinedByTheLast90Days() {
        files.put("eurofxref-daily.xml", Fixtures.bytes("daily.xml"));
        rates.importRates(write("hist.csv")); // up to Friday the 20th
        clock.advance(Duration.ofDays(3));
        files.put("eurofxref-daily.xml", new String(Fixtures.bytes("daily.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("2026-11-23", "2026-11-25").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        rates.updateRates(false);
        assertEquals(List.of("eurofxref-daily.xml", "eurofxref-hist-90d.xml"), requested, "Monday and Tuesday were missing");
        assertTrue(RateService.missesAWeekday(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25)));
        assertTrue(!RateService.missesAWeekday(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void fetchingTheSameRatesAgainChangesNothing() {
        rates.updateRates(false);
        long version = store.version();
        RateService.Stored again = rates.updateRates(false);
        rates.importRates(write("hist-90d.xml"));
        assertEquals(0, rates.importRates(write("hist-90d.xml")).added());
        assertEquals(version + 1, store.version(), "only the daily file's new day was a change");
        assertEquals(3, again.added());
    }

    @Test
    void aMalformedDownloadChangesNothingAndSaysWhy() {
        files.put("eurofxref-hist-90d.xml", Fixtures.bytes("partial.xml"));
        RateFileException e = assertThrows(RateFileException.class, () -> rates.updateRates(false));
        assertTrue(e.getMessage().contains("eurofxref-hist-90d.xml is not a rates file"), e.getMessage());
        assertEquals(List.of(), stored());
    }

    @Test
    void anXxePayloadIsRefusedAndChangesNothing() {
        files.put("eurofxref-hist-90d.xml", Fixtures.bytes("xxe.xml"));
        assertTrue(assertThrows(RateFileException.class, () -> rates.updateRates(false)).getMessage().contains("DOCTYPE is disallowed"));
        assertEquals(List.of(), stored());
    }

    @Test
    void aServerErrorIsOneSentenceAndTheStoredRatesStay() {
        rates.updateRates(false);
        status = 500;
        RateFileException e = assertThrows(RateFileException.class, () -> rates.updateRates(false));
        assertTrue(e.getMessage().endsWith("eurofxref-daily.xml answered 500; using the rates already stored"), e.getMessage());
        assertEquals(6, stored().size());
    }

    @Test
    void aSlowAnswerTimesOut() {
        delayMs = 1500;
        RateService impatient = new RateService(store, new EcbFeed("http://127.0.0.1:" + server.getAddress().getPort() + "/ecb",
                Duration.ofMillis(500)), clock);
        RateFileException e = assertThrows(RateFileException.class, () -> impatient.updateRates(false));
        assertTrue(e.getMessage().endsWith("did not answer within 500 ms; using the rates already stored"), e.getMessage());
    }

    @Test
    void aServerThatNeverStopsSendingIsCutOffAtTheCap() throws Exception {
        long[] written = {0};
        server.createContext("/endless/", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length
            byte[] chunk = new byte[1 << 16];
            try (OutputStream out = exchange.getResponseBody()) {
                while (written[0] < 200L << 20) { // bounded: 200 MB at most
                    out.write(chunk);
                    written[0] += chunk.length;
                }
            } catch (java.io.IOException e) {
                // the client stopped reading: what this test wants
            }
        });
        RateService endless = new RateService(store, new EcbFeed("http://127.0.0.1:" + server.getAddress().getPort() + "/endless",
                Duration.ofSeconds(10)), clock);
        RateFileException e = assertThrows(RateFileException.class, () -> endless.updateRates(false));
        assertTrue(e.getMessage().endsWith("sent more than 32 MB; that is not a rates file"), e.getMessage());
        Thread.sleep(200);
        assertTrue(written[0] < 100L << 20, "the server wrote " + written[0] + " bytes before the client stopped");
    }

    @Test
    void noNetworkIsOneSentence() {
        RateService offline = new RateService(store, new EcbFeed("http://127.0.0.1:9/ecb", Duration.ofMillis(500)), clock);
        RateFileException e = assertThrows(RateFileException.class, () -> offline.updateRates(false));
        assertTrue(e.getMessage().startsWith("could not reach http://127.0.0.1:9/ecb/eurofxref-hist-90d.xml"), e.getMessage());
    }

    @Test
    void aFileDownloadedElsewhereIsImportedAndListedByCurrencyAndDate() {
        rates.importRates(write("hist.csv"));
        List<ExchangeRate> gbp = rates.listRates(Currency.getInstance("GBP"), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        assertEquals(1, gbp.size());
        assertEquals("0.8500", gbp.get(0).perEuro().toPlainString());
        assertEquals(LocalDate.of(2026, 11, 20), rates.newestRate().orElseThrow());
        RateFileException missing = assertThrows(RateFileException.class, () -> rates.importRates(temp.resolve("nope.xml")));
        assertEquals("there is no file " + temp.resolve("nope.xml"), missing.getMessage());
    }

    private Path write(String fixture) {
        try {
            return Files.write(temp.resolve(fixture), Fixtures.bytes(fixture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefreshIsDueOnceADayAndOnlyWhileTheNewestRateIsOlderThanYesterday() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24); // the clock's today
        assertTrue(rates.refreshDue(null), "no rates at all, never tried");
        rates.importRates(write("hist.csv")); // up to Friday the 20th
        assertTrue(rates.refreshDue(null), "Friday's rates are older than Monday's");
        assertTrue(rates.refreshDue(tuesday.minusDays(1)), "tried yesterday, not yet today");
        assertFalse(rates.refreshDue(tuesday), "tried today already: a failed fetch waits for tomorrow");
        rates.updateRates(false); // the daily file: Monday the 23rd
        assertFalse(rates.refreshDue(null), "yesterday's rates are the newest there are");
        clock.advance(Duration.ofDays(1));
        assertTrue(rates.refreshDue(tuesday), "on Wednesday, Monday's rates are older than yesterday");
    }
}
