package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreFormat;
import io.finterm.testdata.StoreFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before budgets that roll over wrote ({@code stores/format7}, see
 * its README and {@code make.sh}) migrates to format 8: there are no rollover settings, and the
 * schedules, their occurrences and the balance warning read as the commands put them in.
 */
class MigrationOfFormatSevenTest {
    @TempDir
    Path temp;
    Store store;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format7", temp.resolve("store")));
        assertEquals(7, store.migration().from());
        assertEquals(StoreFormat.CURRENT, store.migration().to());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thereAreNoRolloverSettingsAndTheStoreChecksClean() {
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.ROLLOVERS)));
        assertEquals(3L, (long) store.read(rd -> rd.count(Schema.BUDGETS)));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theSchedulesTheirOccurrencesAndTheWarningReadAsTheCommandsPutThemIn() {
        List<Schedule> schedules = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        List<BalanceWarning> warnings = new ArrayList<>();
        Map<Long, String> users = store.read(rd -> {
            List<User> all = new ArrayList<>();
            rd.forEach(Schema.USERS, all::add);
            rd.forEach(Schema.SCHEDULES, schedules::add);
            rd.forEach(Schema.OCCURRENCES, occurrences::add);
            rd.forEach(Schema.BALANCE_WARNINGS, warnings::add);
            return all.stream().collect(Collectors.toMap(User::id, User::username));
        });
        assertEquals(List.of("alice Power ~8000 auto=false", "alice Rent 95000 auto=true", "alice Saving 20000 auto=false",
                        "bob Bus 4900 auto=true"),
                schedules.stream().map(s -> users.get(s.userId()) + " " + s.name() + " " + (s.approximate() ? "~" : "")
                        + s.amount().minor() + " auto=" + s.auto()).sorted().toList());
        Map<Long, String> names = schedules.stream().collect(Collectors.toMap(Schedule::id, Schedule::name));
        assertEquals(List.of("Power 2026-10-15 SKIPPED", "Power 2026-11-15 POSTED", "Rent 2026-09-01 POSTED",
                        "Rent 2026-10-01 POSTED", "Rent 2026-11-01 POSTED"),
                occurrences.stream().map(o -> names.get(o.scheduleId()) + " " + o.date() + " " + o.state()).sorted().toList());
        assertEquals(List.of("alice 10000"), warnings.stream().map(w -> users.get(w.userId()) + " " + w.below().minor()).toList());
    }
}
