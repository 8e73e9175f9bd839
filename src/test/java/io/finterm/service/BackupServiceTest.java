package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.AccountType;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.format.Backup;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackupServiceTest {
    final Accounts fx = new Accounts();

    /**
     * A few thousand transactions for alice and bob, with budgets and a rate; each also has a
     * savings account and a card in USD, transfers between them and Main, and entries in USD.
     */
    private void fill() {
        Random r = new Random(11);
        String[] expense = {"Groceries", "Dining", "Rent", "Travel"};
        for (Session s : List.of(fx.alice(), fx.bob())) {
            // dollars are booked in an account in dollars
            fx.accountBook.add(s, new NewAccount("Dollars", null, Currency.getInstance("USD"), null, null, true));
            StringBuilder csv = new StringBuilder("date,type,category,amount,currency,account,description\n");
            for (int i = 0; i < 1500; i++) {
                boolean income = r.nextInt(10) == 0;
                csv.append(LocalDate.of(2023, 1, 1).plusDays(r.nextInt(700))).append(',')
                        .append(income ? "income,Salary," : "expense," + expense[r.nextInt(expense.length)] + ",")
                        .append(1 + r.nextInt(50000)).append('.').append(String.format("%02d", r.nextInt(100))).append(',')
                        .append(r.nextInt(5) == 0 ? "USD,Dollars" : "EUR,").append(",\"item ").append(i).append(", \"\"quoted\"\"\"\n");
            }
            fx.imports.importCsv(s, new StringReader(csv.toString()), new ImportService.Options(false, true), n -> { });
            fx.accountBook.add(s, new NewAccount("Savings", AccountType.SAVINGS, null, "1000.00", LocalDate.of(2022, 12, 1), true));
            fx.accountBook.add(s, new NewAccount("US card", AccountType.CREDIT, Currency.getInstance("USD"), "-12.34",
                    LocalDate.of(2022, 12, 1), false));
            for (int m = 0; m < 12; m++) {
                LocalDate day = LocalDate.of(2023, 1, 28).plusMonths(m);
                fx.transfers.transfer(s, new TransferEntry("Main", "Savings", (100 + m) + ".00", null, day, "saving " + m + " " + s.username()));
                fx.transactions.add(s, new Entry(day, TxKind.EXPENSE, "Travel", Money.of(2_000 + m, "USD"), "taxi " + m + " " + s.username(), "US card"));
                fx.transfers.transfer(s, new TransferEntry("Main", "US card", "18.00", "20.00", day.plusDays(1), "card " + m + " " + s.username()));
            }
            fx.budgets.set(s, "Groceries", YearMonth.of(2024, 1), Money.of(40000, "EUR"));
            fx.budgets.copyForward(s, YearMonth.of(2024, 1), YearMonth.of(2024, 6));
            fx.categories.add(s, TxKind.EXPENSE, "Unused " + s.username());
        }
        fx.store.write(tx -> tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2024, 1, 2),
                Currency.getInstance("USD"), new BigDecimal("1.0956"))));
        fx.ownAccount.addKey(fx.alice(), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop");
    }

    private String export(Accounts from, Session s) {
        StringWriter w = new StringWriter();
        from.backups.export(s, w);
        return w.toString().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }

    @Test
    void exportRestoreExportGivesIdenticalData() {
        fill();
        String first = export(fx, fx.admin());
        Store empty = Store.inMemory();
        BackupService restorer = new BackupService(empty, fx.accounts, fx.clock);
        BackupService.Restored r = restorer.restore(new StringReader(first));
        assertEquals(3, r.users());
        assertEquals(3000 + 2 * (12 * 5), r.transactions(), "per user 1,500 imported, 12 card expenses and 24 transfers of two legs");
        assertEquals(3 + 2 * 3, r.accounts(), "Main for each, and Dollars, Savings and US card for alice and bob");
        Accounts again = new Accounts.Restored(empty).fixture();
        assertEquals(first, export(again, again.admin()));
        assertTrue(empty.check().ok());
        assertEquals("alice", again.alice().username(), "passwords survive the round trip");
        assertEquals(1, again.ownAccount.listKeys(again.alice()).size(), "and so do the SSH keys");
        assertEquals(accountLines(fx, fx.alice()), accountLines(again, again.alice()), "accounts, balances and the default");
        assertEquals(accountLines(fx, fx.bob()), accountLines(again, again.bob()));
        Transaction leg = again.transactions.list(again.alice(), Filter.ALL, Sort.DATE_ASC, 0, 10_000).stream()
                .map(Listed::transaction).filter(Transaction::isTransfer).findFirst().orElseThrow();
        TransferService.Transfer transfer = again.transfers.get(again.alice(), leg.id());
        assertEquals(List.of("Main", "Savings", "100.00"), List.of(name(again, transfer.out()), name(again, transfer.in()),
                transfer.in().amount().toDecimalString()), "a transfer keeps both its legs");
    }

    /** Each account as name, type, currency, opening, counted, closed, balance today and whether it is the default. */
    private static List<String> accountLines(Accounts fx, Session s) {
        return fx.accountBook.list(s).stream().map(l -> l.account().name() + " " + l.account().type().word() + " "
                + l.account().opening() + " " + l.account().openingDate() + " " + l.account().inNetWorth() + " "
                + l.account().closed() + " " + l.balance() + (l.isDefault() ? " default" : "")).toList();
    }

    private static String name(Accounts fx, Transaction t) {
        return fx.store.read(rd -> rd.get(Schema.ACCOUNTS, t.accountId())).orElseThrow().name();
    }

    @Test
    void aUsersExportHoldsOnlyTheirDataAndNoHash() {
        fill();
        String mine = export(fx, fx.alice());
        assertTrue(mine.contains("\"scope\":\"user\""));
        assertTrue(mine.contains("\"username\":\"alice\""));
        assertFalse(mine.contains("\"username\":\"bob\""));
        assertFalse(mine.contains("argon2"));
        long transactions = mine.split("\"description\"", -1).length - 1;
        assertEquals(1500 + 12 * 5, transactions);
        assertTrue(mine.contains("\"name\":\"US card\",\"type\":\"credit\",\"currency\":\"USD\",\"opening\":\"-12.34\""), mine);
        assertTrue(export(fx, fx.admin()).contains("$argon2id$"), "the full backup keeps the hashes");
    }

    @Test
    void restoringIntoAStoreWithAccountsIsRefused() {
        String backup = export(fx, fx.admin());
        assertEquals("the store already has accounts; restore into an empty data directory",
                assertThrows(FintermException.class, () -> fx.backups.restore(new StringReader(backup))).getMessage());
    }

    @Test
    void aUsersExportIsNotAFullBackup() {
        String mine = export(fx, fx.alice());
        Store empty = Store.inMemory();
        assertEquals("this is one person's export, not a full backup; only an administrator's export restores a store",
                assertThrows(FintermException.class, () -> new BackupService(empty, fx.accounts, fx.clock)
                        .restore(new StringReader(mine))).getMessage());
    }

    @Test
    void damagedBackupsSayWhereAndChangeNothing() {
        fill();
        String good = export(fx, fx.admin());
        int cut = good.indexOf("\"transactions\"") + 2000;
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {good.substring(0, cut), "the backup is damaged at $.transactions["});
        cases.add(new String[] {good.replace("\"version\":" + Backup.VERSION, "\"version\":8"), "this backup has version 8; this finterm reads versions 1 to 7"});
        cases.add(new String[] {good.replace("finterm-backup", "something-else"), "this is not a finterm backup"});
        cases.add(new String[] {good.replaceFirst("\"amount\":\"[0-9.]+\"", "\"amount\":\"-3\""),
            "$.transactions[0] (transaction 1).amount: must be greater than zero"});
        cases.add(new String[] {good.replaceFirst("\"date\":\"2023-[0-9-]+\"", "\"date\":\"2023-02-30\""), "$.transactions[0] (transaction 1): "});
        cases.add(new String[] {good.replaceFirst("\"category\":[0-9]+", "\"category\":999999"),
            "$.transactions[0] (transaction 1).category: names category 999999, which is not in the backup"});
        cases.add(new String[] {"{\"format\":\"finterm-backup\",\"users\":[{\"id\":1}]}",
            "this backup does not say its version before its data"});
        cases.add(new String[] {"{\"format\":\"finterm-backup\"", "the backup is damaged at $.format (line 1, column 26): it ends too early; the file is truncated"});
        cases.add(new String[] {"[1,2,3]", "the backup is damaged at $ (line 1, column 1): expected an object but found a list"});
        cases.add(new String[] {"", "the backup is damaged at $ (line 1, column 1): it ends too early; the file is truncated"});
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])));
            assertTrue(e.getMessage().startsWith(c[1]), c[1] + " <> " + e.getMessage());
            assertTrue(!e.getMessage().contains("http") && !e.getMessage().contains("\n"), "one sentence, no link: " + e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.TRANSACTIONS)));
        }
    }

    private static final String USERS = "{\"format\":\"finterm-backup\",\"version\":2,\"scope\":\"full\",\"users\":["
            + "{\"id\":1,\"username\":\"alice\",\"role\":\"admin\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":1},"
            + "{\"id\":2,\"username\":\"bob\",\"role\":\"user\",\"passwordHash\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"baseCurrency\":\"EUR\",\"defaultAccount\":3}],";
    private static final String ACCOUNTS = "\"accounts\":["
            + account(1, 1, "Main", "EUR") + "," + account(2, 1, "Savings", "EUR") + "," + account(3, 2, "Main", "EUR") + ","
            + account(4, 1, "Dollars", "USD") + "],"
            + "\"categories\":[{\"id\":1,\"user\":1,\"type\":\"expense\",\"name\":\"Food\"},"
            + "{\"id\":2,\"user\":2,\"type\":\"expense\",\"name\":\"Food\"}],";

    private static String account(long id, long user, String name, String currency) {
        return "{\"id\":" + id + ",\"user\":" + user + ",\"name\":\"" + name + "\",\"type\":\"checking\",\"currency\":\""
                + currency + "\",\"opening\":\"0\",\"openingDate\":\"2026-01-01\",\"inNetWorth\":true,\"closed\":false}";
    }

    /** A transaction of alice's (user 1): {@code "account":1,"type":"expense","category":1}, or a leg's fields. */
    private static String tx(long id, String fields) {
        return "{\"id\":" + id + ",\"user\":1,\"date\":\"2026-02-01\",\"amount\":\"5.00\",\"currency\":\"EUR\","
                + fields + "}";
    }

    private static String leg(long id, String type, long account, long other) {
        return tx(id, "\"account\":" + account + ",\"type\":\"" + type + "\",\"transfer\":" + other);
    }

    private static String backup(String users, String... transactions) {
        return users + ACCOUNTS + "\"transactions\":[" + String.join(",", transactions) + "]}";
    }

    @Test
    void everyReferenceBetweenRecordsIsCheckedAndTheMessageSaysWhere() {
        String out = leg(1, "transfer out", 1, 2);
        String in = leg(2, "transfer in", 2, 1);
        Store good = Store.inMemory();
        BackupService.Restored r = new BackupService(good, fx.accounts, fx.clock).restore(new StringReader(backup(USERS, out, in,
                tx(3, "\"account\":1,\"type\":\"expense\",\"category\":1"))));
        assertEquals(List.of(2L, 4L, 3L), List.of(r.users(), r.accounts(), r.transactions()), "the well-formed file restores");
        assertTrue(good.check().ok(), () -> good.check().problems().toString());

        String[][] cases = {
            {backup(USERS, tx(1, "\"account\":9,\"type\":\"expense\",\"category\":1")),
                "$.transactions[0] (transaction 1).account: names account 9, which is not in the backup"},
            {backup(USERS, tx(1, "\"account\":3,\"type\":\"expense\",\"category\":1")),
                "$.transactions[0] (transaction 1).account: account 3 belongs to another user"},
            {backup(USERS, tx(1, "\"account\":4,\"type\":\"expense\",\"category\":1")),
                "$.transactions[0] (transaction 1).currency: is EUR, but account 4 is in USD"},
            {backup(USERS, tx(1, "\"account\":1,\"type\":\"expense\",\"category\":2")),
                "$.transactions[0] (transaction 1).category: category 2 belongs to another user"},
            {backup(USERS, out), "$.transactions[0] (transaction 1).transfer: its other leg, 2, is not in the backup or names another leg"},
            {backup(USERS, out, leg(2, "transfer out", 2, 1)),
                "$.transactions[1] (transaction 2).transfer: both legs, 1 and 2, are transfer out; one goes out and the other comes in"},
            {backup(USERS, out, leg(2, "transfer in", 1, 1)), "$.transactions[1] (transaction 2).transfer: both legs are in account 1"},
            {backup(USERS, out, leg(2, "transfer in", 2, 1).replace("2026-02-01", "2026-02-02")),
                "$.transactions[1] (transaction 2).transfer: its other leg, 1, is on 2026-02-01, and this one on 2026-02-02"},
            {backup(USERS, out, leg(2, "transfer in", 2, 1).replace("5.00", "6.00")),
                "$.transactions[1] (transaction 2).transfer: 5.00 went out but 6.00 came in, in one currency"},
            {backup(USERS, out.replace("}", ",\"description\":\"rent\"}"), in.replace("}", ",\"description\":\"rant\"}")),
                "$.transactions[1] (transaction 2).transfer: its other leg, 1, says 'rent' and this one 'rant'; the legs of a transfer"
                        + " share one description"},
            {backup(USERS, out, leg(3, "transfer in", 2, 1), leg(2, "transfer in", 2, 7)),
                "$.transactions[2] (transaction 2).transfer: names leg 7, but its other leg is 1 (at $.transactions[0])"},
            {backup(USERS.replace("\"defaultAccount\":3", "\"defaultAccount\":1")),
                "$.users[1].defaultAccount: account 1 belongs to another user"},
            {backup(USERS.replace("\"defaultAccount\":3", "\"defaultAccount\":8")),
                "$.users[1].defaultAccount: names account 8, which is not in the backup"},
            {backup(USERS.replace(",\"defaultAccount\":3", "")), "$.users[1].defaultAccount: is missing"},
            {backup(USERS).replace("\"user\":2,\"name\":\"Main\"", "\"user\":5,\"name\":\"Main\""),
                "$.accounts[2].user: names user 5, who is not in the backup"},
        };
        for (String[] c : cases) {
            Store empty = Store.inMemory();
            FintermException e = assertThrows(FintermException.class,
                    () -> new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(c[0])), c[1]);
            assertEquals(c[1], e.getMessage());
            assertEquals(0L, (long) empty.read(rd -> rd.count(Schema.USERS) + rd.count(Schema.ACCOUNTS)));
        }
    }

    @Test
    void aPersonsExportMergesIntoAnotherAccountSkippingDuplicates() {
        fill();
        String alices = export(fx, fx.alice());
        Session bob = fx.bob();
        long bobsBefore = fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size();
        BackupService.Merged first = fx.backups.importOwn(bob, new StringReader(alices));
        assertEquals(new BackupService.Merged(1560, 0, 1, 0, 0, 0, 0, 0, 0, 0), first,
                "one new category (Unused alice); Groceries budgets exist; bob has accounts of the same names");
        BackupService.Merged again = fx.backups.importOwn(bob, new StringReader(alices));
        assertEquals(0, again.transactions());
        assertEquals(1560, again.duplicates());
        assertEquals(bobsBefore + 1560, fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size());
        assertEquals("this is a full backup; restore it into an empty data directory with finterm restore",
                assertThrows(FintermException.class, () -> fx.backups.importOwn(bob, new StringReader(export(fx, fx.admin()))))
                        .getMessage());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void importingAPersonsExportOfVersionOneBooksEachCurrencyAsTheMigrationWould() {
        String v1 = "{\"format\":\"finterm-backup\",\"version\":1,\"scope\":\"user\",\"users\":[{\"id\":7,"
                + "\"username\":\"ana\",\"role\":\"user\",\"createdAt\":\"2024-05-01T10:00:00Z\",\"baseCurrency\":\"EUR\"}],"
                + "\"categories\":[{\"id\":3,\"user\":7,\"type\":\"expense\",\"name\":\"Dining\"}],"
                + "\"transactions\":[{\"id\":1,\"user\":7,\"date\":\"2024-06-01\",\"type\":\"expense\",\"category\":3,"
                + "\"amount\":\"12.50\",\"currency\":\"EUR\",\"description\":\"lunch\"},"
                + "{\"id\":2,\"user\":7,\"date\":\"2024-06-02\",\"type\":\"expense\",\"category\":3,"
                + "\"amount\":\"20.00\",\"currency\":\"USD\",\"description\":\"diner\"}]}";
        Session bob = fx.bob();
        BackupService.Merged merged = fx.backups.importOwn(bob, new StringReader(v1));
        assertEquals(new BackupService.Merged(2, 0, 0, 0, 1, 0, 0, 0, 0, 0), merged, "bob has Main and Dining; Main (USD) is new");
        assertEquals(List.of("Main checking 0.00 EUR 2026-03-05 true false -12.50 EUR default",
                "Main (USD) checking 0.00 USD 2024-06-02 true false -20.00 USD"), accountLines(fx, bob));
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void importingAnExportMapsAccountsByNameAndCreatesTheMissingOnesWithTheirTransfers() {
        fill();
        Session alice = fx.alice();
        fx.accountBook.rename(alice, "US card", "Amex");
        String alices = export(fx, alice);
        Session bob = fx.bob();
        List<String> before = accountLines(fx, bob);
        BackupService.Merged merged = fx.backups.importOwn(bob, new StringReader(alices));
        assertEquals(1, merged.accounts(), "Amex is new; Main and Savings are bob's own");
        List<String> after = accountLines(fx, bob);
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.stream().anyMatch(l -> l.startsWith("Amex credit -12.34 USD 2022-12-01 false false ")), after.toString());
        assertEquals(accountLines(fx, alice).stream().filter(l -> l.startsWith("Amex")).toList(),
                after.stream().filter(l -> l.startsWith("Amex")).toList(), "the same opening, transactions and so balance");
        Transaction leg = fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).stream().map(Listed::transaction)
                .filter(t -> t.isTransfer() && t.description().equals("card 3 alice")).findFirst().orElseThrow();
        TransferService.Transfer t = fx.transfers.get(bob, leg.id());
        assertEquals(List.of("Main", "Amex", "18.00 EUR", "20.00 USD"), List.of(name(fx, t.out()), name(fx, t.in()),
                t.out().amount().toString(), t.in().amount().toString()));
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());

        fx.accountBook.add(bob, new NewAccount("Euro card", AccountType.CREDIT, null, null, null, true));
        fx.accountBook.rename(alice, "Amex", "Euro card");
        String conflicting = export(fx, alice);
        long bobsRows = fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size();
        assertEquals("$.accounts[1].account: your account 'Euro card' is in EUR, but the export's is in USD;"
                + " rename one of them and import again", assertThrows(FintermException.class,
                () -> fx.backups.importOwn(bob, new StringReader(conflicting))).getMessage());
        assertEquals(bobsRows, fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size(), "nothing was imported");
    }

    @Test
    void importingIntoOnesOwnClosedAccountIsRefusedNamingItAndWritesNothing() {
        Session alice = fx.alice();
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "50", null, LocalDate.of(2026, 3, 2), "aside"));
        String alices = export(fx, alice);
        Session bob = fx.bob();
        fx.accountBook.add(bob, NewAccount.named("savings"));
        fx.accountBook.close(bob, "savings");
        List<String> accountsBefore = accountLines(fx, bob);
        long rowsBefore = fx.store.read(rd -> rd.count(Schema.TRANSACTIONS) + rd.count(Schema.CATEGORIES));

        FintermException e = assertThrows(FintermException.class, () -> fx.backups.importOwn(bob, new StringReader(alices)));
        assertEquals("$.transactions[2] (transaction 3).account: your account 'savings' is closed; reopen it first, then import again", e.getMessage());
        assertEquals(accountsBefore, accountLines(fx, bob));
        assertEquals(rowsBefore, (long) fx.store.read(rd -> rd.count(Schema.TRANSACTIONS) + rd.count(Schema.CATEGORIES)),
                "not even the lunch in the open Main is booked");

        fx.accountBook.reopen(bob, "savings");
        assertEquals(3, fx.backups.importOwn(bob, new StringReader(alices)).transactions());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }
}
