package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backup of version 1 that the last finterm before accounts wrote ({@code stores/format2/backup.json},
 * see the README there) restores with the accounts the migration of its store gives, and holds what
 * it was made of; its books then go round a backup of the current version unchanged.
 */
class BackupVersionOneTest {
    final Accounts maker = new Accounts();
    Store store;
    Accounts fx;

    @BeforeEach
    void restoreTheCommittedBackup() throws Exception {
        String text = Files.readString(FormatTwoBooks.INPUTS.resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":1,"), "the fixture is a backup of version 1");
        store = Store.inMemory();
        BackupService.Restored r;
        try (Reader in = new StringReader(text)) {
            r = new BackupService(store, maker.accounts, maker.clock).restore(in);
        }
        assertEquals(new BackupService.Restored(3, r.categories(), 3_105, 4, 6, 6, 0, 0, 0, 0, 0), r,
                "3 users, 3,105 transactions, 4 budgets, 6 rates; Main for each user and alice's USD and GBP, bob's EUR");
        fx = new Accounts.Restored(store).fixture();
    }

    @Test
    void everyUserGetsTheAccountsTheMigrationGives() {
        FormatTwoBooks.accountsAreTheReadmes(fx);
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void balancesAndTotalsAreThoseOfTheFilesItWasMadeFrom() throws Exception {
        FormatTwoBooks.balancesAreThoseOfTheRows(fx);
        FormatTwoBooks.totalsAreThoseOfTheRows(fx);
    }

    @Test
    void budgetsKeysRolesAndPasswordsSurvive() {
        FormatTwoBooks.budgetsKeysRolesAndLoginsAreKept(fx);
        assertEquals(6L, (long) store.read(rd -> rd.count(Schema.RATES)));
    }

    @Test
    void theRestoredBooksGoRoundABackupOfTheCurrentVersionUnchanged() {
        StringWriter first = new StringWriter();
        fx.backups.export(fx.accounts.login("carol", "carol-fixture-pw2".toCharArray(), "cli"), first);
        assertTrue(first.toString().contains("\"version\":" + io.finterm.format.Backup.VERSION + ","));
        Store again = Store.inMemory();
        new BackupService(again, maker.accounts, maker.clock).restore(new StringReader(first.toString()));
        Accounts restored = new Accounts.Restored(again).fixture();
        StringWriter second = new StringWriter();
        restored.backups.export(restored.accounts.login("carol", "carol-fixture-pw2".toCharArray(), "cli"), second);
        assertEquals(withoutTimes(first.toString()), withoutTimes(second.toString()));
        FormatTwoBooks.accountsAreTheReadmes(restored);
        assertEquals(List.of(), again.check().problems());
    }

    /** The export's time, and the logins' (each login of this test is recorded). */
    private static String withoutTimes(String backup) {
        return backup.replaceAll("\"(exportedAt|lastLoginAt)\":(\"[^\"]*\"|null)", "\"$1\":\"-\"");
    }
}
