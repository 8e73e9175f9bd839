package io.finterm.app;

import io.finterm.service.AuditService;
import io.finterm.service.ScheduleService;
import io.finterm.service.Services;
import io.finterm.service.UndoService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's catch-up of everyone's schedules: once when it starts, then every day just after
 * midnight (in the clock's zone, recomputed each time, so that a change of summer time moves nothing),
 * so that automatic occurrences are posted while nobody logs in. What it posted goes to the log, never
 * to a terminal: a full screen may be up. The same run drops the audit log's events older than its
 * retention ({@code audit.keep.days}).
 */
final class DailyCatchUp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DailyCatchUp.class);
    /** After midnight: a day's occurrences are due from its start. */
    private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);

    private final ScheduleService schedules;
    private final UndoService undo;
    private final Clock clock;
    private final AuditService audit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "finterm-daily-catch-up");
        t.setDaemon(true);
        return t;
    });
    private volatile long runs;

    private DailyCatchUp(Services services, Clock clock) {
        this.schedules = services.schedules();
        this.undo = services.undo();
        this.audit = services.audit();
        this.clock = clock;
    }

    /**
     * Starts the timer; the first run goes at once, off the caller's thread: the catch-up, then the
     * audit log's and the undo history's retention.
     */
    static DailyCatchUp start(Services services, Clock clock) {
        DailyCatchUp daily = new DailyCatchUp(services, clock);
        daily.timer.execute(daily::runAndReschedule);
        return daily;
    }

    /** How many catch-ups have finished, for a test to wait for the first. */
    long runs() {
        return runs;
    }

    private void runAndReschedule() {
        try {
            long posted = schedules.catchUpEveryone();
            log.info("schedules: the daily catch-up posted {} scheduled transaction{}", posted, posted == 1 ? "" : "s");
        } catch (RuntimeException e) {
            // one bad day must not stop the timer: the next run tries again, and each post is whole or absent
            log.warn("schedules: the daily catch-up failed: {}", e.toString());
        }
        try {
            audit.pruneExpired();
        } catch (RuntimeException e) {
            log.warn("audit: the daily retention failed: {}", e.toString());
        } finally {
            UndoPruning.run(undo, "the daily run");
            runs++;
        }
        if (!timer.isShutdown()) {
            timer.schedule(this::runAndReschedule, untilNextRun().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration untilNextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).plus(AFTER_MIDNIGHT);
        Duration wait = Duration.between(now, next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Stops the timer, waiting for a catch-up in flight: the store is closed after this. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
