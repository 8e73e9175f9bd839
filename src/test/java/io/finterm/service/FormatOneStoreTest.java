package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import io.finterm.store.Store;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the format-1 finterm wrote (see {@code src/test/resources/stores/format1/README.md})
 * opens in this finterm, is migrated, and holds exactly what it was made of: every row of the CSV
 * files it imported, the same totals worked out here from those files, the budgets, the rates and
 * the SSH key that were set, and the same logins.
 */
class FormatOneStoreTest {
    private static final Path INPUTS = StoreFixtures.resources("format1");
    @TempDir
    Path temp;
    Store store;
    Accounts services;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format1", temp.resolve("store")));
        assertEquals(1, store.migration().from());
        services = new Accounts.Restored(store).fixture();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Session login(String name) {
        return services.accounts.login(name, (name + "-fixture-pw1").toCharArray(), "cli");
    }

    /** The rows a user imported, as {@code date,type,category,amount,description}, plus what was added by hand. */
    private static List<String> imported(String user) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(INPUTS.resolve(user + ".csv"), StandardCharsets.UTF_8));
        lines.remove(0);
        if (user.equals("alice")) {
            lines.add("2026-11-20,expense,Dining,23.40,dinner with Ana");
        }
        return lines;
    }

    private static String line(Listed l) {
        Transaction t = l.transaction();
        assertEquals(Currency.getInstance("EUR"), t.amount().currency());
        return t.date() + "," + t.kind().label() + "," + l.category() + "," + t.amount().toDecimal().toPlainString()
                + "," + t.description();
    }

    @Test
    void everyImportedRowIsThereExactly() throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            Session s = login(user);
            List<String> stored = new ArrayList<>(services.transactions.list(s, Filter.ALL, Sort.DATE_ASC, 0, 10_000)
                    .stream().map(FormatOneStoreTest::line).toList());
            List<String> expected = imported(user);
            stored.sort(null);
            expected.sort(null);
            assertEquals(expected, stored, user);
        }
    }

    @Test
    void totalsByMonthAndCategoryAreThoseOfTheFiles() throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            Map<String, long[]> expected = new TreeMap<>();
            for (String line : imported(user)) {
                String[] f = line.split(",", 5);
                long[] v = expected.computeIfAbsent(YearMonth.from(LocalDate.parse(f[0])) + " " + f[2] + " " + f[1], k -> new long[2]);
                v[0]++;
                v[1] += new BigDecimal(f[3]).movePointRight(2).longValueExact();
            }
            Totals totals = services.reports.totals(login(user), null, null, Totals.By.MONTH_CATEGORY, null, Filter.ALL);
            Map<String, long[]> actual = new TreeMap<>();
            for (Totals.Row row : totals.rows()) {
                actual.put(row.month() + " " + row.category() + " " + row.type().label(), new long[] {row.count(), row.total().minor()});
            }
            assertEquals(expected.keySet(), actual.keySet(), user);
            expected.forEach((key, v) -> assertEquals(List.of(v[0], v[1]), List.of(actual.get(key)[0], actual.get(key)[1]), user + " " + key));
            assertEquals(List.of(), totals.conversion().leftOut());
            assertEquals(0, totals.conversion().converted(), "every row is in the base currency");
        }
    }

    @Test
    void budgetsRatesKeysAndRolesAreAsTheyWereSet() {
        Session alice = login("alice");
        assertEquals(List.of(line("Groceries", "2026-10", 40_000), line("Rent", "2026-10", 95_000)),
                sorted(services.budgets.list(alice, YearMonth.of(2026, 10))));
        assertEquals(List.of(line("Dining", "2026-11", 12_050)), services.budgets.list(alice, YearMonth.of(2026, 11)));
        assertEquals(List.of(line("Transport", "2026-11", 6_000)), services.budgets.list(login("bob"), YearMonth.of(2026, 11)));

        assertEquals(Role.ADMIN, services.accounts.profile(login("carol")).role());
        assertEquals(Role.USER, services.accounts.profile(alice).role());
        // The fingerprint as `ssh-keygen -lf key.pub` prints it.
        assertEquals(List.of("SHA256:3yntzk1EwG/4d2BdNqttOHKlJqZ1hLCjBz01j16bl9w alice@laptop"),
                services.ownAccount.listKeys(alice).stream().map(k -> k.fingerprint() + " " + k.comment()).toList());

        // hist-90d.xml: USD and GBP on 2026-11-18, -19 and -20.
        assertEquals(6L, (long) store.read(rd -> rd.count(Schema.RATES)));
        assertEquals(new BigDecimal("1.1300"), store.read(rd -> rd.findUnique(Schema.RATES_BY_DATE,
                LocalDate.of(2026, 11, 20).toEpochDay(), "USD")).orElseThrow().perEuro());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    private static BudgetLine line(String category, String month, long cents) {
        return new BudgetLine(category, YearMonth.parse(month), new Money(cents, Currency.getInstance("EUR")));
    }

    private static List<BudgetLine> sorted(List<BudgetLine> lines) {
        return lines.stream().sorted(java.util.Comparator.comparing(BudgetLine::category)).toList();
    }

    @Test
    void migratedFromFormatOneEveryUserHasMainInEurosAsTheirDefaultHoldingEveryRow() throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            List<AccountLine> lines = services.accountBook.list(login(user));
            assertEquals(1, lines.size(), user);
            AccountLine main = lines.get(0);
            assertEquals(List.of("Main", "checking", "EUR", true), List.of(main.account().name(), main.account().type().word(),
                    main.account().currency().getCurrencyCode(), main.isDefault()), user);
            long balance = 0;
            for (String line : imported(user)) {
                String[] f = line.split(",", 5);
                long cents = new BigDecimal(f[3]).movePointRight(2).longValueExact();
                balance += f[1].equals("income") ? cents : -cents;
            }
            assertEquals(new Money(balance, Currency.getInstance("EUR")),
                    services.accountBook.get(login(user), "Main", LocalDate.of(2030, 1, 1)).balance(), user);
        }
    }

    @Test
    void theTypesAreTheOnesThatWereImported() throws Exception {
        long incomes = imported("bob").stream().filter(l -> l.contains(",income,")).count();
        Totals byType = services.reports.totals(login("bob"), null, null, Totals.By.NONE, TxKind.INCOME, Filter.ALL);
        assertEquals(incomes, byType.rows().get(0).count());
    }
}
