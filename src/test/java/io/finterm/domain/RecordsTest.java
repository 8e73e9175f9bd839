package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RecordsTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    private static String refusal(Runnable r) {
        return assertThrows(ValidationException.class, r::run).getMessage();
    }

    @Test
    void aTransactionNamesTheFieldItRefuses() {
        Money ten = new Money(1000, EUR);
        assertEquals("amount: must be greater than zero",
                refusal(() -> Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, new Money(0, EUR), "")));
        assertEquals("amount: must be greater than zero",
                refusal(() -> Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, new Money(-5, EUR), "")));
        assertEquals("amount: must be at most 10000000000000 minor units",
                refusal(() -> Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, new Money(Money.MAX_MINOR + 1, EUR), "")));
        assertEquals("date: is required", refusal(() -> Transaction.entry(1, 1, 1, null, TxKind.EXPENSE, 1, ten, "")));
        assertEquals("date: 1899-12-31 is outside 1900-01-01..2999-12-31",
                refusal(() -> Transaction.entry(1, 1, 1, LocalDate.of(1899, 12, 31), TxKind.EXPENSE, 1, ten, "")));
        assertEquals("type: is required", refusal(() -> Transaction.entry(1, 1, 1, DAY, null, 1, ten, "")));
        assertEquals("category: must be a positive id, not 0", refusal(() -> Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 0, ten, "")));
        assertEquals("description: at most 200 characters",
                refusal(() -> Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, ten, "x".repeat(201))));
    }

    @Test
    void theLegsOfATransferNameEachOtherAndGoOppositeWaysOnOneDay() {
        Money sent = new Money(1000, EUR);
        Money received = new Money(1090, Currency.getInstance("USD"));
        Transaction.Legs legs = Transaction.transferLegs(7, 8, 3, 20, 21, DAY, sent, received, " rent\u0007 ");
        assertEquals(new Transaction(7, 3, 20, DAY, TxKind.TRANSFER_OUT, 0, sent, "rent", 8), legs.out());
        assertEquals(new Transaction(8, 3, 21, DAY, TxKind.TRANSFER_IN, 0, received, "rent", 7), legs.in());
        assertEquals("to: a transfer needs two different accounts",
                refusal(() -> Transaction.transferLegs(7, 8, 3, 20, 20, DAY, sent, sent, "")));
        assertEquals("transfer: the two legs need two different ids",
                refusal(() -> Transaction.transferLegs(7, 7, 3, 20, 21, DAY, sent, sent, "")));
    }

    @Test
    void descriptionsAreCleanedAndBlankMeansNone() {
        Money ten = new Money(1000, EUR);
        assertEquals("", Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, ten, "   ").description());
        assertEquals("", Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, ten, null).description());
        assertEquals("coffee [31mred", Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, ten, "coffee \u001b[31mred").description());
        assertEquals(200, Transaction.entry(1, 1, 1, DAY, TxKind.EXPENSE, 1, ten, "\u001b" + "y".repeat(200)).description().length());
    }

    @Test
    void usernamesAreLowerCasedAndChecked() {
        User u = new User(1, " Alice.B ", Role.USER, "$hash", Instant.EPOCH, null, 0, null, EUR);
        assertEquals("alice.b", u.username());
        String rule = "username: 3 to 32 characters from a-z, 0-9, '.', '_' and '-'";
        assertEquals(rule, refusal(() -> User.normalizeUsername("al")));
        assertEquals(rule, refusal(() -> User.normalizeUsername("a".repeat(33))));
        assertEquals(rule, refusal(() -> User.normalizeUsername("al ice")));
        assertEquals(rule, refusal(() -> User.normalizeUsername("ålice")));
        assertEquals("password: hash is required",
                refusal(() -> new User(1, "alice", Role.USER, " ", Instant.EPOCH, null, 0, null, EUR)));
    }

    @Test
    void aUsersEditsChangeOnlyTheirFieldsAndStillValidate() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        Instant login = Instant.parse("2026-02-01T08:00:00Z");
        Instant until = Instant.parse("2026-02-01T08:15:00Z");
        Currency usd = Currency.getInstance("USD");
        User u = new User(7, "alice", Role.USER, "$old", created, null, 2, null, EUR);
        assertEquals(new User(7, "alice", Role.USER, "$new", created, null, 2, null, EUR), u.withPasswordHash("$new"));
        assertEquals(new User(7, "alice", Role.ADMIN, "$old", created, null, 2, null, EUR), u.withRole(Role.ADMIN));
        assertEquals(new User(7, "alice", Role.USER, "$old", created, null, 2, null, usd), u.withBaseCurrency(usd));
        assertEquals(new User(7, "alice", Role.USER, "$old", created, login, 2, null, EUR), u.withLastLoginAt(login));
        assertEquals(new User(7, "alice", Role.USER, "$old", created, null, 0, until, EUR), u.withLockout(0, until));
        assertEquals(new User(7, "alice", Role.USER, "$old", created, null, 0, null, EUR), u.withLockout(3, until).unlocked());
        assertEquals("password: hash is required", refusal(() -> u.withPasswordHash(" ")));
        assertEquals("failedLogins: must not be negative", refusal(() -> u.withLockout(-1, null)));
        assertEquals("baseCurrency: is required", refusal(() -> u.withBaseCurrency(null)));
    }

    @Test
    void categoriesBudgetsAndRatesValidate() {
        assertEquals("category: must not be blank", refusal(() -> new Category(1, 1, TxKind.EXPENSE, " \u0007 ")));
        assertEquals("category: at most 40 characters", refusal(() -> new Category(1, 1, TxKind.EXPENSE, "c".repeat(41))));
        assertEquals("Eating out", new Category(1, 1, TxKind.EXPENSE, "\tEating\nout ").name());
        assertEquals("amount: must be greater than zero",
                refusal(() -> new Budget(1, 1, 1, YearMonth.of(2024, 1), new Money(0, EUR))));
        assertEquals("month: is required", refusal(() -> new Budget(1, 1, 1, null, new Money(1, EUR))));
        assertEquals("rate: must be a positive decimal, not -1.2",
                refusal(() -> new ExchangeRate(1, DAY, Currency.getInstance("USD"), new BigDecimal("-1.2"))));
    }

    @Test
    void kindsAndRolesParseFromWords() {
        assertEquals(TxKind.EXPENSE, TxKind.parse(" Expense "));
        assertEquals(Role.ADMIN, Role.parse("admin"));
        assertEquals("type: 'spend' is not one of income, expense", refusal(() -> TxKind.parse("spend")));
        assertEquals("role: 'root' is not one of user, admin", refusal(() -> Role.parse("root")));
    }
}
