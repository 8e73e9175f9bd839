package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm report totals --by payee} and {@code --by tag}, through the real entry point. */
class TotalsByPayeeAndTagCliTest {
    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    /**
     * Alice's March 2024: 12.00 at "Tesco" tagged trip-rome and tax, 8.00 at "TESCO" tagged tax, 30.00
     * at "Trattoria" split over dining 20.00 and groceries 10.00 tagged trip-rome, 5.00 with no payee nor
     * tag, and 1000.00 salary from "ACME" tagged tax.
     */
    @BeforeEach
    void aliceWithPayeesAndTags() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        try (Store store = Store.open(cli.data)) {
            store.write(tx -> {
                User alice = find(tx, Schema.USERS, u -> u.username().equals("alice"));
                long groceries = category(tx, alice, "Groceries");
                long dining = category(tx, alice, "Dining");
                long salary = category(tx, alice, "Salary");
                insert(tx, alice, 2, TxKind.EXPENSE, groceries, 1_200, "Tesco", List.of("trip-rome", "tax"), List.of());
                insert(tx, alice, 3, TxKind.EXPENSE, groceries, 800, "TESCO", List.of("tax"), List.of());
                insert(tx, alice, 4, TxKind.EXPENSE, 0, 3_000, "Trattoria", List.of("trip-rome"),
                        List.of(new SplitLine(dining, Money.of(2_000, "EUR"), "dinner"), new SplitLine(groceries, Money.of(1_000, "EUR"), "wine")));
                insert(tx, alice, 5, TxKind.EXPENSE, groceries, 500, "", List.of(), List.of());
                insert(tx, alice, 1, TxKind.INCOME, salary, 100_000, "ACME", List.of("tax"), List.of());
                return null;
            });
        }
    }

    private static void insert(WriteTx tx, User alice, int day, TxKind kind, long category, long cents, String payee, List<String> tags,
                               List<SplitLine> lines) {
        tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS), alice.id(), alice.defaultAccountId(),
                LocalDate.of(2024, 3, day), kind, category, Money.of(cents, "EUR"), "", 0, payee, tags, TxStatus.UNCLEARED, lines));
    }

    private static long category(WriteTx tx, User alice, String name) {
        return find(tx, Schema.CATEGORIES, c -> c.userId() == alice.id() && c.name().equals(name)).id();
    }

    private static <T> T find(WriteTx tx, io.finterm.store.Table<T> table, java.util.function.Predicate<T> which) {
        List<T> all = new ArrayList<>();
        tx.forEach(table, all::add);
        return all.stream().filter(which).findFirst().orElseThrow();
    }

    private CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", "alice", "--password-stdin"));
        return cli.run(CliTest.ALICE_PW + "\n", all.toArray(String[]::new));
    }

    @Test
    void totalsByPayeeGroupOneSpellingTogetherAndShowABlankPayeeAsNoPayee() {
        CliTest.Result json = run("report", "totals", "--by", "payee", "--type", "all", "--format", "json");
        assertEquals(0, json.code(), json.err());
        // the split over dining and groceries is one transaction at Trattoria: counted once, of its whole amount
        assertEquals("{\"currency\":\"EUR\",\"from\":\"2024-03-01\",\"to\":\"2024-03-05\",\"rows\":["
                + "{\"payee\":\"(no payee)\",\"type\":\"expense\",\"count\":1,\"total\":\"5.00\"},"
                + "{\"payee\":\"ACME\",\"type\":\"income\",\"count\":1,\"total\":\"1000.00\"},"
                + "{\"payee\":\"Tesco\",\"type\":\"expense\",\"count\":2,\"total\":\"20.00\"},"
                + "{\"payee\":\"Trattoria\",\"type\":\"expense\",\"count\":1,\"total\":\"30.00\"}],"
                + "\"total\":\"945.00\"}\n", json.out());
        CliTest.Result table = run("report", "totals", "--by", "payee", "--format", "csv");
        assertEquals("payee,type,count,total\n(no payee),expense,1,5.00\nTesco,expense,2,20.00\nTrattoria,expense,1,30.00\n", table.out());
    }

    @Test
    void totalsByPayeeWithACategoryFilterCountASplitOnceOfItsLinesInThatCategory() {
        CliTest.Result groceries = run("report", "totals", "--by", "payee", "--filter", "cat:Groceries", "--format", "csv");
        assertEquals(0, groceries.code(), groceries.err());
        // Trattoria's 30.00 has 10.00 of wine in groceries; the 20.00 dinner is not groceries
        assertEquals("payee,type,count,total\n(no payee),expense,1,5.00\nTesco,expense,2,20.00\nTrattoria,expense,1,10.00\n", groceries.out());
    }

    @Test
    void totalsByTagCountATransactionUnderEachOfItsTagsAndSaySo() {
        CliTest.Result json = run("report", "totals", "--by", "tag", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertEquals("{\"currency\":\"EUR\",\"from\":\"2024-03-02\",\"to\":\"2024-03-05\",\"rows\":["
                + "{\"tag\":\"(untagged)\",\"type\":\"expense\",\"count\":1,\"total\":\"5.00\"},"
                + "{\"tag\":\"tax\",\"type\":\"expense\",\"count\":2,\"total\":\"20.00\"},"
                + "{\"tag\":\"trip-rome\",\"type\":\"expense\",\"count\":2,\"total\":\"42.00\"}],"
                + "\"total\":\"55.00\",\"note\":\"a transaction with several tags counts under each of them, "
                + "so the rows add up to more than the total\"}\n", json.out());
        CliTest.Result table = run("report", "totals", "--by", "tag");
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        List<String> cells = lines.stream().filter(l -> !l.matches("[+\\-─┌┐└┘├┤┬┴┼ ]*") && !l.startsWith("note:"))
                .map(l -> String.join(" ", l.replaceAll("[│|]", " ").trim().split(" +"))).toList();
        assertEquals(List.of("tag type count total", "(untagged) expense 1 5.00", "tax expense 2 20.00", "trip-rome expense 2 42.00",
                "total EUR 55.00"), cells, table.out());
        assertEquals("note: a transaction with several tags counts under each of them, so the rows add up to more than the total",
                lines.get(lines.size() - 1));
        // one tag is read from the tag index; a filter narrows the rows as everywhere
        CliTest.Result trip = run("report", "totals", "--by", "category", "--filter", "tag:trip-rome", "--format", "csv");
        assertEquals("category,type,count,total\nDining,expense,1,20.00\nGroceries,expense,2,22.00\n", trip.out());
    }
}
