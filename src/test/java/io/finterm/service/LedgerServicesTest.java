package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerServicesTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    final Session bob = fx.bob();
    final TransactionService txs = fx.transactions;

    static Entry expense(LocalDate date, String category, String amount, String description) {
        return new Entry(date, TxKind.EXPENSE, category, Money.parse(amount, Money.currency("EUR")), description);
    }

    private List<String> descriptions(Session s, String filter, Sort sort, int offset, int limit) {
        return txs.list(s, FilterParser.parse(filter, DAY), sort, offset, limit).stream()
                .map(l -> l.transaction().description()).toList();
    }

    @Test
    void aNewAccountHasTheDefaultCategories() {
        List<Category> cats = fx.categories.list(alice);
        assertEquals(14, cats.size());
        assertEquals(List.of("Freelance", "Interest", "Other", "Salary"),
                cats.stream().filter(c -> c.kind() == TxKind.INCOME).map(Category::name).toList());
        assertTrue(cats.stream().anyMatch(c -> c.kind() == TxKind.EXPENSE && c.name().equals("Groceries")));
    }

    @Test
    void addEditAndDeleteOnesOwnTransactions() {
        Transaction t = txs.add(alice, expense(DAY, "groceries", "12.50", "market"));
        assertEquals("Groceries", txs.get(alice, t.id()).category());
        Transaction edited = txs.edit(alice, t.id(), expense(DAY.plusDays(1), "Dining", "13.00", "lunch"));
        assertEquals(t.id(), edited.id());
        assertEquals("Dining", txs.get(alice, t.id()).category());
        assertEquals("13.00", txs.get(alice, t.id()).transaction().amount().toDecimalString());
        txs.delete(alice, t.id());
        assertEquals("there is no transaction " + t.id(),
                assertThrows(NoSuchTransaction.class, () -> txs.get(alice, t.id())).getMessage());
    }

    @Test
    void theTableShowsACategorysNewNameAtOnceThoughTheNamesAreKeptBetweenPages() {
        fx.categories.add(alice, TxKind.EXPENSE, "Pets");
        txs.add(alice, expense(DAY, "Pets", "20.00", "food"));
        assertEquals(List.of("Pets"), categories(alice));
        assertEquals(List.of("Pets"), categories(alice));
        fx.categories.rename(alice, TxKind.EXPENSE, "Pets", "Animals");
        assertEquals(List.of("Animals"), categories(alice));
        fx.categories.add(bob, TxKind.EXPENSE, "Boats");
        txs.add(bob, expense(DAY, "Boats", "1.00", "oar"));
        assertEquals(List.of("Boats"), categories(bob));
        assertEquals(List.of("Animals"), categories(alice));
    }

    private List<String> categories(Session s) {
        return txs.list(s, Filter.ALL, Sort.DATE_ASC, 0, 10).stream().map(Listed::category).toList();
    }

    @Test
    void anUnknownCategoryIsNamed() {
        assertEquals("category: there is no expense category 'Yachts'",
                assertThrows(ValidationException.class, () -> txs.add(alice, expense(DAY, "Yachts", "1", ""))).getMessage());
        assertEquals("category: there is no expense category 'Salary'",
                assertThrows(ValidationException.class, () -> txs.add(alice, expense(DAY, "Salary", "1", ""))).getMessage());
    }

    @Test
    void nobodyReachesAnotherPersonsTransactions() {
        Transaction t = txs.add(alice, expense(DAY, "Groceries", "12.50", "market"));
        Session admin = fx.admin();
        long missing = t.id() + 1000;
        for (Session other : List.of(bob, admin)) {
            // someone else's row answers exactly as a row that does not exist, so ids reveal nothing
            for (long id : new long[] {t.id(), missing}) {
                String answer = "there is no transaction " + id;
                assertEquals(answer, assertThrows(NoSuchTransaction.class, () -> txs.get(other, id)).getMessage());
                assertEquals(answer, assertThrows(NoSuchTransaction.class,
                        () -> txs.edit(other, id, expense(DAY, "Groceries", "1", "mine now"))).getMessage());
                assertEquals(answer, assertThrows(NoSuchTransaction.class, () -> txs.delete(other, id)).getMessage());
            }
            assertEquals(List.of(), descriptions(other, "", Sort.DATE_ASC, 0, 100));
        }
        assertEquals("market", txs.get(alice, t.id()).transaction().description());
    }

    @Test
    void deepPagesSkipWholeMonthsOnTheirCountsAndFindTheSameRowsAsAWalkThroughEveryRow() {
        StringBuilder csv = new StringBuilder("date,type,category,amount,description\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 3_000; i++) {
            csv.append(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900))).append(",expense,Groceries,")
                    .append(1 + random.nextInt(90)).append(".00,shop ").append(i).append('\n');
        }
        fx.imports.importCsv(alice, new java.io.StringReader(csv.toString()), new ImportService.Options(false, true), n -> { });
        txs.add(bob, expense(DAY, "Dining", "5.00", "bob's")); // another user's months must not count
        assertEquals(3_000, txs.count(alice, Filter.ALL));
        for (Sort sort : List.of(Sort.DATE_ASC, Sort.DATE_DESC)) {
            for (int offset : new int[] {0, 999, 1_000, 1_001, 1_777, 2_950, 2_999, 3_000, 4_000}) {
                // a filter that matches everything takes the row-by-row walk: the reference
                assertEquals(descriptions(alice, "not:desc:nothing-like-this", sort, offset, 60),
                        descriptions(alice, "", sort, offset, 60), sort + " from " + offset);
                assertEquals(descriptions(alice, "date:2022-03..2023-01 not:desc:nothing-like-this", sort, offset / 3, 60),
                        descriptions(alice, "date:2022-03..2023-01", sort, offset / 3, 60), "dates only, " + sort + " from " + offset / 3);
            }
            assertEquals(txs.count(alice, FilterParser.parse("date:2022-03..2023-01 not:desc:nothing-like-this", DAY)),
                    txs.count(alice, FilterParser.parse("date:2022-03..2023-01", DAY)));
        }
    }

    @Test
    void totalsFromTheMonthlyTotalsEqualTotalsAddedUpRowByRow() {
        fx.accountBook.add(alice, new NewAccount("Dollars", null, java.util.Currency.getInstance("USD"), null, null, true));
        StringBuilder csv = new StringBuilder("date,type,category,amount,currency,account,description\n");
        java.util.Random random = new java.util.Random(9);
        String[] categories = {"expense,Groceries", "expense,Dining", "income,Salary"};
        for (int i = 0; i < 2_000; i++) {
            csv.append(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(500))).append(',')
                    .append(categories[random.nextInt(categories.length)]).append(',').append(1 + random.nextInt(900)).append('.')
                    .append(10 + random.nextInt(90)).append(random.nextInt(40) == 0 ? ",USD,Dollars" : ",EUR,").append(",row ").append(i).append('\n');
        }
        fx.imports.importCsv(alice, new java.io.StringReader(csv.toString()), new ImportService.Options(false, true), n -> { });
        Filter everything = FilterParser.parse("not:desc:nothing-like-this", DAY); // matches all, row by row
        LocalDate[][] ranges = {{null, null}, {LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31)},
            {LocalDate.of(2023, 2, 14), LocalDate.of(2024, 4, 3)}};
        for (LocalDate[] range : ranges) {
            for (Totals.By by : Totals.By.values()) {
                for (TxKind type : new TxKind[] {null, TxKind.EXPENSE}) {
                    Totals summed = fx.reports.totals(alice, range[0], range[1], by, type, Filter.ALL);
                    Totals walked = fx.reports.totals(alice, range[0], range[1], by, type, everything);
                    assertEquals(walked.rows(), summed.rows(), by + " " + type + " " + java.util.Arrays.toString(range));
                    assertEquals(walked.total(), summed.total());
                    assertEquals(walked.conversion(), summed.conversion());
                    assertTrue(!summed.conversion().leftOut().isEmpty(), "the USD rows have no rate here");
                }
            }
        }
    }

    @Test
    void listingFiltersSortsAndPages() {
        txs.add(alice, expense(DAY, "Groceries", "54.00", "weekly shop"));
        txs.add(alice, expense(DAY.minusDays(3), "Dining", "12.50", "coffee"));
        txs.add(alice, expense(DAY.plusDays(2), "Dining", "80.00", "dinner"));
        txs.add(alice, expense(DAY.plusMonths(1), "Rent", "950.00", "rent"));
        txs.add(alice, new Entry(DAY, TxKind.INCOME, "Salary", Money.of(310000, "EUR"), "pay"));
        txs.add(bob, expense(DAY, "Dining", "5.00", "bob's coffee"));
        assertEquals(List.of("coffee", "weekly shop", "pay", "dinner", "rent"), descriptions(alice, "", Sort.DATE_ASC, 0, 10));
        assertEquals(List.of("rent", "dinner", "pay"), descriptions(alice, "", Sort.DATE_DESC, 0, 3));
        assertEquals(List.of("weekly shop", "pay"), descriptions(alice, "", Sort.DATE_ASC, 1, 2));
        assertEquals(List.of("coffee", "dinner"), descriptions(alice, "cat:dining", Sort.DATE_ASC, 0, 10));
        assertEquals(List.of("weekly shop", "dinner"), descriptions(alice, "date:2024-03 type:expense amt:>50", Sort.DATE_ASC, 0, 10));
        assertEquals(List.of("pay", "rent", "dinner", "weekly shop", "coffee"), descriptions(alice, "", Sort.AMOUNT_DESC, 0, 10));
        assertEquals(List.of("coffee", "dinner", "weekly shop"), descriptions(alice, "", Sort.CATEGORY_ASC, 0, 3));
        assertEquals(List.of(), descriptions(alice, "", Sort.AMOUNT_ASC, 10, 10));
    }

    @Test
    void aPastDescriptionSuggestsItsLastCategoryTypeAndAmount() {
        txs.add(alice, expense(DAY.minusDays(9), "Groceries", "40.00", "Market"));
        txs.add(alice, expense(DAY, "Dining", "42.00", "market"));
        txs.add(alice, expense(DAY.minusDays(1), "Groceries", "44.00", "market"));
        Entry s = txs.suggest(alice, "MARKET").orElseThrow();
        assertEquals("Dining", s.category());
        assertEquals(TxKind.EXPENSE, s.kind());
        assertEquals("42.00", s.amount().toDecimalString());
        assertTrue(txs.suggest(alice, "unheard of").isEmpty());
        assertTrue(txs.suggest(bob, "market").isEmpty());
    }

    @Test
    void categoriesAndDescriptionsComplete() {
        txs.add(alice, expense(DAY.minusDays(2), "Groceries", "1", "Bakery"));
        txs.add(alice, expense(DAY, "Groceries", "1", "bank fee"));
        txs.add(alice, expense(DAY.minusDays(1), "Groceries", "1", "bakery"));
        assertEquals(List.of("bank fee", "bakery"), txs.completeDescriptions(alice, "ba", 10));
        assertEquals(List.of("Entertainment"), txs.completeCategories(alice, "en"));
        assertEquals(List.of("Other"), txs.completeCategories(alice, "o"));
    }

    @Test
    void aCategoryInUseCannotBeDeletedButCanBeMerged() {
        txs.add(alice, expense(DAY, "Dining", "10.00", "a"));
        txs.add(alice, expense(DAY, "Dining", "20.00", "b"));
        fx.budgets.set(alice, "Dining", YearMonth.of(2024, 3), Money.of(10000, "EUR"));
        fx.budgets.set(alice, "Groceries", YearMonth.of(2024, 3), Money.of(30000, "EUR"));
        fx.budgets.set(alice, "Dining", YearMonth.of(2024, 4), Money.of(5000, "EUR"));
        ValidationException e = assertThrows(ValidationException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Dining"));
        assertEquals("category: 'Dining' still has 2 transactions; merge it into another expense category instead", e.getMessage());
        assertEquals(2, fx.categories.merge(alice, TxKind.EXPENSE, "dining", "Groceries"));
        assertEquals(List.of("Groceries", "Groceries"), txs.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10).stream().map(Listed::category).toList());
        assertEquals(List.of(new BudgetLine("Groceries", YearMonth.of(2024, 3), Money.of(40000, "EUR"))),
                fx.budgets.list(alice, YearMonth.of(2024, 3)));
        assertEquals(List.of(new BudgetLine("Groceries", YearMonth.of(2024, 4), Money.of(5000, "EUR"))),
                fx.budgets.list(alice, YearMonth.of(2024, 4)));
        assertFalse(fx.categories.list(alice).stream().anyMatch(c -> c.name().equals("Dining")));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void categoriesCanBeAddedRenamedAndDeletedWhenUnused() {
        fx.categories.add(alice, TxKind.EXPENSE, "Pets");
        assertEquals("category: there is already an expense category 'pets'",
                assertThrows(ValidationException.class, () -> fx.categories.add(alice, TxKind.EXPENSE, "pets")).getMessage());
        fx.categories.rename(alice, TxKind.EXPENSE, "Pets", "Animals");
        assertThrows(ValidationException.class, () -> fx.categories.rename(alice, TxKind.EXPENSE, "Animals", "Rent"));
        fx.categories.delete(alice, TxKind.EXPENSE, "Animals");
        assertEquals(14, fx.categories.list(alice).size());
        fx.categories.add(bob, TxKind.EXPENSE, "Pets");
    }

    @Test
    void budgetsAreSetChangedRemovedAndCopiedForward() {
        YearMonth march = YearMonth.of(2024, 3);
        fx.budgets.set(alice, "Groceries", march, Money.of(40000, "EUR"));
        fx.budgets.set(alice, "groceries", march, Money.of(45000, "EUR"));
        fx.budgets.set(alice, "Rent", march, Money.of(95000, "EUR"));
        fx.budgets.set(alice, "Rent", march.plusMonths(2), Money.of(99000, "EUR"));
        assertEquals(3, fx.budgets.copyForward(alice, march, march.plusMonths(2)));
        assertEquals(List.of(new BudgetLine("Groceries", march.plusMonths(2), Money.of(45000, "EUR")),
                new BudgetLine("Rent", march.plusMonths(2), Money.of(99000, "EUR"))), fx.budgets.list(alice, march.plusMonths(2)));
        assertTrue(fx.budgets.remove(alice, "Rent", march));
        assertFalse(fx.budgets.remove(alice, "Rent", march));
        assertEquals(List.of(), fx.budgets.list(bob, march));
        assertEquals("category: there is no expense category 'Salary'", assertThrows(ValidationException.class,
                () -> fx.budgets.set(alice, "Salary", march, Money.of(1, "EUR"))).getMessage());
        assertEquals("to: 2024-02 must be after 2024-03",
                assertThrows(ValidationException.class, () -> fx.budgets.copyForward(alice, march, march.minusMonths(1))).getMessage());
    }

    @Test
    void theFiguresOfTotalsAddIncomeAndExpensesOverEveryGroupingAlike() {
        txs.add(alice, expense(DAY, "Groceries", "12.50", "market"));
        txs.add(alice, expense(DAY.plusMonths(1), "Dining", "30.00", "dinner"));
        txs.add(alice, new Entry(DAY, TxKind.INCOME, "Salary", Money.of(200_000, "EUR"), "pay"));
        io.finterm.analysis.Figures expected = new io.finterm.analysis.Figures(Money.of(200_000, "EUR"), Money.of(4_250, "EUR"), 3);
        for (Totals.By by : Totals.By.values()) {
            assertEquals(expected, fx.reports.totals(alice, null, null, by, null, Filter.ALL).figures(), by.name());
        }
        assertEquals(new io.finterm.analysis.Figures(Money.of(0, "EUR"), Money.of(3_000, "EUR"), 1),
                fx.reports.totals(alice, null, null, Totals.By.NONE, null, FilterParser.parse("cat:dining", DAY)).figures());
    }
}
