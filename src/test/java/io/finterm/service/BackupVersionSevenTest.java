package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.BudgetRollover;
import io.finterm.domain.FintermException;
import io.finterm.domain.Overspending;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.Backup;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.Table;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of version 7 carry each user's budget rollover settings: a full backup restores them equal,
 * ids and all; a person's own export carries theirs into other books by category name, where the
 * books' own setting for a category and month stays; a setting that is wrong or points nowhere is
 * refused naming it and its field; and the committed backup of version 6 restores with none.
 */
class BackupVersionSevenTest {
    private final Accounts fx = new Accounts();

    @TempDir
    Path temp;

    private static BudgetRollover setting(io.finterm.store.WriteTx w, Session s, String category, String from, boolean on,
                                          Overspending overspending) {
        long c = Categories.existing(w, s.userId(), TxKind.EXPENSE, category).id();
        return w.insert(Schema.ROLLOVERS, new BudgetRollover(w.nextId(Schema.ROLLOVERS), s.userId(), c, YearMonth.parse(from), on,
                overspending));
    }

    /**
     * Alice: Groceries rolls over from 2026-01 (absorbing overspending), carries it from 2026-03 and stops in 2026-06;
     * Dining carries from 2025-11. Bob: Rent rolls over from 2026-02.
     */
    private void fill() {
        Session alice = fx.alice();
        Session bob = fx.bob();
        fx.store.write(w -> {
            setting(w, alice, "Groceries", "2026-01", true, Overspending.ABSORB);
            setting(w, alice, "Groceries", "2026-03", true, Overspending.CARRY);
            setting(w, alice, "Groceries", "2026-06", false, Overspending.ABSORB);
            setting(w, alice, "Dining", "2025-11", true, Overspending.CARRY);
            setting(w, bob, "Rent", "2026-02", true, Overspending.ABSORB);
            return null;
        });
    }

    private static String export(Accounts from, Session s) {
        StringWriter w = new StringWriter();
        from.backups.export(s, w);
        return w.toString().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }

    private static <T> List<T> rows(Store store, Table<T> table, Comparator<T> order) {
        List<T> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(table, all::add);
            return null;
        });
        all.sort(order);
        return all;
    }

    private static List<BudgetRollover> rollovers(Store store) {
        return rows(store, Schema.ROLLOVERS, Comparator.comparingLong(BudgetRollover::id));
    }

    /** Each setting as {@code user category from on overspending}, in the order of the store's index. */
    private static List<String> described(Store store) {
        return store.read(rd -> {
            List<String> out = new ArrayList<>();
            rd.forEach(Schema.ROLLOVERS, r -> out.add(rd.get(Schema.USERS, r.userId()).orElseThrow().username() + " "
                    + rd.get(Schema.CATEGORIES, r.categoryId()).orElseThrow().name() + " " + r.from() + " " + (r.on() ? "on" : "off")
                    + " " + r.overspending().word()));
            out.sort(null);
            return out;
        });
    }

    @Test
    void rolloverSettingsGoRoundAFullBackupEqual() {
        fill();
        String backup = export(fx, fx.admin());
        assertTrue(backup.contains("\"version\":7,"), backup);
        assertTrue(backup.contains("\"from\":\"2026-06\",\"on\":false,\"overspending\":\"absorb\"}"), "a stop, as a month: " + backup);
        assertTrue(backup.indexOf("\"rollovers\":[") > backup.indexOf("\"categories\":["), "settings after the categories they name");

        Store empty = Store.inMemory();
        BackupService.Restored r = new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(backup));
        assertEquals(5, r.rollovers());
        assertEquals(rollovers(fx.store), rollovers(empty), "every setting, field by field, ids included");
        assertEquals(List.of("alice Dining 2025-11 on carry", "alice Groceries 2026-01 on absorb", "alice Groceries 2026-03 on carry",
                "alice Groceries 2026-06 off absorb", "bob Rent 2026-02 on absorb"), described(empty));
        assertTrue(empty.check().ok(), () -> empty.check().problems().toString());
        assertEquals(backup, export(new Accounts.Restored(empty).fixture(), fx.admin()), "the restored store writes the same backup");
    }

    @Test
    void aPersonsOwnExportCarriesTheirSettingsOnly() {
        fill();
        String alices = export(fx, fx.alice());
        assertEquals(4, alices.split("\"overspending\":", -1).length - 1, "her four settings and not bob's: " + alices);
        assertFalse(alices.contains("\"from\":\"2026-02\""), "bob's Rent setting is not in hers");
        assertEquals(1, export(fx, fx.bob()).split("\"overspending\":", -1).length - 1, "and his holds his one");
    }

    @Test
    void importingAnOwnExportAddsItsSettingsByCategoryNameAndKeepsTheBooksOwnForTheSameMonth() {
        fill();
        String alices = export(fx, fx.alice());
        Accounts other = new Accounts();
        Session bob = other.bob();
        other.store.write(w -> {
            // his own Groceries setting from 2026-03 says absorb: it stays, the export's carry for that month does not come
            setting(w, bob, "Groceries", "2026-03", true, Overspending.ABSORB);
            return null;
        });
        other.categories.rename(bob, TxKind.EXPENSE, "Dining", "Restaurants"); // her Dining is a category he does not have

        BackupService.Merged m = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(List.of(3L, 1L), List.of(m.rollovers(), m.rolloversKept()), "three added, one of his kept");
        assertEquals(List.of("bob Dining 2025-11 on carry", "bob Groceries 2026-01 on absorb", "bob Groceries 2026-03 on absorb",
                "bob Groceries 2026-06 off absorb"), described(other.store), "into his categories of her names, his own March kept");
        other.store.read(rd -> {
            for (BudgetRollover r : rd.scan(Schema.ROLLOVERS_BY_MONTH, io.finterm.store.KeyRange.prefix(bob.userId()),
                    io.finterm.store.Paging.all()).rows()) {
                assertEquals(bob.userId(), rd.get(Schema.CATEGORIES, r.categoryId()).orElseThrow().userId(), "his own categories");
            }
            return null;
        });
        assertTrue(other.store.check().ok(), () -> other.store.check().problems().toString());

        BackupService.Merged again = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(List.of(0L, 4L), List.of(again.rollovers(), again.rolloversKept()), "nothing twice; all four kept as they are");
        assertEquals(4, rollovers(other.store).size());
    }

    private static final String HEAD = "{\"format\":\"finterm-backup\",\"version\":7,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":2}],"
            + "\"accounts\":[" + account(1, 1) + "," + account(2, 2) + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"},{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"},"
            + "{\"id\":3,\"user\":1,\"type\":\"income\",\"name\":\"Salary\"}],";

    private static String account(long id, long user) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"A" + id + "\",\"type\":\"checking\",\"currency\":\"EUR\","
                + "\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    /** A setting's record, with {@code more} ({@code key=json;key=json}) replacing or adding some fields. */
    private static String rolloverRecord(String more) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String kv : ("id=5;user=1;category=1;from=\"2026-01\";on=true;overspending=\"carry\"" + (more.isEmpty() ? "" : ";" + more))
                .split(";")) {
            String[] p = kv.split("=", 2);
            f.put(p[0], p[1]);
        }
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    private static String rollovers(String... records) {
        return HEAD + "\"rollovers\":[" + String.join(",", records) + "]}";
    }

    @Test
    void aRolloverSettingThatIsWrongOrPointsNowhereIsRefusedNamingItsFieldAndWritesNothing() {
        Store good = Store.inMemory();
        BackupService.Restored r = new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(rollovers(rolloverRecord(""),
                rolloverRecord("id=6;from=\"2026-04\";on=false;overspending=\"absorb\""), rolloverRecord("id=7;user=2;category=2"))));
        assertEquals(3, r.rollovers(), "the well-formed settings restore");

        String at = "$.rollovers[0] (rollover 5).";
        String[][] cases = {
            {rollovers(rolloverRecord("category=9")), at + "category: names category 9, which is not in the backup"},
            {rollovers(rolloverRecord("category=2")), at + "category: category 2 belongs to another user"},
            {rollovers(rolloverRecord("category=3")),
                at + "category: category 3 ('Salary') is an income category: only the budgets of expense categories roll over"},
            {rollovers(rolloverRecord("user=4")), at + "user: names user 4, who is not in the backup"},
            {rollovers(rolloverRecord("from=\"2026-13\"")), at + "from: '2026-13' is not a month (yyyy-MM)"},
            {rollovers(rolloverRecord("from=\"2026-1\"")), at + "from: '2026-1' is not a month (yyyy-MM)"},
            {rollovers(rolloverRecord("from=\"1066-10\"")), at + "from: 1066-10 is outside 1900-01..2999-12"},
            {rollovers(rolloverRecord("from=\"+99999-01\"")), at + "from: +99999-01 is outside 1900-01..2999-12"},
            {rollovers(rolloverRecord("from=null")), at + "from: is missing"},
            {rollovers(rolloverRecord("overspending=\"spend\"")), at + "overspending: must be carry or absorb, not \"spend\""},
            {rollovers(rolloverRecord("overspending=[]")), at + "overspending: is a list, not a value"},
            {rollovers(rolloverRecord("on=false")), at + "overspending: applies only while the budget rolls over"},
            {rollovers(rolloverRecord("on=\"yes\"")), at + "on: 'yes' is not true or false"},
            {rollovers(rolloverRecord("id=0")), at.replace("rollover 5", "rollover 0") + "id: "},
            {rollovers(rolloverRecord(""), rolloverRecord("id=6;on=false;overspending=\"absorb\"")),
                "$.rollovers[1] (rollover 6).from: category 1 has another rollover setting from 2026-01"},
            {rollovers(rolloverRecord(""), rolloverRecord("from=\"2026-02\"")), "$.rollovers[1] (rollover 5): "},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\tat "), e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.CATEGORIES) + rd.count(Schema.ROLLOVERS)),
                    c[1]);
        }
    }

    @Test
    void aSettingThatIsWrongInAPersonsExportIsRefusedAndTheImportersBooksStayAsTheyWere() {
        fill();
        String alices = export(fx, fx.alice()).replace("\"from\":\"2026-03\"", "\"from\":\"2026-01\"");
        Accounts other = new Accounts();
        Session bob = other.bob();
        long before = other.store.version();
        FintermException e = assertThrows(FintermException.class, () -> other.backups.importOwn(bob, new StringReader(alices)));
        assertTrue(e.getMessage().matches("\\$\\.rollovers\\[1] \\(rollover \\d+\\)\\.from: category \\d+ has another rollover setting "
                + "from 2026-01"), e.getMessage());
        assertEquals(before, other.store.version(), "nothing of the export was imported");
    }

    @Test
    void theCommittedBackupOfVersionSixRestoresWithNoSettingsAndTheRestAsItsStoreMigrates() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format7").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":6,"), "the fixture is a backup of version 6");
        Store restored = Store.inMemory();
        BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
        assertEquals(List.of(3L, 4L, 2L, 4L, 3L, 0L), List.of(r.users(), r.rules(), r.profiles(), r.schedules(), r.budgets(), r.rollovers()),
                "as its README says: three users, four rules, two profiles, four schedules, three budgets; no rollover settings");
        try (Store migrated = Store.open(StoreFixtures.copyStore("format7", temp.resolve("store")))) {
            assertEquals(rows(migrated, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)),
                    rows(restored, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)), "the same transactions");
            assertEquals(List.of(), rollovers(restored));
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(migrated).fixture();
            String fromTheStore = export(fromStore, fromStore.accounts.login("carol", "carol-fixture-pw7".toCharArray(), "cli"));
            assertTrue(fromTheStore.contains("\"rollovers\":[]}"), "a backup of version 7 with an empty list of settings");
            assertEquals(fromTheStore, export(fromBackup, fromBackup.accounts.login("carol", "carol-fixture-pw7".toCharArray(), "cli")),
                    "the restored store and the migrated one write the same backup of version " + Backup.VERSION);
        }
        assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
    }
}
