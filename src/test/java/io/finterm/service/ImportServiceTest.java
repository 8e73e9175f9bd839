package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportServiceTest {
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();
    static final ImportService.Options NORMAL = new ImportService.Options(false, false);

    ImportService.Summary importing(String csv, ImportService.Options options) {
        return fx.imports.importCsv(alice, new StringReader(csv), options, n -> { });
    }

    List<String> rows() {
        List<String> out = new ArrayList<>();
        for (Listed l : fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 1000)) {
            var t = l.transaction();
            out.add(t.date() + " " + t.kind().label() + " " + l.category() + " " + t.amount() + " " + t.description());
        }
        return out;
    }

    @Test
    void aGoodFileIsImportedWithNewCategoriesListed() {
        fx.accountBook.add(alice, new NewAccount("Dollars", null, java.util.Currency.getInstance("USD"), null, null, true));
        ImportService.Summary s = importing("""
                Date,Type,Category,Amount,Currency,Description,Memo,Account
                2024-03-01,expense,Groceries,"1,234.56",EUR,"market, big",ignored,
                05/03/2024,income,Salary,3100,,pay,,
                2024-03-02,expense,Pets,12,USD,cat food,,dollars
                2024-03-03,expense,pets,3.50,,treats,,
                """, NORMAL);
        assertEquals(new ImportService.Summary(4, 0, List.of("expense:Pets"), false), s);
        assertEquals(List.of("2024-03-01 expense Groceries 1234.56 EUR market, big", "2024-03-02 expense Pets 12.00 USD cat food",
                "2024-03-03 expense Pets 3.50 EUR treats", "2024-03-05 income Salary 3100.00 EUR pay"), rows());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void withoutATypeColumnTheSignSaysWhichWay() {
        importing("date,category,amount\n2024-03-01,Groceries,-12.00\n2024-03-02,Salary,100\n", NORMAL);
        assertEquals(List.of("2024-03-01 expense Groceries 12.00 EUR ", "2024-03-02 income Salary 100.00 EUR "), rows());
    }

    @Test
    void everyBadRowIsListedAndNothingIsImported() {
        FintermException e = assertThrows(FintermException.class, () -> importing("""
                date,type,category,amount,description
                2024-03-01,expense,Groceries,10,fine
                2024-13-01,expense,Groceries,10,bad date
                2024-03-02,spend,Groceries,10,bad type
                2024-03-03,expense,Groceries,ten,bad amount
                2024-03-04,expense,Groceries,-5,negative with a type
                2024-03-05,expense,,5,no category
                2024-03-06,expense,Groceries
                2024-03-07,expense,Groceries,0.001,too precise
                """, NORMAL));
        assertEquals(String.join(System.lineSeparator(),
                "nothing was imported: 7 rows have problems",
                "line 3: date: '2024-13-01' is not a date: no month 13 (months run from 01 to 12)",
                "line 4: type: 'spend' is not one of income, expense",
                "line 5: amount: 'ten' is not a number",
                "line 6: amount: must be positive when the type column says which way it went",
                "line 7: category: is empty",
                "line 8: 3 fields, the header has 5",
                "line 9: amount: at most 2 decimal places for EUR"), e.getMessage());
        assertEquals(List.of(), rows());
        assertEquals(14, fx.categories.list(alice).size());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRefusedNotCutShort() {
        FintermException e = assertThrows(FintermException.class, () -> importing("""
                date,category,amount,description
                2026-11-28,Groceries,-54,30,REWE
                2026-11-29,Groceries,-12.00,Aldi
                """, NORMAL));
        assertEquals(String.join(System.lineSeparator(),
                "nothing was imported: 1 row has problems",
                "line 2: 5 fields, the header has 4 (a decimal comma in a comma-separated file?)"), e.getMessage());
        assertEquals(List.of(), rows());
    }

    @Test
    void manyBadRowsAreListedUpToAHundredThenCounted() {
        StringBuilder csv = new StringBuilder("date,type,category,amount\n");
        for (int i = 0; i < 150; i++) {
            csv.append("not-a-date,expense,Groceries,1\n");
        }
        ImportService.Rejected e = assertThrows(ImportService.Rejected.class, () -> importing(csv.toString(), NORMAL));
        assertEquals(150, e.badRows());
        String[] lines = e.getMessage().split(System.lineSeparator());
        assertEquals(102, lines.length);
        assertEquals("line 101: date: 'not-a-date' is not a date (use YYYY-MM-DD or dd/MM/yyyy)", lines[100]);
        assertEquals("… and 50 more", lines[101]);
    }

    @Test
    void duplicatesOfExistingTransactionsAreSkippedUnlessAllowed() {
        fx.transactions.add(alice, new Entry(LocalDate.of(2024, 3, 1), TxKind.EXPENSE, "Groceries", Money.of(1000, "EUR"), "market"));
        String csv = "date,type,category,amount,description\n2024-03-01,expense,groceries,10.00,market\n"
                + "2024-03-01,expense,Groceries,10.00,market\n2024-03-01,expense,Groceries,10.00,other\n";
        assertEquals(new ImportService.Summary(1, 2, List.of(), false), importing(csv, NORMAL));
        assertEquals(new ImportService.Summary(3, 0, List.of(), false), importing(csv, new ImportService.Options(false, true)));
        assertEquals(5, rows().size());
    }

    @Test
    void aDryRunReportsButWritesNothing() {
        ImportService.Summary s = importing("date,type,category,amount\n2024-03-01,expense,Pets,5\n", new ImportService.Options(true, false));
        assertEquals(new ImportService.Summary(1, 0, List.of("expense:Pets"), true), s);
        assertEquals(List.of(), rows());
        assertEquals(14, fx.categories.list(alice).size());
    }

    @Test
    void filesThatAreNotCsvOfTransactionsAreRefusedWithOneSentence() {
        record Case(String content, String message) {
        }
        List<Case> cases = List.of(
                new Case("", "the file is empty: it needs a header line such as date,type,category,amount,currency,description"),
                new Case("when,what,how much\n2024-01-01,x,1\n", "line 1: header: the column 'date' is missing (the header needs date,"
                        + " category and amount; type, currency, description and account are optional)"),
                new Case("date,type,category,amount\n2024-03-01,expense,\"Groceries,5\n",
                        "line 2: the CSV quoting is broken (a quoted field is never closed); nothing was imported"),
                new Case("\u0000\u0001\u0002\u00ff\u00fe garbage \u0007\n\u0003\u0004", "line 1: header: the column 'date' is missing"
                        + " (the header needs date, category and amount; type, currency, description and account are optional)"));
        for (Case c : cases) {
            FintermException e = assertThrows(FintermException.class, () -> importing(c.content(), NORMAL), c.content());
            assertTrue(e.getMessage().startsWith(c.message()), e.getMessage());
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void descriptionsAreNeutralisedOnTheWayIn() {
        importing("date,type,category,amount,description\n2024-03-01,expense,Groceries,1,\"\u001b]52;c;aGk=\u0007evil\u202e\"\n", NORMAL);
        assertEquals(List.of("2024-03-01 expense Groceries 1.00 EUR ]52;c;aGk=evil"), rows());
    }
}
