package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceDates;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.IntegrityReport;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ({@link ScheduleKillWorker}) with SIGKILL at a random moment while it catches up a
 * long automatic daily schedule and a weekly one (moved off the weekend) through {@link ScheduleService#run},
 * which commits in batches. After every kill the store must open with 0 duplicated and 0 missing
 * occurrences: each schedule's rows are exactly its first rule dates, each POSTED once with one
 * transaction of its own on its booked day, and no transaction of the schedule without its row. Then a
 * run that is let finish must leave every date up to today there exactly once.
 *
 * <p>{@code mvn verify} runs 3 kills (each a catch-up of nearly 3,000 occurrences in a child JVM, then its finish); {@code mvn -B test -Dtest=ScheduleKillTest -Dfinterm.schedule.kills=100} is the long run.
 */
@Tag("crash")
class ScheduleKillTest {
    /** The fixture's today. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @TempDir
    Path temp;

    @Test
    void aCatchUpKilledAtRandomMomentsLeavesNoOccurrenceTwiceAndNoneMissingAndFinishesWhole() throws Exception {
        int kills = Integer.getInteger("finterm.schedule.kills", 3);
        Random timing = new Random(Long.getLong("finterm.crash.seed", 20261130L));
        Path base = temp.resolve("base");
        List<Schedule> schedules = aStoreWithTwoSchedules(base);
        Map<Long, List<LocalDate>> all = new HashMap<>();
        int expected = 0;
        for (Schedule s : schedules) {
            // the rule's dates whose booked day has come: a Sunday is booked on the Friday before
            all.put(s.id(), RecurrenceDates.between(s.rule(), s.dueFrom(), TODAY.plusDays(7)).stream()
                    .filter(d -> !BusinessDays.WEEKENDS_ONLY.adjust(d, s.weekend()).isAfter(TODAY)).toList());
            expected += all.get(s.id()).size();
        }

        long runMillis = calibrate(copy(base, temp.resolve("calibration")), expected);
        // The kill comes at a random moment of this window, which follows how long a catch-up takes now: on a
        // machine that other builds load and unload, a fixed window would put many kills before or after it.
        long window = runMillis * 6 / 5;
        int none = 0;
        int whole = 0;
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int round = 1; round <= kills; round++) {
            Path dir = copy(base, temp.resolve("round-" + round));
            Process child = start(dir, temp.resolve("round-" + round + ".out"));
            Thread.sleep(timing.nextInt((int) window + 1));
            child.destroyForcibly(); // SIGKILL on Unix
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            try (Store store = Store.open(dir)) {
                int posted = check(store, schedules, all, false, "round " + round);
                none += posted == 0 ? 1 : 0;
                whole += posted == expected ? 1 : 0;
                fewest = Math.min(fewest, posted);
                most = Math.max(most, posted);
                window = posted == expected ? Math.max(200, window * 4 / 5) : posted == 0 ? Math.min(runMillis * 3, window * 5 / 4) : window;
                Accounts fixture = new Accounts.Restored(store).fixture();
                new ScheduleService(store, fixture.accounts, BusinessDays.WEEKENDS_ONLY, fixture.clock).run(fixture.alice(), null);
                assertEquals(expected, check(store, schedules, all, true, "round " + round + ", finished"));
            }
        }
        System.out.printf("schedule catch-up crash test: %d kills during a %d ms catch-up of %d occurrences (a daily and a weekly"
                + " schedule, batches of %d); %d to %d posted at the kill (%d before the first commit, %d after the last);"
                + " 0 duplicated, 0 missing, every finished run whole%n", kills, runMillis, expected, ScheduleCatchUp.BATCH, fewest, most,
                none, whole);
    }

    /**
     * Checks the schedules' rows: per schedule, exactly its first rule dates (all of them when
     * {@code finished}), each POSTED once, naming a transaction of alice's on its booked day for the
     * schedule's amount, which no other row names; and every transaction of a schedule has its row.
     * Returns how many occurrences are posted.
     */
    private static int check(Store store, List<Schedule> schedules, Map<Long, List<LocalDate>> all, boolean finished, String when) {
        IntegrityReport report = store.check();
        assertTrue(report.ok(), when + ": " + report.problems());
        return store.read(rd -> {
            int posted = 0;
            for (Schedule s : schedules) {
                List<Occurrence> rows = new ArrayList<>(rd.scan(Schema.OCCURRENCES_BY_SCHEDULE, KeyRange.prefix(s.userId(), s.id()),
                        Paging.all()).rows());
                rows.sort(java.util.Comparator.comparing(Occurrence::date));
                List<LocalDate> dates = rows.stream().map(Occurrence::date).toList();
                List<LocalDate> rule = all.get(s.id());
                assertEquals(rule.subList(0, Math.min(rule.size(), dates.size())), dates,
                        when + ": " + s.name() + "'s rows are its first rule dates, each once");
                if (finished) {
                    assertEquals(rule, dates, when + ": " + s.name() + " has every date up to today");
                }
                Map<Long, Integer> named = new HashMap<>();
                for (Occurrence o : rows) {
                    assertEquals(OccurrenceState.POSTED, o.state(), when);
                    assertEquals(1, named.merge(o.transactionId(), 1, Integer::sum), when + ": one transaction per occurrence");
                    Transaction t = rd.get(Schema.TRANSACTIONS, o.transactionId()).orElse(null);
                    assertTrue(t != null, when + ": " + s.name() + " " + o.date() + " names transaction " + o.transactionId() + ", which is missing");
                    assertEquals(List.of(s.userId(), s.accountId(), BusinessDays.WEEKENDS_ONLY.adjust(o.date(), s.weekend()), s.amount(),
                            s.name()), List.of(t.userId(), t.accountId(), t.date(), t.amount(), t.description()), when);
                }
                long transactions = rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(s.userId()), Paging.all()).rows().stream()
                        .filter(t -> t.description().equals(s.name())).count();
                assertEquals(rows.size(), transactions, when + ": " + s.name() + " has no transaction without its row");
                posted += rows.size();
            }
            return posted;
        });
    }

    /** alice's Daily (an automatic expense every day since 2020) and Weekly (every Sunday since 2016, booked the Friday before). */
    private static List<Schedule> aStoreWithTwoSchedules(Path dir) {
        try (Store store = Store.open(dir)) {
            Accounts fixture = new Accounts(store);
            Session alice = fixture.alice();
            return store.write(w -> {
                long main = w.get(Schema.USERS, alice.userId()).orElseThrow().defaultAccountId();
                long groceries = Categories.existing(w, alice.userId(), TxKind.EXPENSE, "Groceries").id();
                LocalDate daily = LocalDate.of(2020, 1, 1);
                LocalDate weekly = LocalDate.of(2016, 1, 3);
                return List.of(
                        w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), alice.userId(), "Daily", main, TxKind.EXPENSE, 0,
                                groceries, Money.of(350, "EUR"), false, "", "", List.of(), List.of(),
                                new Recurrence(Frequency.DAY, 1, 0, 0, null, daily, null, 0), WeekendPolicy.KEEP, true, null, daily)),
                        w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), alice.userId(), "Weekly", main, TxKind.EXPENSE, 0,
                                groceries, Money.of(8000, "EUR"), false, "", "", List.of(), List.of(),
                                new Recurrence(Frequency.WEEK, 1, 0, 0, DayOfWeek.SUNDAY, weekly, null, 0), WeekendPolicy.BEFORE, true, null,
                                weekly)));
            });
        }
    }

    /** How long an unhindered catch-up takes in the child, which must post every occurrence. */
    private long calibrate(Path dir, int expected) throws Exception {
        Path out = temp.resolve("calibration.out");
        Process child = start(dir, out);
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the calibration run finished");
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("DONE ")) {
                String[] parts = line.split(" ");
                assertEquals(expected, Integer.parseInt(parts[2]), "the unhindered run posted every occurrence");
                return Long.parseLong(parts[1]);
            }
        }
        fail("the worker did not finish: " + Files.readString(out));
        return 0;
    }

    private static Process start(Path dir, Path output) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ScheduleKillWorker.class.getName(), dir.toString())
                .redirectOutput(output.toFile()).redirectError(Path.of(output + ".err").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(output).startsWith("READY")) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                child.destroyForcibly();
                fail("the worker did not start: " + Files.readString(Path.of(output + ".err")));
            }
            Thread.sleep(2);
        }
        return child;
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("store.lock")) { // the lock of the closed store, never copied
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
