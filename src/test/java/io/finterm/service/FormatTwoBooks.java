package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import io.finterm.testdata.StoreFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the books of {@code src/test/resources/stores/format2} must hold once they have accounts,
 * worked out here from what they were made of (the CSV files and the README's commands), never
 * from what finterm computes: the accounts the README lists, their balances, the totals of several
 * periods, the budgets, the SSH key, the roles and the logins. The migrated store and the restored
 * version-1 backup are both checked against it.
 */
final class FormatTwoBooks {
    static final Path INPUTS = StoreFixtures.resources("format2");
    /** The CSV files the format-2 store was filled from: the format-1 fixture's, as its README says. */
    private static final Path CSV_FILES = StoreFixtures.resources("format1");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    /** One transaction as it was put in: amounts in minor units. */
    record Row(LocalDate date, TxKind kind, String category, long minor, Currency currency, String description) {
        long signed() {
            return kind == TxKind.INCOME ? minor : -minor;
        }
    }

    private FormatTwoBooks() {
    }

    /** The user's rows: their CSV file (all in EUR), and the README's {@code add} commands. */
    static List<Row> rows(String user) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(CSV_FILES.resolve(user + ".csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 5);
            rows.add(new Row(LocalDate.parse(f[0]), TxKind.parse(f[1]), f[2], cents(f[3]), EUR, f[4]));
        }
        if (user.equals("alice")) {
            rows.add(new Row(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Dining", 2340, EUR, "dinner with Ana"));
            rows.add(new Row(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", 4100, USD, "diner in Boston"));
            rows.add(new Row(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Shopping", 1500, Currency.getInstance("GBP"), "book in London"));
            rows.add(new Row(LocalDate.of(2026, 11, 4), TxKind.INCOME, "Freelance", 30000, USD, "US client"));
        }
        if (user.equals("bob")) {
            rows.add(new Row(LocalDate.of(2026, 11, 5), TxKind.EXPENSE, "Transport", 1230, USD, "metro card"));
        }
        return rows;
    }

    private static long cents(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    static Session login(Accounts fx, String user) {
        return fx.accounts.login(user, (user + "-fixture-pw2").toCharArray(), "cli");
    }

    /** The README: alice has Main (EUR), Main (USD) and Main (GBP); bob Main in USD and Main (EUR); carol Main. */
    static void accountsAreTheReadmes(Accounts fx) {
        assertEquals(List.of("Main (GBP) GBP", "Main (USD) USD", "Main EUR default"), accounts(fx, "alice"));
        assertEquals(List.of("Main (EUR) EUR", "Main USD default"), accounts(fx, "bob"));
        assertEquals(List.of("Main EUR default"), accounts(fx, "carol"));
        for (String user : List.of("alice", "bob", "carol")) {
            for (AccountLine line : fx.accountBook.list(login(fx, user))) {
                assertEquals("checking", line.account().type().word(), user);
                assertEquals(0, line.account().opening().minor(), user);
                assertTrue(line.account().inNetWorth() && !line.account().closed(), user);
            }
        }
    }

    private static List<String> accounts(Accounts fx, String user) {
        return fx.accountBook.list(login(fx, user)).stream().map(l -> l.account().name() + " "
                + l.account().currency().getCurrencyCode() + (l.isDefault() ? " default" : "")).sorted().toList();
    }

    /** Each account's balance on several days is the sum of the rows of its currency up to that day. */
    static void balancesAreThoseOfTheRows(Accounts fx) throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            Session s = login(fx, user);
            Currency base = fx.accounts.profile(s).baseCurrency();
            List<Row> rows = rows(user);
            for (AccountLine line : fx.accountBook.list(s)) {
                Currency currency = line.account().currency();
                assertEquals(line.account().name(), currency.equals(base) ? "Main" : "Main (" + currency.getCurrencyCode() + ")");
                for (LocalDate day : List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 12, 14), LocalDate.of(2026, 11, 4),
                        LocalDate.of(2030, 1, 1))) {
                    long expected = rows.stream().filter(r -> r.currency().equals(currency) && !r.date().isAfter(day))
                            .mapToLong(Row::signed).sum();
                    assertEquals(new Money(expected, currency), fx.accountBook.get(s, line.account().name(), day).balance(),
                            user + " " + line.account().name() + " on " + day);
                }
            }
        }
    }

    /** {@code report totals --by month,category} for several periods: the rows in the base currency; the others are left out. */
    static void totalsAreThoseOfTheRows(Accounts fx) throws Exception {
        List<LocalDate[]> periods = List.of(new LocalDate[] {null, null},
                new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)},
                new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)});
        for (String user : List.of("alice", "bob", "carol")) {
            totals(fx, user, periods);
        }
        // bob's 1,100 imported rows are in EUR and his base currency is now USD: seen in EUR, they count too
        Session bob = login(fx, "bob");
        fx.ownAccount.changeBaseCurrency(bob, EUR);
        totals(fx, "bob", periods);
        fx.ownAccount.changeBaseCurrency(bob, USD);
    }

    private static void totals(Accounts fx, String user, List<LocalDate[]> periods) throws Exception {
        {
            Session s = login(fx, user);
            Currency base = fx.accounts.profile(s).baseCurrency();
            for (LocalDate[] p : periods) {
                Map<String, List<Long>> expected = new TreeMap<>();
                long others = 0;
                for (Row r : rows(user)) {
                    if ((p[0] != null && r.date().isBefore(p[0])) || (p[1] != null && r.date().isAfter(p[1]))) {
                        continue;
                    }
                    if (!r.currency().equals(base)) {
                        others++; // no rate on or before its day (the rates are of 2026-11-18 to -20): left out
                        continue;
                    }
                    String key = YearMonth.from(r.date()) + " " + r.category() + " " + r.kind().label();
                    List<Long> v = expected.getOrDefault(key, List.of(0L, 0L));
                    expected.put(key, List.of(v.get(0) + 1, v.get(1) + r.minor()));
                }
                Totals totals = fx.reports.totals(s, p[0], p[1], Totals.By.MONTH_CATEGORY, null, Filter.ALL);
                Map<String, List<Long>> actual = new TreeMap<>();
                for (Totals.Row row : totals.rows()) {
                    assertEquals(base, row.total().currency());
                    actual.put(row.month() + " " + row.category() + " " + row.type().label(), List.of(row.count(), row.total().minor()));
                }
                String what = user + " in " + base + " from " + p[0] + " to " + p[1];
                assertEquals(expected, actual, what);
                assertEquals(others, totals.conversion().leftOut().stream().mapToLong(l -> l.count()).sum(), what);
            }
        }
    }

    /** The README's budgets, alice's SSH key, the roles, and the logins with the README's passwords. */
    static void budgetsKeysRolesAndLoginsAreKept(Accounts fx) {
        Session alice = login(fx, "alice");
        assertEquals(List.of(budget("Groceries", "2026-10", 40_000), budget("Rent", "2026-10", 95_000)),
                fx.budgets.list(alice, YearMonth.of(2026, 10)).stream()
                        .sorted(java.util.Comparator.comparing(BudgetLine::category)).toList());
        assertEquals(List.of(budget("Dining", "2026-11", 12_050)), fx.budgets.list(alice, YearMonth.of(2026, 11)));
        assertEquals(List.of(budget("Transport", "2026-11", 6_000)), fx.budgets.list(login(fx, "bob"), YearMonth.of(2026, 11)));
        // The fingerprint as `ssh-keygen -lf key.pub` prints it.
        assertEquals(List.of("SHA256:3yntzk1EwG/4d2BdNqttOHKlJqZ1hLCjBz01j16bl9w alice@laptop"),
                fx.ownAccount.listKeys(alice).stream().map(k -> k.fingerprint() + " " + k.comment()).toList());
        assertEquals(Role.ADMIN, fx.accounts.profile(login(fx, "carol")).role());
        assertEquals(Role.USER, fx.accounts.profile(login(fx, "bob")).role());
        assertEquals(USD, fx.accounts.profile(login(fx, "bob")).baseCurrency());
    }

    private static BudgetLine budget(String category, String month, long cents) {
        return new BudgetLine(category, YearMonth.parse(month), new Money(cents, EUR));
    }
}
