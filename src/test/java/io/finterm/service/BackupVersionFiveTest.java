package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Money;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.Backup;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.Table;
import io.finterm.store.WriteTx;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of version 5 carry each user's categorisation rules and import profiles: a full backup
 * restores them equal, ids and all; a person's own export carries theirs, and importing it into
 * other books files the rules into those books' categories and accounts; a rule or profile that points
 * nowhere is refused naming it; and the committed backup of version 4 still restores.
 */
class BackupVersionFiveTest {
    private final Accounts fx = new Accounts();

    @TempDir
    Path temp;

    private static long category(WriteTx w, Session s, TxKind kind, String name) {
        return Categories.existing(w, s.userId(), kind, name).id();
    }

    private static long account(WriteTx w, Session s, String name) {
        return w.insert(Schema.ACCOUNTS, new Account(w.nextId(Schema.ACCOUNTS), s.userId(), name, AccountType.SAVINGS,
                Money.of(0, "EUR").currency(), Money.of(0, "EUR"), LocalDate.of(2026, 1, 1), true, false)).id();
    }

    /**
     * Alice: three rules (one of every kind of match, with bounds, an account, tags and rewrites) and two
     * profiles (a CSV one whose amount reads two columns, into Savings; a QIF one); bob: one rule.
     */
    private void fill() {
        Session alice = fx.alice();
        Session bob = fx.bob();
        fx.store.write(w -> {
            long savings = account(w, alice, "Savings");
            long a = alice.userId();
            w.insert(Schema.RULES, new Rule(w.nextId(Schema.RULES), a, 1, RuleField.PAYEE, MatchKind.TEXT, "rewe", null, null, 0,
                    category(w, alice, TxKind.EXPENSE, "Groceries"), List.of(), "", ""));
            w.insert(Schema.RULES, new Rule(w.nextId(Schema.RULES), a, 2, RuleField.ANY, MatchKind.REGEX, "^(acme|globex)\\b.*gehalt",
                    new BigDecimal("1000.00"), new BigDecimal("9999.5"), savings, category(w, alice, TxKind.INCOME, "Salary"),
                    List.of("work", "monthly"), "ACME GmbH", "Salary"));
            w.insert(Schema.RULES, new Rule(w.nextId(Schema.RULES), a, 3, RuleField.DESCRIPTION, MatchKind.WORD, "Straßenbahn", null,
                    new BigDecimal("5"), 0, category(w, alice, TxKind.EXPENSE, "Transport"), List.of("commute"), "", ""));
            w.insert(Schema.RULES, new Rule(w.nextId(Schema.RULES), bob.userId(), 1, RuleField.ANY, MatchKind.TEXT, "bakery", null, null,
                    0, category(w, bob, TxKind.EXPENSE, "Dining"), List.of(), "", ""));
            Map<String, List<String>> columns = new LinkedHashMap<>();
            columns.put("date", List.of("Buchungstag"));
            columns.put("amount", List.of("Soll", "Haben"));
            columns.put("payee", List.of("Empfänger; Name"));
            columns.put("ignore", List.of());
            w.insert(Schema.PROFILES, new ImportProfile(w.nextId(Schema.PROFILES), a, "Sparkasse", "csv", ';', "windows-1252", 2,
                    "dd.MM.yyyy", ',', columns, true, List.of("Buchungstag", "Soll", "Haben", "Empfänger; Name"), savings));
            w.insert(Schema.PROFILES, new ImportProfile(w.nextId(Schema.PROFILES), a, "old qif", "qif", null, "", 0, "MM/dd/yy",
                    '.', Map.of(), false, List.of(), 0));
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

    private static List<Rule> rules(Store store) {
        return rows(store, Schema.RULES, Comparator.comparingLong(Rule::id));
    }

    private static List<ImportProfile> profiles(Store store) {
        return rows(store, Schema.PROFILES, Comparator.comparingLong(ImportProfile::id));
    }

    @Test
    void rulesAndProfilesGoRoundAFullBackupEqual() {
        fill();
        String backup = export(fx, fx.admin());
        assertTrue(backup.contains("\"version\":" + Backup.VERSION + ","), backup);
        assertTrue(backup.contains("\"min\":\"1000.00\",\"max\":\"9999.5\""), "bounds as exact decimal strings: " + backup);
        assertTrue(backup.contains("\"columns\":[{\"role\":\"date\",\"column\":\"Buchungstag\"},{\"role\":\"amount\",\"column\":\"Soll\"},"
                + "{\"role\":\"amount\",\"column\":\"Haben\"},{\"role\":\"payee\",\"column\":\"Empfänger; Name\"},{\"role\":\"ignore\"}]"),
                backup);
        assertTrue(backup.indexOf("\"rules\":[") > backup.indexOf("\"accounts\":[") && backup.indexOf("\"rules\":[") > backup.indexOf(
                "\"categories\":["), "rules come after the categories and accounts they name");

        Store empty = Store.inMemory();
        BackupService.Restored r = new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(backup));
        assertEquals(List.of(4L, 2L), List.of(r.rules(), r.profiles()));
        assertEquals(rules(fx.store), rules(empty), "every rule, field by field, ids and positions included");
        assertEquals(profiles(fx.store), profiles(empty), "every profile, its columns in order, a role with none included");
        assertTrue(empty.check().ok(), () -> empty.check().problems().toString());
        assertEquals(backup, export(new Accounts.Restored(empty).fixture(), fx.admin()), "the restored store writes the same backup");
    }

    @Test
    void anOwnExportCarriesTheRulesAndProfilesIntoOtherBooksCategoriesAndAccounts() {
        fill();
        String alices = export(fx, fx.alice());
        assertTrue(alices.contains("\"pattern\":\"rewe\"") && !alices.contains("\"pattern\":\"bakery\""), "hers only: " + alices);

        // bob in another store: his categories have other ids than alice's, he has no Savings, and a rule of his own
        Accounts other = new Accounts();
        Session bob = other.bob();
        other.store.write(w -> w.insert(Schema.RULES, new Rule(w.nextId(Schema.RULES), bob.userId(), 1, RuleField.ANY, MatchKind.TEXT,
                "kiosk", null, null, 0, category(w, bob, TxKind.EXPENSE, "Dining"), List.of(), "", "")));
        BackupService.Merged m = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(List.of(3L, 2L), List.of(m.rules(), m.profiles()));
        List<Rule> his = rules(other.store).stream().filter(x -> x.userId() == bob.userId())
                .sorted(Comparator.comparingInt(Rule::position)).toList();
        assertEquals(List.of("kiosk", "rewe", "^(acme|globex)\\b.*gehalt", "Straßenbahn"), his.stream().map(Rule::pattern).toList(),
                "his own rule keeps winning; hers follow in their order");
        assertEquals(List.of(1, 2, 3, 4), his.stream().map(Rule::position).toList());
        other.store.read(rd -> {
            Category salary = rd.get(Schema.CATEGORIES, his.get(2).categoryId()).orElseThrow();
            assertEquals(List.of(bob.userId(), TxKind.INCOME, "Salary"), List.of(salary.userId(), salary.kind(), salary.name()));
            Account savings = rd.get(Schema.ACCOUNTS, his.get(2).accountId()).orElseThrow();
            assertEquals(List.of(bob.userId(), "Savings"), List.of(savings.userId(), savings.name()));
            ImportProfile sparkasse = rd.findUnique(Schema.PROFILES_BY_NAME, bob.userId(), "sparkasse").orElseThrow();
            assertEquals(savings.id(), sparkasse.accountId());
            assertEquals(List.of("Soll", "Haben"), sparkasse.columns().get("amount"));
            return null;
        });

        BackupService.Merged again = other.backups.importOwn(bob, new StringReader(alices));
        assertEquals(List.of(0L, 0L), List.of(again.rules(), again.profiles()), "the same rules and the same names are not added twice");
        assertEquals(4, rules(other.store).stream().filter(x -> x.userId() == bob.userId()).count());
        assertTrue(other.store.check().ok(), () -> other.store.check().problems().toString());
    }

    private static final String HEAD = "{\"format\":\"finterm-backup\",\"version\":5,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":2}],"
            + "\"accounts\":[" + account(1, 1) + "," + account(2, 2) + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"},{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"}],";

    private static String account(long id, long user) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"Main\",\"type\":\"checking\",\"currency\":\"EUR\","
                + "\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    private static String rule(String more) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", "5");
        f.put("user", "1");
        f.put("position", "1");
        f.put("field", "\"payee\"");
        f.put("match", "\"text\"");
        f.put("pattern", "\"rewe\"");
        f.put("account", "0");
        f.put("category", "1");
        for (String kv : more.isEmpty() ? new String[0] : more.split(";")) {
            String[] p = kv.split("=", 2);
            f.put(p[0], p[1]);
        }
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return HEAD + "\"rules\":[" + b + "}]}";
    }

    private static String profile(String more) {
        String columns = more.contains("\"columns\"") ? "" // a CSV profile reads a date and an amount
                : "\"columns\":[{\"role\":\"date\",\"column\":\"Datum\"},{\"role\":\"amount\",\"column\":\"Betrag\"}],";
        return HEAD + "\"profiles\":[{\"id\":3,\"user\":1,\"name\":\"Bank\",\"format\":\"csv\",\"delimiter\":\";\",\"encoding\":\"UTF-8\","
                + columns + "\"skip\":0,\"negate\":false,\"account\":0" + more + "}]}";
    }

    @Test
    void aRuleOrProfileThatPointsNowhereOrIsWrongIsRefusedNamingItAndWritesNothing() {
        Store good = Store.inMemory();
        new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(rule("")));
        assertEquals(1, rules(good).size());

        String rule = "$.rules[0] (rule 5).";
        String profile = "$.profiles[0] (profile 3).";
        String[][] cases = {
            {rule("category=2"), rule + "category: category 2 belongs to another user"},
            {rule("category=9"), rule + "category: names category 9, which is not in the backup"},
            {rule("account=2"), rule + "account: account 2 belongs to another user"},
            {rule("account=8"), rule + "account: names account 8, which is not in the backup"},
            {rule("user=7"), rule + "user: names user 7, who is not in the backup"},
            {rule("match=\"glob\""), rule + "match: 'glob' is not one of text, word, regex"},
            {rule("field=\"memo\""), rule + "field: 'memo' is not one of payee, description, any"},
            // the group is found unclosed at the end, one past the five characters
            {rule("match=\"regex\";pattern=\"(rewe\""), rule + "match: the regular expression is wrong at character 5 (Unclosed group): (rewe"},
            {rule("min=\"ten\""), rule + "min: 'ten' is not a number"},
            {rule("min=\"9\";max=\"1\""), rule + "min: 9 is more than --max 1"},
            // positions are how commands name rules: a gap would make rule 2 unreachable
            {rule("position=\"2\""), "$.rules: the rules of user 1 are at [2], not at 1 to 1 without gaps"},
            // a bound that would be a gigabyte of digits written out
            {rule("min=\"1e999999999\""), rule + "min: at most 13 digits before the point and 3 after it"},
            {rule("tags=\"a\""), rule + "tags: is not a list"},
            {profile(",\"account\":2"), profile + "account: account 2 belongs to another user"},
            {profile(",\"delimiter\":\";;\""), profile + "delimiter: ';;' is not one character"},
            {profile(",\"delimiter\":\"x\""), profile + "separator: a CSV profile's separator is , ; | or tab"},
            {profile("").replace("\"encoding\":\"UTF-8\",", ""), profile + "encoding: a CSV profile names its encoding"},
            {profile(",\"format\":\"ofx\""), profile + "format: a profile is for a bank CSV or a QIF file, not ofx"},
            {profile(",\"columns\":[\"date\"]"), profile + "columns[0]: is not a record of role and column"},
            {profile(",\"columns\":[{\"column\":\"Datum\"}]"), profile + "columns[0].role: is missing"},
            // each would be restored, and refused only at the next import
            {profile(",\"dateFormat\":\"qq.zz\""), profile + "date format: 'qq.zz' is not a date pattern"},
            {profile(",\"dateFormat\":\"dd.MM.yyyy|dd.MM.yy|d.M.yy\""), profile + "date format: 'dd.MM.yyyy|dd.MM.yy|d.M.yy' has more than two"},
            {profile(",\"dateFormat\":\"dd.MM.yyyy{\""), profile + "date format: 'dd.MM.yyyy{' is not a date pattern ("},
            {profile(",\"columns\":[]"), profile + "columns: a CSV profile needs a date column, and an amount column or a debit and a credit"},
            {profile(",\"columns\":[{\"role\":\"date\",\"column\":\"Datum\"},{\"role\":\"debit\",\"column\":\"Soll\"}]"),
                profile + "columns: a CSV profile needs a date column"},
            {profile("").replace("}]}", "},{\"id\":4,\"user\":1,\"name\":\"BANK\",\"format\":\"qif\",\"skip\":0,\"negate\":false,"
                    + "\"account\":0}]}"), "$.profiles[1] (profile 4): "},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.RULES) + rd.count(Schema.PROFILES)), c[1]);
        }
    }

    @Test
    void theCommittedBackupOfVersionFourRestoresAsItsStoreMigrates() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format5").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":4,"), "the fixture is a backup of version 4");
        Store restored = Store.inMemory();
        BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
        assertEquals(List.of(3L, 7L, 0L, 0L), List.of(r.users(), r.imports(), r.rules(), r.profiles()),
                "as its README says: three users and seven imports; a backup of version 4 has no rules nor profiles");
        try (Store migrated = Store.open(StoreFixtures.copyStore("format5", temp.resolve("store")))) {
            assertEquals(rows(migrated, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)),
                    rows(restored, Schema.TRANSACTIONS, Comparator.comparingLong(Transaction::id)), "the same transactions, origins included");
            assertEquals(rows(migrated, Schema.IMPORTS, Comparator.comparingLong(ImportBatch::id)),
                    rows(restored, Schema.IMPORTS, Comparator.comparingLong(ImportBatch::id)), "the same imports");
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(migrated).fixture();
            LocalDate day = LocalDate.of(2026, 12, 31);
            for (String user : List.of("alice", "bob", "carol")) {
                char[] pw = (user + "-fixture-pw5").toCharArray();
                assertEquals(fromStore.accountBook.list(fromStore.accounts.login(user, pw.clone(), "cli"), day),
                        fromBackup.accountBook.list(fromBackup.accounts.login(user, pw.clone(), "cli"), day), user + "'s accounts and balances");
            }
            assertEquals(export(fromStore, fromStore.accounts.login("carol", "carol-fixture-pw5".toCharArray(), "cli")),
                    export(fromBackup, fromBackup.accounts.login("carol", "carol-fixture-pw5".toCharArray(), "cli")),
                    "the restored store and the migrated one write the same backup of version " + Backup.VERSION);
        }
        assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
    }
}
