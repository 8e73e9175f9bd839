package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.FintermException;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.format.Backup;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.Table;
import io.finterm.store.WriteTx;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of version 6 carry each user's schedules, what became of their occurrences, and the balance
 * warnings: a full backup restores them equal, ids and all; a person's own export carries theirs into
 * other books, by name, each occurrence naming the transaction booked there for the one it named; a
 * schedule, occurrence or warning that is wrong or points nowhere is refused naming it and its field;
 * and the committed backup of version 5 still restores.
 */
class BackupVersionSixTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private final Accounts fx = new Accounts();

    @TempDir
    Path temp;

    private static long category(WriteTx w, Session s, TxKind kind, String name) {
        return Categories.existing(w, s.userId(), kind, name).id();
    }

    private static long savings(WriteTx w, Session s) {
        return w.insert(Schema.ACCOUNTS, new Account(w.nextId(Schema.ACCOUNTS), s.userId(), "Savings", AccountType.SAVINGS,
                Money.of(0, "EUR").currency(), Money.of(0, "EUR"), START, true, false)).id();
    }

    private static long main(WriteTx w, Session s) {
        return w.get(Schema.USERS, s.userId()).orElseThrow().defaultAccountId();
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    /** What fill made: alice's rent and its posted January transaction, and the one deleted since it was posted. */
    private Transaction januaryRent;

    /**
     * Alice: Rent (monthly on the last day, moved before a weekend, automatic, posted in January, skipped
     * in February, changed in March and linked in April), Pay (approximate income on the 2nd Tuesday, paused),
     * Saving (a transfer to Savings every 2 weeks, 12 times), Shop (a split, weekly, its posted transaction
     * deleted since); warnings on Main and Savings. Bob: a Rent of his own and a warning.
     */
    private void fill() {
        Session alice = fx.alice();
        Session bob = fx.bob();
        januaryRent = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 1, 30), TxKind.EXPENSE, "Rent", eur(120000), "Rent"));
        Transaction aprilFromBank = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 4, 29), TxKind.EXPENSE, "Rent",
                eur(120000), "DAUERAUFTRAG MIETE"));
        Transaction deleted = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 1, 3), TxKind.EXPENSE, "Groceries", eur(5000),
                "Shop"));
        fx.store.write(w -> {
            long a = alice.userId();
            long main = main(w, alice);
            long savings = savings(w, alice);
            long housing = category(w, alice, TxKind.EXPENSE, "Rent");
            Schedule rent = w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), a, "Rent", main, TxKind.EXPENSE, 0,
                    housing, eur(120000), false, "Rent", "Landlord", List.of("home"), List.of(),
                    new Recurrence(Frequency.MONTH, 1, Recurrence.LAST, 0, null, START, null, 0), WeekendPolicy.BEFORE, true, null, START));
            w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), a, "Pay", main, TxKind.INCOME, 0,
                    category(w, alice, TxKind.INCOME, "Salary"), eur(250000), true, "", "ACME", List.of(), List.of(),
                    new Recurrence(Frequency.MONTH, 1, 0, 2, DayOfWeek.TUESDAY, START, LocalDate.of(2027, 6, 30), 0), WeekendPolicy.KEEP,
                    false, LocalDate.of(2026, 3, 1), START));
            w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), a, "Saving", main, TxKind.TRANSFER_OUT, savings, 0,
                    eur(10000), false, "", "", List.of(), List.of(), new Recurrence(Frequency.WEEK, 2, 0, 0, null, START, null, 12),
                    WeekendPolicy.AFTER, true, null, START));
            Schedule shop = w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), a, "Shop", main, TxKind.EXPENSE, 0, 0,
                    eur(5000), false, "weekly shop", "", List.of(), List.of(
                            new SplitLine(category(w, alice, TxKind.EXPENSE, "Groceries"), eur(4000), "food"),
                            new SplitLine(category(w, alice, TxKind.EXPENSE, "Shopping"), eur(1000), "soap")),
                    new Recurrence(Frequency.WEEK, 1, 0, 0, DayOfWeek.SATURDAY, LocalDate.of(2026, 1, 3), null, 0), WeekendPolicy.KEEP,
                    false, null, LocalDate.of(2026, 1, 3)));
            w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), a, rent.id(), LocalDate.of(2026, 1, 31),
                    OccurrenceState.POSTED, januaryRent.id(), null, null));
            w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), a, rent.id(), LocalDate.of(2026, 2, 28),
                    OccurrenceState.SKIPPED, 0, null, null));
            w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), a, rent.id(), LocalDate.of(2026, 3, 31),
                    OccurrenceState.CHANGED, 0, eur(123456), LocalDate.of(2026, 4, 2)));
            w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), a, rent.id(), LocalDate.of(2026, 4, 30),
                    OccurrenceState.LINKED, aprilFromBank.id(), null, null));
            w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), a, shop.id(), LocalDate.of(2026, 1, 3),
                    OccurrenceState.POSTED, deleted.id(), null, null));
            w.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(w.nextId(Schema.BALANCE_WARNINGS), a, main, eur(10000)));
            w.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(w.nextId(Schema.BALANCE_WARNINGS), a, savings, eur(-5050)));
            long b = bob.userId();
            w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), b, "Rent", main(w, bob), TxKind.EXPENSE, 0,
                    category(w, bob, TxKind.EXPENSE, "Rent"), eur(80000), false, "", "", List.of(), List.of(),
                    new Recurrence(Frequency.MONTH, 1, 1, 0, null, START, null, 0), WeekendPolicy.KEEP, false, null, START));
            w.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(w.nextId(Schema.BALANCE_WARNINGS), b, main(w, bob), eur(0)));
            return null;
        });
        fx.transactions.delete(alice, deleted.id());
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

    private static List<Schedule> schedules(Store store) {
        return rows(store, Schema.SCHEDULES, Comparator.comparingLong(Schedule::id));
    }

    private static List<Occurrence> occurrences(Store store) {
        return rows(store, Schema.OCCURRENCES, Comparator.comparingLong(Occurrence::id));
    }

    private static List<BalanceWarning> warnings(Store store) {
        return rows(store, Schema.BALANCE_WARNINGS, Comparator.comparingLong(BalanceWarning::id));
    }

    @Test
    void schedulesOccurrencesAndWarningsGoRoundAFullBackupEqual() {
        fill();
        String backup = export(fx, fx.admin());
        assertTrue(backup.contains("\"version\":" + Backup.VERSION + ","), backup);
        assertTrue(backup.contains("\"every\":\"month\",\"interval\":1,\"day\":-1,\"nth\":0,\"weekday\":null,\"start\":\"2026-01-01\""),
                "the rule, the last day as -1: " + backup);
        assertTrue(backup.contains("\"state\":\"changed\",\"transaction\":0,\"amount\":\"1234.56\",\"currency\":\"EUR\","
                + "\"moveTo\":\"2026-04-02\""), "a changed occurrence's own amount, exact, and its day: " + backup);
        assertTrue(backup.indexOf("\"occurrences\":[") > backup.indexOf("\"transactions\":[")
                && backup.indexOf("\"occurrences\":[") > backup.indexOf("\"schedules\":["), "occurrences after what they name");

        Store empty = Store.inMemory();
        BackupService.Restored r = new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(backup));
        assertEquals(5, r.schedules());
        assertEquals(schedules(fx.store), schedules(empty), "every schedule, field by field, ids included");
        assertEquals(occurrences(fx.store), occurrences(empty), "every occurrence, the one whose transaction was deleted included");
        assertEquals(warnings(fx.store), warnings(empty), "every warning");
        assertTrue(empty.check().ok(), () -> empty.check().problems().toString());
        assertEquals(backup, export(new Accounts.Restored(empty).fixture(), fx.admin()), "the restored store writes the same backup");
    }

    @Test
    void anOwnExportCarriesTheSchedulesByNameAndTheirOccurrencesNameTheTransactionsBookedThere() {
        fill();
        String alices = export(fx, fx.alice());
        assertTrue(alices.contains("\"name\":\"Saving\"") && !alices.contains("\"amount\":\"800.00\""), "hers only: " + alices);

        // bob in another store, with a Rent of his own and a warning on his Main
        Accounts other = new Accounts();
        Session bob = other.bob();
        long bobsMain = other.store.write(w -> {
            w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), bob.userId(), "RENT", main(w, bob), TxKind.EXPENSE, 0,
                    category(w, bob, TxKind.EXPENSE, "Rent"), eur(70000), false, "", "", List.of(), List.of(),
                    new Recurrence(Frequency.MONTH, 1, 3, 0, null, START, null, 0), WeekendPolicy.KEEP, false, null, START));
            w.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(w.nextId(Schema.BALANCE_WARNINGS), bob.userId(), main(w, bob), eur(2500)));
            return main(w, bob);
        });
        BackupService.Merged m = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(3, m.schedules(), "Pay, Saving and Shop; his RENT is kept");

        other.store.read(rd -> {
            Schedule rent = rd.findUnique(Schema.SCHEDULES_BY_NAME, bob.userId(), "rent").orElseThrow();
            assertEquals(eur(70000), rent.amount(), "his own Rent is kept");
            Schedule saving = rd.findUnique(Schema.SCHEDULES_BY_NAME, bob.userId(), "saving").orElseThrow();
            Account savings = rd.get(Schema.ACCOUNTS, saving.toAccountId()).orElseThrow();
            assertEquals(List.of(bob.userId(), "Savings", bobsMain), List.of(savings.userId(), savings.name(), saving.accountId()));
            Schedule shop = rd.findUnique(Schema.SCHEDULES_BY_NAME, bob.userId(), "shop").orElseThrow();
            assertEquals(List.of("Groceries", "Shopping"), shop.lines().stream()
                    .map(l -> rd.get(Schema.CATEGORIES, l.categoryId()).orElseThrow())
                    .peek(c -> assertEquals(bob.userId(), c.userId())).map(c -> c.name()).toList());
            return null;
        });
        List<Occurrence> his = occurrences(other.store);
        assertEquals(1, his.size(), "alice's Rent occurrences stay out with her Rent; Shop's one comes: " + his);
        Occurrence shopped = his.get(0);
        assertEquals(List.of(OccurrenceState.POSTED, LocalDate.of(2026, 1, 3)), List.of(shopped.state(), shopped.date()));
        assertTrue(other.store.read(rd -> rd.get(Schema.TRANSACTIONS, shopped.transactionId())).isEmpty(),
                "its transaction was deleted: it stays posted, naming an id no transaction has");
        assertTrue(other.transactions.add(bob, new Entry(LocalDate.of(2026, 2, 1), TxKind.EXPENSE, "Groceries", eur(100), "later")).id()
                > shopped.transactionId(), "and no transaction will take that id later");
        List<BalanceWarning> warnings = warnings(other.store);
        assertEquals(List.of(eur(2500), eur(-5050)), warnings.stream().map(BalanceWarning::below).toList(),
                "his warning on Main is kept; hers on Savings comes");
        assertTrue(other.store.check().ok(), () -> other.store.check().problems().toString());

        BackupService.Merged again = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(0, again.schedules(), "the same names are not added twice");
        assertEquals(1, occurrences(other.store).size());
    }

    @Test
    void anOccurrenceOfAnOwnExportNamesTheTransactionBookedForItOrTheOneItRepeats() {
        fill();
        String alices = export(fx, fx.alice());
        Accounts other = new Accounts();
        Session bob = other.bob();
        // bob booked alice's April rent from his bank already: the export's one is a duplicate of his
        Transaction his = other.transactions.add(bob, new Entry(LocalDate.of(2026, 4, 29), TxKind.EXPENSE, "Rent", eur(120000),
                "DAUERAUFTRAG MIETE"));
        other.backups.importOwn(bob, new StringReader(alices.replace("\"name\":\"Rent\",\"account\"", "\"name\":\"Her rent\",\"account\"")));
        Map<LocalDate, Occurrence> byDate = new LinkedHashMap<>();
        occurrences(other.store).stream().filter(o -> o.transactionId() != 0).forEach(o -> byDate.put(o.date(), o));
        assertEquals(his.id(), byDate.get(LocalDate.of(2026, 4, 30)).transactionId(), () -> "linked to the transaction he had: "
                + rows(other.store, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)));
        Transaction posted = other.store.read(rd -> rd.get(Schema.TRANSACTIONS, byDate.get(LocalDate.of(2026, 1, 31)).transactionId()))
                .orElseThrow();
        assertEquals(List.of(bob.userId(), januaryRent.date(), januaryRent.amount(), "Rent"),
                List.of(posted.userId(), posted.date(), posted.amount(), posted.description()), "posted as the rent booked for him");
        assertTrue(other.store.check().ok(), () -> other.store.check().problems().toString());
    }

    private static final String HEAD = "{\"format\":\"finterm-backup\",\"version\":6,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":2}],"
            + "\"accounts\":[" + account(1, 1, "EUR") + "," + account(2, 2, "EUR") + "," + account(3, 1, "USD") + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"},{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"},"
            + "{\"id\":3,\"user\":1,\"type\":\"income\",\"name\":\"Salary\"}],"
            + "\"transactions\":[{\"id\":1,\"user\":2,\"account\":2,\"date\":\"2026-01-05\",\"type\":\"expense\",\"category\":2,"
            + "\"amount\":\"5.00\",\"currency\":\"EUR\"}],";

    private static String account(long id, long user, String currency) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"A" + id + "\",\"type\":\"checking\",\"currency\":\"" + currency + "\","
                + "\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    /** A JSON record of these fields, with {@code more} ({@code key=json;key=json}) replacing or adding some. */
    private static String record(Map<String, String> f, String more) {
        for (String kv : more.isEmpty() ? new String[0] : more.split(";")) {
            String[] p = kv.split("=", 2);
            f.put(p[0], p[1]);
        }
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    private static String scheduleRecord(String more) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String kv : ("id=7;user=1;name=\"Rent\";account=1;type=\"expense\";to=0;category=1;amount=\"1200.00\";currency=\"EUR\";"
                + "approximate=false;description=\"\";payee=\"\";tags=[];every=\"month\";interval=1;day=1;nth=0;weekday=null;"
                + "start=\"2026-01-01\";end=null;count=0;weekend=\"keep\";auto=true;pausedOn=null;dueFrom=\"2026-01-01\"").split(";")) {
            String[] p = kv.split("=", 2);
            f.put(p[0], p[1]);
        }
        return record(f, more);
    }

    private static String schedule(String more) {
        return HEAD + "\"schedules\":[" + scheduleRecord(more) + "]}";
    }

    private static String occurrence(String more) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", "4");
        f.put("user", "1");
        f.put("schedule", "7");
        f.put("date", "\"2026-02-01\"");
        f.put("state", "\"skipped\"");
        f.put("transaction", "0");
        return HEAD + "\"schedules\":[" + scheduleRecord("") + "],\"occurrences\":[" + record(f, more) + "]}";
    }

    private static String warning(String more) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", "2");
        f.put("user", "1");
        f.put("account", "1");
        f.put("below", "\"100.00\"");
        f.put("currency", "\"EUR\"");
        return HEAD + "\"warnings\":[" + record(f, more) + "]}";
    }

    @Test
    void aScheduleOccurrenceOrWarningThatIsWrongOrPointsNowhereIsRefusedNamingItsFieldAndWritesNothing() {
        Store good = Store.inMemory();
        new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(occurrence("")));
        assertEquals(List.of(1, 1), List.of(schedules(good).size(), occurrences(good).size()));

        String s = "$.schedules[0] (schedule 7).";
        String o = "$.occurrences[0] (occurrence 4).";
        String w = "$.warnings[0] (warning 2).";
        String[][] cases = {
            {schedule("category=2"), s + "category: category 2 belongs to another user"},
            {schedule("category=3"), s + "category: category 3 ('Salary') is an income category, and the transaction is an expense"},
            {schedule("account=2"), s + "account: account 2 belongs to another user"},
            {schedule("account=3"), s + "currency: is EUR, but account 3 is in USD"},
            {schedule("account=9"), s + "account: names account 9, which is not in the backup"},
            {schedule("type=\"transfer out\";category=0;to=3"), s + "to: is EUR, but account 3 is in USD"},
            {schedule("type=\"transfer out\";category=0;to=1"), s + "to: a transfer goes to another account than the one it leaves"},
            {schedule("type=\"transfer in\""), s + "type: a scheduled transfer is written from the account money leaves"},
            {schedule("approximate=true"), s + "approx: an approximate amount cannot be posted automatically"},
            {schedule("every=\"fortnight\""), s + "every: 'fortnight' is not one of day, week, month, year"},
            {schedule("interval=0"), s + "interval: must be 1 to 999, not 0"},
            {schedule("interval=\"x\""), s + "interval: 'x' is not a whole number"},
            {schedule("interval=99999999999"), s + "interval: '99999999999' is not a whole number"},
            {schedule("day=32"), s + "day: must be 1 to 31, or last, not 32"},
            {schedule("day=0;nth=2;weekday=\"mardi\""), s + "weekday: 'mardi' is not a day of the week (monday … sunday)"},
            {schedule("end=\"2025-12-31\""), s + "end: 2025-12-31 is before the start 2026-01-01"},
            {schedule("start=\"2026-02-30\""), s + "start: '2026-02-30' is not a date (yyyy-MM-dd)"},
            {schedule("weekend=\"sunday\""), s + "weekend: 'sunday' is not one of keep, before, after"},
            {schedule("auto=\"yes\""), s + "auto: 'yes' is not true or false"},
            {schedule("dueFrom=null"), s + "dueFrom: is missing"},
            {schedule("name=\"\""), s + "name: "},
            {schedule("amount=\"-5\""), s + "amount: "},
            {schedule("lines=[{\"category\":1,\"amount\":\"1000.00\",\"memo\":\"\"}];category=0"), s + "split: the lines must add up to the amount"},
            {schedule("user=5"), s + "user: names user 5, who is not in the backup"},
            {HEAD + "\"schedules\":[" + scheduleRecord("") + "," + scheduleRecord("id=8;name=\"RENT\"") + "]}",
                "$.schedules[1] (schedule 8).name: user 1 has another schedule called RENT"},
            {occurrence("schedule=9"), o + "schedule: names schedule 9, which is not in the backup"},
            {occurrence("user=2"), o + "schedule: schedule 7 belongs to another user"},
            {occurrence("state=\"done\""), o + "state: 'done' is not one of posted, skipped, linked, changed"},
            {occurrence("state=\"posted\""), o + "transaction: "},
            {occurrence("state=\"posted\";transaction=1"), o + "transaction: transaction 1 belongs to another user"},
            {occurrence("state=\"changed\";amount=\"5.00\";currency=\"USD\""), o + "currency: is USD, but schedule 7 is in EUR"},
            {occurrence("state=\"changed\";moveTo=\"1066-10-14\""), o + "date: 1066-10-14 is outside"},
            {occurrence("date=\"yesterday\""), o + "date: 'yesterday' is not a date (yyyy-MM-dd)"},
            {HEAD + "\"schedules\":[" + scheduleRecord("") + "],\"occurrences\":[{\"id\":4,\"user\":1,\"schedule\":7,\"date\":\"2026-02-01\","
                + "\"state\":\"skipped\",\"transaction\":0},{\"id\":5,\"user\":1,\"schedule\":7,\"date\":\"2026-02-01\",\"state\":\"posted\","
                + "\"transaction\":3}]}", "$.occurrences[1] (occurrence 5).date: schedule 7 has another occurrence on 2026-02-01"},
            {warning("account=2"), w + "account: account 2 belongs to another user"},
            {warning("account=3"), w + "currency: is EUR, but account 3 is in USD"},
            {warning("below=\"lots\""), w + "below: "},
            {HEAD + "\"warnings\":[{\"id\":2,\"user\":1,\"account\":1,\"below\":\"1\",\"currency\":\"EUR\"},{\"id\":3,\"user\":1,"
                + "\"account\":1,\"below\":\"2\",\"currency\":\"EUR\"}]}", "$.warnings[1] (warning 3).account: account 1 has another warning"},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.SCHEDULES) + rd.count(Schema.OCCURRENCES)
                    + rd.count(Schema.BALANCE_WARNINGS)), c[1]);
        }
    }

    @Test
    void theCommittedBackupOfVersionFiveRestoresAsItsStoreMigrates() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format6").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":5,"), "the fixture is a backup of version 5");
        Store restored = Store.inMemory();
        BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
        assertEquals(List.of(3L, 4L, 2L, 0L), List.of(r.users(), r.rules(), r.profiles(), r.schedules()),
                "as its README says: three users, four rules, two profiles; a backup of version 5 has no schedules");
        try (Store migrated = Store.open(StoreFixtures.copyStore("format6", temp.resolve("store")))) {
            assertEquals(rows(migrated, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)),
                    rows(restored, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)), "the same transactions");
            assertEquals(List.of(), schedules(restored));
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(migrated).fixture();
            assertEquals(export(fromStore, fromStore.accounts.login("carol", "carol-fixture-pw6".toCharArray(), "cli")),
                    export(fromBackup, fromBackup.accounts.login("carol", "carol-fixture-pw6".toCharArray(), "cli")),
                    "the restored store and the migrated one write the same backup of version " + Backup.VERSION);
        }
        assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
    }
}
