package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
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

    /** A few thousand transactions in two currencies for alice and bob, with budgets and a rate. */
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
        assertEquals(3000, r.transactions());
        Accounts again = new Accounts.Restored(empty).fixture();
        assertEquals(first, export(again, again.admin()));
        assertTrue(empty.check().ok());
        assertEquals("alice", again.alice().username(), "passwords survive the round trip");
        assertEquals(1, again.ownAccount.listKeys(again.alice()).size(), "and so do the SSH keys");
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
        assertEquals(1500, transactions);
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
        cases.add(new String[] {good.replace("\"version\":1", "\"version\":7"), "this backup has version 7; this finterm reads version 1"});
        cases.add(new String[] {good.replace("finterm-backup", "something-else"), "this is not a finterm backup"});
        cases.add(new String[] {good.replaceFirst("\"amount\":\"[0-9.]+\"", "\"amount\":\"-3\""),
            "$.transactions[0].amount: must be greater than zero"});
        cases.add(new String[] {good.replaceFirst("\"date\":\"2023-[0-9-]+\"", "\"date\":\"2023-02-30\""), "$.transactions[0]: "});
        cases.add(new String[] {good.replaceFirst("\"category\":[0-9]+", "\"category\":999999"),
            "$.transactions[0]: category 999999 does not exist"});
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

    @Test
    void aPersonsExportMergesIntoAnotherAccountSkippingDuplicates() {
        fill();
        String alices = export(fx, fx.alice());
        Session bob = fx.bob();
        long bobsBefore = fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size();
        BackupService.Merged first = fx.backups.importOwn(bob, new StringReader(alices));
        assertEquals(new BackupService.Merged(1500, 0, 1, 0), first, "one new category (Unused alice); Groceries budgets exist");
        BackupService.Merged again = fx.backups.importOwn(bob, new StringReader(alices));
        assertEquals(0, again.transactions());
        assertEquals(1500, again.duplicates());
        assertEquals(bobsBefore + 1500, fx.transactions.list(bob, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size());
        assertEquals("this is a full backup; restore it into an empty data directory with finterm restore",
                assertThrows(FintermException.class, () -> fx.backups.importOwn(bob, new StringReader(export(fx, fx.admin()))))
                        .getMessage());
        assertTrue(fx.store.check().ok());
    }
}
