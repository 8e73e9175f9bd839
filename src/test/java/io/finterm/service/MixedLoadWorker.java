package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link MixedLoadCrashTest}: a mixed load through the services (adds, edits,
 * deletes, CSV imports, full restores into a new store, compactions) until it is killed. Before each
 * operation it prints {@code BEGIN …}, and once the operation has returned {@code ACK …}, so that
 * the test knows what was acknowledged and what was in flight. Not a test.
 */
public final class MixedLoadWorker {
    private static final Currency EUR = Currency.getInstance("EUR");

    private MixedLoadWorker() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        long round = Long.parseLong(args[2]);
        PrintStream out = System.out;
        try (Store store = Store.open(dir.resolve("store"))) {
            Accounts fixture = new Accounts.Restored(store).fixture();
            // Parts of 1,500 rows, so that large imports stage parts on disk and a kill finds them at every stage.
            ImportService imports = new ImportService(store, fixture.accounts, "dd/MM/yyyy", 1_500, java.time.Clock.systemUTC());
            List<Session> people = List.of(fixture.alice(), fixture.bob());
            Session admin = fixture.admin();
            List<Long> added = store.read(rd -> {
                List<Long> ids = new ArrayList<>();
                rd.forEach(Schema.TRANSACTIONS, t -> {
                    if (t.description().startsWith("add-")) {
                        ids.add(t.id());
                    }
                });
                return ids;
            });
            out.println("READY");
            out.flush();
            for (int step = 1; ; step++) {
                String tag = round + "-" + step;
                Session who = people.get(random.nextInt(people.size()));
                int dice = random.nextInt(100);
                if (dice < 40 || added.isEmpty()) {
                    long cents = 1 + random.nextInt(100_000);
                    say(out, "BEGIN add add-" + tag + " " + cents);
                    Transaction t = fixture.transactions.add(who, new Entry(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)),
                            TxKind.EXPENSE, "Groceries", new Money(cents, EUR), "add-" + tag));
                    added.add(t.id());
                    say(out, "ACK add add-" + tag + " " + t.id());
                } else if (dice < 55) {
                    long id = added.get(random.nextInt(added.size()));
                    long cents = 1 + random.nextInt(100_000);
                    Transaction old = store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow();
                    Session owner = people.stream().filter(s -> s.userId() == old.userId()).findFirst().orElseThrow();
                    say(out, "BEGIN edit " + id + " " + cents);
                    fixture.transactions.edit(owner, id, new Entry(old.date(), old.kind(), "Groceries", new Money(cents, EUR),
                            old.description()));
                    say(out, "ACK edit " + id);
                } else if (dice < 65) {
                    long id = added.remove(random.nextInt(added.size()));
                    Transaction old = store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow();
                    Session owner = people.stream().filter(s -> s.userId() == old.userId()).findFirst().orElseThrow();
                    say(out, "BEGIN delete " + id);
                    fixture.transactions.delete(owner, id);
                    say(out, "ACK delete " + id);
                } else if (dice < 85) {
                    int rows = random.nextInt(10) == 0 ? 6_000 + random.nextInt(4_000) : 1 + random.nextInt(400);
                    say(out, "BEGIN import imp-" + tag + " " + rows);
                    imports.importCsv(who, new StringReader(csv("imp-" + tag, rows, random)),
                            new ImportService.Options(false, true), n -> { });
                    say(out, "ACK import imp-" + tag + " " + rows);
                } else if (dice < 93) {
                    StringWriter backup = new StringWriter();
                    fixture.backups.export(admin, backup);
                    long[] counts = store.read(rd -> new long[] {rd.count(Schema.USERS), rd.count(Schema.TRANSACTIONS)});
                    say(out, "BEGIN restore restore-" + tag + " " + counts[0] + " " + counts[1]);
                    try (Store copy = Store.open(dir.resolve("restore-" + tag))) {
                        new Accounts.Restored(copy).fixture().backups.restore(new StringReader(backup.toString()));
                    }
                    say(out, "ACK restore restore-" + tag);
                } else {
                    say(out, "BEGIN compact");
                    store.compact();
                    say(out, "ACK compact");
                }
            }
        }
    }

    /** {@code rows} lines whose descriptions all start with {@code tag}, so the test can count them. */
    private static String csv(String tag, int rows, Random random) {
        StringBuilder b = new StringBuilder("date,type,category,amount,currency,description\n");
        for (int i = 0; i < rows; i++) {
            b.append(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700))).append(",expense,Groceries,")
                    .append(1 + random.nextInt(5_000)).append('.').append(10 + random.nextInt(90)).append(",EUR,")
                    .append(tag).append(" #").append(i).append('\n');
        }
        return b.toString();
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
