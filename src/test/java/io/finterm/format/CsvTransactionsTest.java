package io.finterm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.ValidationException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code account} column: which account a row goes into, and the currency its amount is read in. */
class CsvTransactionsTest {
    private static final Account MAIN = account(1, "Main", "EUR");
    private static final Account TOKYO = account(2, "Tokyo", "JPY");
    private static final Account SAVINGS = account(3, "Savings", "EUR");

    private static Account account(long id, String name, String currency) {
        Currency c = Currency.getInstance(currency);
        return new Account(id, 7, name, AccountType.CHECKING, c, new Money(0, c), LocalDate.of(2024, 1, 1), true, false);
    }

    /** Main for a blank cell (as the service's --account or default would be), Tokyo and Savings by name, nothing else. */
    private static Account resolve(String name) {
        if (name.isBlank()) {
            return MAIN;
        }
        Account a = Map.of("tokyo", TOKYO, "savings", SAVINGS).get(name.toLowerCase(java.util.Locale.ROOT));
        if (a == null) {
            throw new ValidationException("account", "you have no account '" + name + "'");
        }
        return a;
    }

    private record Read(List<CsvRow> rows, List<String> errors) {
    }

    private static Read read(String csv) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new CsvTransactions("", CsvTransactionsTest::resolve).read(new StringReader(csv), rows::add,
                (line, why) -> errors.add("line " + line + ": " + why));
        return new Read(rows, errors);
    }

    @Test
    void aRowsAccountCellNamesItsAccountAndABlankOneFallsBack() {
        Read r = read("date,category,amount,account\n2024-03-01,Dining,-1500,tokyo\n2024-03-02,Dining,-12.50,\n"
                + "2024-03-03,Salary,100.25,Savings\n");
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(TOKYO, MAIN, SAVINGS), r.rows().stream().map(CsvRow::account).toList());
        assertEquals(List.of(Money.of(1500, "JPY"), Money.of(1250, "EUR"), Money.of(10025, "EUR")),
                r.rows().stream().map(CsvRow::amount).toList(), "each amount in its account's currency");
    }

    @Test
    void withoutAnAccountColumnEveryRowFallsBack() {
        Read r = read("date,category,amount\n2024-03-01,Dining,-4.20\n");
        assertEquals(List.of(MAIN), r.rows().stream().map(CsvRow::account).toList());
    }

    @Test
    void aCurrencyThatIsNotTheAccountsOrAnUnknownAccountIsTheRowsErrorNamingTheLine() {
        Read r = read("date,category,amount,currency,account\n2024-03-01,Dining,-15,EUR,Tokyo\n2024-03-02,Dining,-15,USD,\n"
                + "2024-03-03,Dining,-15,,Yacht\n2024-03-04,Dining,-15.5,,Tokyo\n2024-03-05,Dining,-15,jpy,Tokyo\n");
        assertEquals(List.of(
                "line 2: currency: the account 'Tokyo' is in JPY, not EUR: enter what the bank booked in JPY, or choose an account in EUR",
                "line 3: currency: the account 'Main' is in EUR, not USD: enter what the bank booked in EUR, or choose an account in USD",
                "line 4: account: you have no account 'Yacht'"), r.errors().subList(0, 3));
        assertEquals(4, r.errors().size(), "15.5 yen is refused: " + r.errors());
        assertEquals(true, r.errors().get(3).startsWith("line 5: amount: "), r.errors().get(3));
        assertEquals(List.of(Money.of(15, "JPY")), r.rows().stream().map(CsvRow::amount).toList());
    }
}
