package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.domain.FintermException;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.MutableClock;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final Store store = Store.inMemory();
    private final AccountService accounts = new AccountService(store, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
            PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), clock);
    private final UserAdminService userAdmin = new UserAdminService(store, accounts);
    private final DemoService demo = new DemoService(store, accounts, clock);

    @Test
    void theDefaultDemoHasTwoUsersWithTwoYearsOfDataOutliersAndBudgetsAndTheirPasswordsWork() {
        DemoService.Demo made = demo.seed(new DemoService.Options(2, 0, 42));
        assertEquals(List.of("alice", "bob"), made.usernames());
        assertEquals("Demo: log in as alice / alice-demo-pw   (or admin / admin-demo-pw for the admin screen)", made.hint());
        Session alice = accounts.login("alice", "alice-demo-pw".toCharArray(), "cli");
        accounts.login("admin", "admin-demo-pw".toCharArray(), "cli");
        assertEquals(made.transactions(), (long) store.read(rd -> (Long) rd.count(Schema.TRANSACTIONS)));
        assertEquals(2 * 1240, made.transactions(), "two years' worth for each user");
        assertTrue(made.budgets() > 0);

        AnalysisService analysis = new AnalysisService(store, accounts, io.finterm.domain.RateOracle.identity(),
                new io.finterm.analysis.OutlierDetector(8), clock);
        Period all = analysis.span(alice);
        assertTrue(!all.from().isAfter(LocalDate.of(2024, 11, 30)), "two years back: " + all);
        Outliers outliers = analysis.outliers(alice, all, Filter.ALL);
        List<String> flagged = new ArrayList<>();
        outliers.transactions().forEach(f -> flagged.add(f.item().description()));
        assertTrue(flagged.containsAll(List.of("new laptop", "wedding dinner", "party supplies")), flagged.toString());
        assertTrue(flagged.size() <= 8, "a few, not noise: " + flagged);
    }

    @Test
    void eachDemoUserHasTheirRentAndSalaryAsAutomaticSchedulesFromTheirNextMonthAndAnEstimatedBillThatWaits() {
        DemoService.Demo made = demo.seed(new DemoService.Options(2, 0, 42));
        Session alice = accounts.login("alice", "alice-demo-pw".toCharArray(), "cli");
        ScheduleService schedules = new ScheduleService(store, accounts, io.finterm.domain.BusinessDays.WEEKENDS_ONLY, clock);
        // today is 2026-11-24: the last rent was on 2026-11-01, the last salary on 2026-10-25, the last bill on 2026-11-05
        assertEquals(List.of("Electricity approximate approval 2026-12-05", "Rent auto 2026-12-01", "Salary auto 2026-11-25"),
                schedules.list(alice).stream().map(v -> v.schedule().name() + (v.schedule().approximate() ? " approximate" : "")
                        + (v.schedule().auto() ? " auto " : " approval ") + v.next()).sorted().toList());
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.OCCURRENCES)), "seeding posts nothing twice");
        assertEquals(made.transactions(), (long) store.read(rd -> (Long) rd.count(Schema.TRANSACTIONS)));
        assertEquals(List.of(), schedules.catchUp(alice).posted(), "nothing is due on the day the demo is made");
    }

    @Test
    void eachDemoUserKeepsCheckingSavingsAndACardWithTheTransfersBetweenThem() {
        demo.seed(new DemoService.Options(2, 0, 42));
        Session alice = accounts.login("alice", "alice-demo-pw".toCharArray(), "cli");
        AccountBookService book = new AccountBookService(store, accounts, clock);
        List<AccountLine> lines = book.list(alice);
        assertEquals(List.of("Checking checking default", "Credit card credit", "Savings savings"), lines.stream()
                .map(l -> l.account().name() + " " + l.account().type().word() + (l.isDefault() ? " default" : "")).sorted().toList());

        List<io.finterm.domain.Transaction> rows = new TransactionService(store, accounts)
                .list(alice, Filter.ALL, Sort.DATE_ASC, 0, 100_000).stream().map(Listed::transaction).toList();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        lines.forEach(l -> ids.put(l.account().name(), l.account().id()));
        // Two years to 2026-11-24: 24 months whose 26th has passed, and 24 whose card bill was paid on the next 3rd.
        assertEquals(24, rows.stream().filter(t -> t.kind() == io.finterm.domain.TxKind.TRANSFER_IN
                && t.accountId() == ids.get("Savings")).count());
        assertEquals(24, rows.stream().filter(t -> t.kind() == io.finterm.domain.TxKind.TRANSFER_IN
                && t.accountId() == ids.get("Credit card")).count());
        assertTrue(rows.stream().anyMatch(t -> t.description().equals("salary") && t.accountId() == ids.get("Checking")));
        assertTrue(rows.stream().anyMatch(t -> t.description().equals("rent") && t.accountId() == ids.get("Checking")));
        assertTrue(rows.stream().anyMatch(t -> t.categoryId() != 0 && t.accountId() == ids.get("Credit card")));

        for (AccountLine line : lines) {
            long id = line.account().id();
            for (LocalDate day : List.of(LocalDate.of(2025, 6, 2), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 24))) {
                long expected = line.account().opening().minor() + rows.stream()
                        .filter(t -> t.accountId() == id && !t.date().isAfter(day)).mapToLong(t -> t.signedMinor()).sum();
                assertEquals(expected, book.get(alice, line.account().name(), day).balance().minor(), line.account().name() + " " + day);
            }
        }
        long cardSinceTheBill = rows.stream().filter(t -> t.accountId() == ids.get("Credit card") && t.categoryId() != 0
                && !t.date().isBefore(LocalDate.of(2026, 11, 1)) && !t.date().isAfter(LocalDate.of(2026, 11, 3)))
                .mapToLong(t -> t.amount().minor()).sum();
        assertEquals(-cardSinceTheBill, book.get(alice, "Credit card", LocalDate.of(2026, 11, 3)).balance().minor(),
                "October's bill was paid on the 3rd: the card owes only what was spent since");
        assertTrue(book.get(alice, "Savings", LocalDate.of(2026, 11, 24)).balance().minor() > 500_000 + 24 * 40_000,
                "savings grow by a fifth of each salary");
        assertTrue(book.get(alice, "Checking", LocalDate.of(2026, 11, 24)).balance().minor() > 0, "checking does not run dry");
    }

    @Test
    void rowsMakeExactlyThatManyTransactionsAndTheSameSeedTheSameData() {
        DemoService.Demo made = demo.seed(new DemoService.Options(3, 10_001, 7));
        assertEquals(10_001, made.transactions());
        assertEquals(List.of("alice", "bob", "carol"), made.usernames());

        Store other = Store.inMemory();
        AccountService otherAccounts = new AccountService(other, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                PasswordPolicy.bundled(), Accounts.SETTINGS, DefaultCategories.bundled(), clock);
        new DemoService(other, otherAccounts, clock).seed(new DemoService.Options(3, 10_001, 7));
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, a::add);
            return null;
        });
        other.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, b::add);
            return null;
        });
        assertEquals(a, b);
    }

    @Test
    void aDemoNeedsAnEmptyStoreAndSensibleSizes() {
        accounts.createFirstAdmin("root", "root-password-1".toCharArray(), "cli");
        FintermException e = assertThrows(FintermException.class, () -> demo.seed(new DemoService.Options(2, 0, 1)));
        assertEquals("the store already has accounts; a demo needs an empty data directory", e.getMessage());
        assertEquals("users", assertThrows(ValidationException.class, () -> new DemoService.Options(0, 0, 1)).field());
        assertEquals("rows", assertThrows(ValidationException.class, () -> new DemoService.Options(2, -5, 1)).field());
        assertFalse(userAdmin.listUsers(accounts.login("root", "root-password-1".toCharArray(), "cli")).isEmpty());
    }

    @Test
    void aliceGroceriesRollOverFromFourMonthsBackSoThisMonthShowsACarry() {
        demo.seed(new DemoService.Options(2, 0, 42));
        Session alice = accounts.login("alice", "alice-demo-pw".toCharArray(), "cli");
        AnalysisService analysis = new AnalysisService(store, accounts, io.finterm.domain.RateOracle.identity(),
                new io.finterm.analysis.OutlierDetector(8), clock);
        BudgetService budgets = new BudgetService(store, accounts, analysis, io.finterm.domain.RateOracle.identity());
        java.time.YearMonth now = java.time.YearMonth.of(2026, 11);
        assertEquals(List.of(new RolloverLine("Groceries", now.minusMonths(4), true, io.finterm.domain.Overspending.ABSORB)),
                budgets.rollovers(alice));
        // worked out here month by month from the demo's budgets and transactions as stored (not from the service
        // under test): unspent money comes over, overspending does not
        long userId = alice.userId();
        java.util.Map<java.time.YearMonth, Long> budgeted = new java.util.HashMap<>();
        java.util.Map<java.time.YearMonth, Long> spent = new java.util.HashMap<>();
        store.read(rd -> {
            List<Long> found = new ArrayList<>();
            rd.forEach(Schema.CATEGORIES, c -> {
                if (c.userId() == userId && c.kind() == io.finterm.domain.TxKind.EXPENSE && c.name().equals("Groceries")) {
                    found.add(c.id());
                }
            });
            assertEquals(1, found.size());
            long groceries = found.get(0);
            rd.forEach(Schema.BUDGETS, b -> {
                if (b.userId() == userId && b.categoryId() == groceries) {
                    budgeted.put(b.month(), b.amount().minor());
                }
            });
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == userId && t.kind() == io.finterm.domain.TxKind.EXPENSE) {
                    t.categoryLines().stream().filter(l -> l.categoryId() == groceries)
                            .forEach(l -> spent.merge(java.time.YearMonth.from(t.date()), l.amount().minor(), Long::sum));
                }
            });
            return null;
        });
        long carry = 0;
        for (java.time.YearMonth m = now.minusMonths(4); !m.isAfter(now); m = m.plusMonths(1)) {
            BudgetMonth.Line groceries = budgets.month(alice, m).lines().stream().filter(l -> l.category().equals("Groceries"))
                    .findFirst().orElseThrow();
            assertEquals(carry, groceries.carried().minor(), m.toString());
            assertEquals(budgeted.get(m), groceries.budget().minor(), "budget of " + m);
            assertEquals(spent.getOrDefault(m, 0L), groceries.spent().minor(), "spent in " + m);
            carry = Math.max(0, budgeted.get(m) + carry - spent.getOrDefault(m, 0L));
        }
        BudgetMonth.Line november = budgets.month(alice, now).lines().stream().filter(l -> l.category().equals("Groceries")).findFirst().orElseThrow();
        assertTrue(november.carried().minor() > 0, "the demo shows a carry this month: " + november);
        Session bob = accounts.login("bob", "bob-demo-pw".toCharArray(), "cli");
        assertEquals(List.of(), budgets.rollovers(bob), "only alice's groceries roll over");
    }

    @Test
    void theDemosOwnMakingIsNoStepSoUndoStartsFromWhatThePersonDoes() {
        demo.seed(new DemoService.Options(2, 0, 42));
        assertEquals(0L, (long) store.read(rd -> rd.count(io.finterm.store.Schema.STEPS)));
        assertEquals(0L, (long) store.read(rd -> rd.count(io.finterm.store.Schema.STEP_CHANGES)));
    }
}
