package io.finterm.service;

import io.finterm.store.Store;
import java.nio.file.Path;

/**
 * For {@link ImportKillTest}: creates a store with three accounts, then imports 20,000 rows as
 * alice and stops for good half-way through the file, after saying {@code HALF}, to be killed there.
 */
public final class ImportKillWorker {
    private ImportKillWorker() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        Accounts fixture = new Accounts(store);
        ImportService imports = new ImportService(store, fixture.accounts, "", 1_000, java.time.Clock.systemUTC());
        imports.importCsv(fixture.alice(), new ImportServiceTest.GatedReader(ImportServiceTest.manyRows(20_000, "Pets"), () -> {
            System.out.println("HALF");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }), new ImportService.Options(false, false), n -> { });
    }
}
