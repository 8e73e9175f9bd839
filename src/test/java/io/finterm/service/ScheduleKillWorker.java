package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.store.Store;
import java.nio.file.Path;

/**
 * For {@link ScheduleKillTest}: opens the store, logs alice in, says {@code READY}, and catches up her
 * schedules through {@link ScheduleService#run}, on the fixture's day; then says {@code DONE} and how many
 * milliseconds the catch-up took, unless it is killed first.
 */
public final class ScheduleKillWorker {
    private ScheduleKillWorker() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            Accounts fixture = new Accounts.Restored(store).fixture();
            ScheduleService schedules = new ScheduleService(store, fixture.accounts, BusinessDays.WEEKENDS_ONLY, fixture.clock);
            Session alice = fixture.alice();
            System.out.println("READY");
            System.out.flush();
            long start = System.nanoTime();
            CatchUp done = schedules.run(alice, null);
            System.out.println("DONE " + (System.nanoTime() - start) / 1_000_000 + " " + done.posted().size());
            System.out.flush();
        }
    }
}
