package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    /** Six transactions, named by letter; the category is given by name alongside. */
    static final Map<String, Transaction> TX = Map.of(
            "a", tx(1, "2024-01-10", TxKind.EXPENSE, "12.50", "EUR", "Coffee at the station"),
            "b", tx(2, "2024-02-29", TxKind.EXPENSE, "54.00", "EUR", "weekly groceries"),
            "c", tx(3, "2024-03-01", TxKind.EXPENSE, "950.00", "EUR", "March rent"),
            "d", tx(4, "2024-03-14", TxKind.INCOME, "3100.00", "EUR", "salary"),
            "e", tx(5, "2023-12-24", TxKind.EXPENSE, "20.00", "USD", "coffee beans"),
            "f", tx(6, "2024-02-10", TxKind.EXPENSE, "10.00", "EUR", "dinner"),
            "g", tx(7, "2024-02-11", TxKind.EXPENSE, "4.20", "EUR", "Café Noir, re: meeting"));
    static final Map<String, String> CATEGORY = Map.of("a", "Dining", "b", "Groceries", "c", "Rent", "d", "Salary",
            "e", "Groceries", "f", "Dining", "g", "Cafés");

    static Transaction tx(long id, String date, TxKind kind, String amount, String currency, String description) {
        return Transaction.entry(id, 1, 1, LocalDate.parse(date), kind, 1, Money.parse(amount, Money.currency(currency)), description);
    }

    static String matching(String query) {
        Filter f = FilterParser.parse(query, TODAY);
        return TX.keySet().stream().sorted().filter(k -> f.matches(TX.get(k), id -> CATEGORY.get(k))).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "''|abcdefg",
        "cat:Groceries|be",
        "cat:dining,RENT|acf",
        "type:expense|abcefg",
        "type:Income|d",
        "date:2024|abcdfg",
        "date:2024-02|bfg",
        "date:2024-03-01|c",
        "date:2024-01..2024-02|abfg",
        "date:2024-02-29..|bcd",
        "date:..2024-01|ae",
        "date:lastmonth|bfg",
        "date:thismonth|cd",
        "date:lastyear|e",
        "date:today|''",
        "date:yesterday|d",
        "date:-1|d",
        "date:-14..|cd",
        "date:2/29|b",
        "amt:>50|bcd",
        "amt:>=54|bcd",
        "amt:<12.5|fg",
        "amt:<=12.50|afg",
        "amt:20|e",
        "amt:10..20|aef",
        "amt:1,000..5,000|d",
        "cur:usd|e",
        "desc:coffee|ae",
        "coffee|ae",
        "\"march rent\"|c",
        "desc:\"at the\"|a",
        "not:cat:Rent|abdefg",
        "not:date:2024|e",
        "cafe|g",
        "CAFE NOIR|g",
        "desc:café|g",
        "cat:cafes|g",
        "\"re: meeting\"|g",
        "type:expense date:2024 not:cat:Rent amt:>11|ab",
    })
    void eachTermSelectsTheRightTransactions(String query, String expected) {
        assertEquals(expected, matching(query));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "amt:>fifty|amt:>fifty: not a number",
        "amt:-5|amt:-5: amounts are positive; use type:income or type:expense for the direction",
        "amt:20..10|amt:20..10: the range is empty (20 is above 10)",
        "type:spending|type:spending: not income or expense",
        "cur:EURO|cur:EURO: not an ISO 4217 currency code",
        "date:2024-13|date:2024-13: '2024-13' is not a date: no month 13 (months run from 01 to 12)",
        "date:2024-02-30|date:2024-02-30: '2024-02-30' is not a date: no 30th of February in 2024",
        "date:march|date:march: 'march' is not a date: use 2024-03-05, 2024-03, 2024, today, yesterday, -3, 3/5"
            + " or a word like lastmonth, or a range A..B",
        "date:2024-03..2024-01|date:2024-03..2024-01: the range is empty (2024-03-01 is after 2024-01-31)",
        "cat:|cat:: a value is missing after 'cat:'",
        "desc:\"coffee|filter: a quote is not closed",
    })
    void badTermsSayWhichTermAndWhy(String query, String message) {
        assertEquals(message, assertThrows(ValidationException.class, () -> FilterParser.parse(query, TODAY)).getMessage());
    }

    static String refusal(String query, List<String> categories) {
        return assertThrows(ValidationException.class, () -> FilterParser.parse(query, TODAY, categories)).getMessage();
    }

    @Test
    void aWordWithAColonThatIsNoFilterKeyIsAnErrorThatNamesTheKeys() {
        String keys = "(filters: cat: type: date: amt: cur: acct: desc: payee: tag: status: not:; to search for the text, quote it: ";
        assertEquals("category:Dining: unknown filter 'category:' — did you mean cat:? " + keys + "\"category:Dining\")",
                refusal("category:Dining", null));
        assertEquals("amount:>5: unknown filter 'amount:' — did you mean amt:? " + keys + "\"amount:>5\")", refusal("amount:>5", null));
        assertEquals("tpye:income: unknown filter 'tpye:' — did you mean type:? " + keys + "\"tpye:income\")",
                refusal("tpye:income", null));
        assertEquals("foo:bar: unknown filter 'foo:' " + keys + "\"foo:bar\")", refusal("foo:bar", null));
        assertEquals("foo:bar: unknown filter 'foo:' " + keys + "\"foo:bar\")", refusal("not:foo:bar", null));
    }

    @Test
    void everyBadTermIsReportedNotOnlyTheFirst() {
        assertEquals("filter: 3 bad terms: foo:bar: unknown filter 'foo:'; amt:>x: not a number; cat:Nonexistent: there is no category"
                + " 'Nonexistent' (filters: cat: type: date: amt: cur: acct: desc: payee: tag: status: not:; to search for the text, quote it: \"foo:bar\")",
                refusal("foo:bar coffee amt:>x cat:Nonexistent", List.of("Dining", "Groceries")));
    }

    @Test
    void theValidKeysAreListedOnceAfterEveryBadTermHoweverManyKeysAreUnknown() {
        assertEquals("filter: 3 bad terms: category:Dining: unknown filter 'category:' — did you mean cat:?; foo:bar: unknown filter"
                + " 'foo:'; amt:>x: not a number (filters: cat: type: date: amt: cur: acct: desc: payee: tag: status: not:; to search for the text, quote it:"
                + " \"category:Dining\")", refusal("category:Dining foo:bar amt:>x", null));
    }

    @Test
    void acctTellsApartTwoAccountsWhoseNamesDifferOnlyInAnAccentAsTheStoreDoes() {
        Map<Long, String> accounts = Map.of(1L, "Épargne", 2L, "Epargne");
        Transaction accented = Transaction.entry(1, 1, 1, TODAY, TxKind.INCOME, 1, Money.of(100, "EUR"), "");
        Transaction plain = Transaction.entry(2, 1, 2, TODAY, TxKind.INCOME, 1, Money.of(100, "EUR"), "");
        java.util.function.Function<String, List<Long>> ids = q -> {
            Filter f = FilterParser.parse(q, TODAY, null, accounts);
            return java.util.stream.Stream.of(accented, plain).filter(t -> f.matches(t, id -> "Salary")).map(Transaction::id).toList();
        };
        assertEquals(List.of(2L), ids.apply("acct:Epargne"));
        assertEquals(List.of(2L), ids.apply("acct:epargne"));
        assertEquals(List.of(1L), ids.apply("acct:épargne"));
        assertEquals(List.of(1L, 2L), ids.apply("acct:Épargne,Epargne"));
    }

    @Test
    void acctMatchesTheTransactionsOfTheAccountsItNamesIgnoringCaseButNotAccents() {
        Map<Long, String> accounts = Map.of(1L, "Main", 2L, "Épargne", 3L, "Card");
        Transaction main = Transaction.entry(1, 1, 1, TODAY, TxKind.EXPENSE, 1, Money.of(100, "EUR"), "in main");
        Transaction savings = Transaction.entry(2, 1, 2, TODAY, TxKind.INCOME, 1, Money.of(100, "EUR"), "in savings");
        Transaction card = Transaction.entry(3, 1, 3, TODAY, TxKind.EXPENSE, 1, Money.of(100, "EUR"), "on the card");
        List<Transaction> all = List.of(main, savings, card);
        java.util.function.Function<String, List<Long>> ids = q -> {
            Filter f = FilterParser.parse(q, TODAY, null, accounts);
            return all.stream().filter(t -> f.matches(t, id -> "Dining")).map(Transaction::id).toList();
        };
        assertEquals(List.of(2L), ids.apply("acct:ÉPARGNE"));
        assertEquals("acct:epargne: you have no account 'epargne' — did you mean Épargne?",
                assertThrows(ValidationException.class, () -> FilterParser.parse("acct:epargne", TODAY, null, accounts)).getMessage());
        assertEquals(List.of(1L, 3L), ids.apply("acct:MAIN,card"));
        assertEquals(List.of(1L, 3L), ids.apply("not:acct:Épargne"));
        assertEquals(List.of(3L), ids.apply("acct:main,card type:expense card"));
        assertEquals("acct:Mian: you have no account 'Mian' — did you mean Main?",
                assertThrows(ValidationException.class, () -> FilterParser.parse("acct:Mian", TODAY, null, accounts)).getMessage());
        assertEquals("acct:Boat,Yacht: you have no accounts 'Boat', 'Yacht'",
                assertThrows(ValidationException.class, () -> FilterParser.parse("acct:Boat,Yacht", TODAY, null, accounts)).getMessage());
        assertEquals("account:Main: unknown filter 'account:' — did you mean acct:? (filters: cat: type: date: amt: cur: acct: desc: payee: tag: status: not:;"
                + " to search for the text, quote it: \"account:Main\")",
                assertThrows(ValidationException.class, () -> FilterParser.parse("account:Main", TODAY, null, accounts)).getMessage());
    }

    @Test
    void aCategoryTheUserDoesNotHaveIsNamedWithTheNearestOneTheyDo() {
        List<String> mine = List.of("Dining", "Groceries", "Cafés");
        assertEquals("cat:Nonexistent: there is no category 'Nonexistent'", refusal("cat:Nonexistent", mine));
        assertEquals("cat:Grocerys: there is no category 'Grocerys' — did you mean Groceries?", refusal("cat:Grocerys", mine));
        assertEquals("cat:dining,Nope,Zzz: there are no categories 'Nope', 'Zzz'", refusal("cat:dining,Nope,Zzz", mine));
        assertEquals("cat:Nope: there is no category 'Nope'", refusal("not:cat:Nope", mine));
        Filter f = FilterParser.parse("cat:DINING,cafes", TODAY, mine);
        assertEquals(true, f.matches(TX.get("g"), id -> "Cafés"));
        assertEquals(true, f.matches(TX.get("f"), id -> "Dining"));
        assertEquals(false, f.matches(TX.get("b"), id -> "Groceries"));
    }

    @Test
    void dateTermsNarrowTheRangeToScan() {
        Filter f = FilterParser.parse("date:2024 date:2024-02..2024-06 not:date:2024-03", TODAY);
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30)), List.of(f.from(), f.to()));
        assertEquals(List.of(Transaction.FIRST_DATE, Transaction.LAST_DATE),
                List.of(FilterParser.parse("coffee", TODAY).from(), FilterParser.parse("coffee", TODAY).to()));
    }

    @Test
    void controlCharactersInABadTermAreNotEchoed() {
        ValidationException e = assertThrows(ValidationException.class, () -> FilterParser.parse("amt:\u001b[2J", TODAY));
        assertEquals("amt:[2J: not a number", e.getMessage());
    }

    /** A receipt paid at "Café Crème", tagged trip-rome and tax, cleared, split over groceries (id 11) and shopping (id 12). */
    private static final Transaction RECEIPT = new Transaction(20, 1, 1, LocalDate.parse("2024-03-02"), TxKind.EXPENSE, 0,
            Money.of(5_000, "EUR"), "weekly shop", 0, "Café Crème", List.of("tax", "trip-rome"), io.finterm.domain.TxStatus.CLEARED,
            List.of(new io.finterm.domain.SplitLine(11, Money.of(3_000, "EUR"), ""), new io.finterm.domain.SplitLine(12, Money.of(2_000, "EUR"), "")));
    private static final Map<Long, String> RECEIPT_CATEGORIES = Map.of(11L, "Groceries", 12L, "Shopping");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "payee:cafe|true", "payee:CRÈME|true", "payee:tesco|false", "not:payee:cafe|false",
        "tag:trip-rome|true", "tag:TAX|true", "tag:trip|false", "not:tag:tax|false",
        "status:cleared|true", "status:Uncleared|false", "status:reconciled|false", "not:status:uncleared|true",
        "cat:Shopping|true", "cat:Groceries|true", "cat:Dining|false", "not:cat:Groceries|false", "cat:Dining,shopping|true",
        "creme|true", "weekly|true", "desc:creme|false", "tesco|false"})
    void payeeTagStatusAndCategoryTermsMatchASplitReceipt(String query, boolean matches) {
        assertEquals(matches, FilterParser.parse(query, TODAY).matches(RECEIPT, RECEIPT_CATEGORIES));
    }

    @Test
    void aPlainTransactionHasNoPayeeNoTagAndIsUncleared() {
        assertEquals("", matching("payee:a"));
        assertEquals("", matching("tag:tax"));
        assertEquals("abcdefg", matching("status:uncleared"));
    }

    @Test
    void aTagTermNotNegatedIsTheTagTheRowsAreReadByAndABadOneIsRefused() {
        assertEquals(java.util.Optional.of("trip-rome"), FilterParser.parse("date:2024 tag:Trip-Rome tag:tax", TODAY).tag());
        assertEquals(java.util.Optional.empty(), FilterParser.parse("not:tag:tax coffee", TODAY).tag());
        ValidationException bad = assertThrows(ValidationException.class, () -> FilterParser.parse("tag:trip,rome", TODAY));
        assertEquals("tag:trip,rome: 'trip,rome' has ','; a tag has letters, digits and - _ . / only", bad.getMessage());
        ValidationException status = assertThrows(ValidationException.class, () -> FilterParser.parse("status:done", TODAY));
        assertEquals("status:done: not cleared, uncleared or reconciled", status.getMessage());
    }
}
