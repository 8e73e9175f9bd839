package io.finterm.testdata;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic ledgers for tests and benchmarks: users with income and expense categories,
 * and transactions over a span of years with log-normal expense amounts.
 */
public final class LedgerGenerator {
    public static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] INCOME = {"Salary", "Freelance", "Interest", "Other"};
    private static final String[] EXPENSE = {"Groceries", "Dining", "Transport", "Utilities", "Rent",
        "Entertainment", "Health", "Shopping", "Travel", "Other"};
    private static final String[] WORDS = {"coffee", "market", "bus", "train", "cinema", "pharmacy", "books",
        "lunch", "dinner", "fuel", "rent", "power", "water", "salary", "hotel", "flight", "shoes", "bakery"};

    private final Random random;

    public LedgerGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A user row with a placeholder hash; the store does not care what the hash is. */
    public static User user(long id, String name) {
        return new User(id, name, Role.USER, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                Instant.parse("2024-01-01T00:00:00Z"), null, 0, null, EUR);
    }

    /**
     * Inserts a user and their {@code Main} account, whose id is the user's id: tests that write rows
     * straight to the store name a user's account by the user's id.
     */
    public static User insertUser(WriteTx tx, String name) {
        User user = tx.insert(Schema.USERS, user(tx.nextId(Schema.USERS), name));
        tx.insert(Schema.ACCOUNTS, main(user));
        return tx.update(Schema.USERS, user.withDefaultAccount(user.id()));
    }

    /** The {@code Main} account of a user made by {@link #user}, with the user's id. */
    public static Account main(User user) {
        return new Account(user.id(), user.id(), Account.MAIN, AccountType.CHECKING, user.baseCurrency(),
                new Money(0, user.baseCurrency()), LocalDate.of(2020, 1, 1), true, false);
    }

    /** The users, each with the default categories, as one write transaction; returns the categories. */
    public static List<Category> createUsers(Store store, int users) {
        return store.write(tx -> {
            List<Category> all = new ArrayList<>();
            for (int u = 1; u <= users; u++) {
                User user = insertUser(tx, "user" + u);
                for (String name : INCOME) {
                    all.add(tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), TxKind.INCOME, name)));
                }
                for (String name : EXPENSE) {
                    all.add(tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), TxKind.EXPENSE, name)));
                }
            }
            return all;
        });
    }

    /**
     * {@code count} transactions spread evenly over the users of {@code categories}, over
     * {@code years} years ending on {@code end}. Ids start at {@code firstId}.
     */
    public List<Transaction> transactions(List<Category> categories, int count, int years, LocalDate end, long firstId) {
        List<Transaction> out = new ArrayList<>(count);
        long days = (long) years * 365;
        LocalDate start = end.minusDays(days - 1);
        for (int i = 0; i < count; i++) {
            Category c = categories.get(random.nextInt(categories.size()));
            out.add(Transaction.entry(firstId + i, c.userId(), c.userId(), start.plusDays(random.nextInt((int) days)), c.kind(), c.id(),
                    new Money(amount(c.kind()), EUR), description()));
        }
        return out;
    }

    /** Log-normal amounts: many small purchases and a long tail; income is larger. */
    public long amount(TxKind kind) {
        double median = kind == TxKind.INCOME ? 150_000 : 2_500; // minor units
        long v = Math.round(median * Math.exp(random.nextGaussian() * 0.9));
        return Math.max(1, Math.min(v, Money.MAX_MINOR));
    }

    public String description() {
        return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
    }

    public Random random() {
        return random;
    }
}
