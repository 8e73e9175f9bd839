package io.finterm.bench;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.format.bank.ImportSource;
import io.finterm.service.AccountService;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.DefaultCategories;
import io.finterm.service.ImportService;
import io.finterm.service.PasswordHasher;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.Session;
import io.finterm.store.Store;
import io.finterm.testdata.LedgerGenerator;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The same N rows (default 1,000,000) imported as finterm's own CSV and as a German bank's export
 * (semicolons, {@code -1.234,56}, {@code dd.MM.yyyy}, ISO-8859-1, two title lines, a value date and a
 * balance column, none of it told to finterm), each into a fresh store through the whole import
 * path the command line takes; rounds alternate between the two, and the medians are compared.
 * {@code mvn -B -Pbench -Dbench.class=io.finterm.bench.BankImportBenchmark [-Dbench.args="N ROUNDS"]}. Not a test.
 */
public final class BankImportBenchmark {
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private BankImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("finterm-bank-bench");
        Path own = work.resolve("ledger.csv");
        Path bank = work.resolve("umsaetze.csv");
        write(rows, own, bank);
        System.out.printf(Locale.ROOT, "bank import: %,d rows; finterm CSV %,d bytes, bank CSV %,d bytes; %d cores%n", rows, Files.size(own),
                Files.size(bank), Runtime.getRuntime().availableProcessors());
        List<Double> ours = new ArrayList<>();
        List<Double> banks = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ours.add(importing(own, work.resolve("own-" + round)));
            banks.add(importing(bank, work.resolve("bank-" + round)));
            System.out.printf(Locale.ROOT, "round %d: finterm CSV %.0f ms, bank CSV %.0f ms%n", round, ours.get(round - 1), banks.get(round - 1));
        }
        double a = median(ours);
        double b = median(banks);
        System.out.printf(Locale.ROOT, "%n| import %,d rows (median of %d) | time | ratio |%n|---|---|---|%n", rows, rounds);
        System.out.printf(Locale.ROOT, "| finterm CSV (comma, point, ISO dates, categories named) | %.0f ms | 1.00 |%n", a);
        System.out.printf(Locale.ROOT, "| German bank CSV, detected (semicolon, 1.234,56, dd.MM.yyyy, ISO-8859-1) | %.0f ms | %.2f |%n", b, b / a);
    }

    /** The same transactions as finterm writes them and as a savings bank exports them. */
    private static void write(int rows, Path own, Path bank) throws Exception {
        try (Store probe = Store.inMemory()) {
            List<Category> cats = LedgerGenerator.createUsers(probe, 1);
            List<Transaction> txs = new LedgerGenerator(5).transactions(cats, rows, 10, LocalDate.of(2025, 12, 31), 1);
            try (BufferedWriter o = Files.newBufferedWriter(own, StandardCharsets.UTF_8); BufferedWriter k = Files.newBufferedWriter(bank, LATIN_1)) {
                o.write("date,type,category,amount,currency,description,payee\n");
                k.write("\"Umsatzanzeige\";\"Girokonto\"\n\"Konto\";\"DE00 0000 0000 0000 0000 00\"\n");
                k.write("Buchungstag;Valutadatum;Beguenstigter/Zahlungspflichtiger;Verwendungszweck;Betrag;Waehrung;Saldo\n");
                long balance = 0;
                for (Transaction t : txs) {
                    String name = cats.stream().filter(c -> c.id() == t.categoryId()).findFirst().orElseThrow().name();
                    String payee = "Händler " + (t.id() % 97);
                    o.write(t.date() + "," + t.kind().label() + "," + name + "," + t.amount().toDecimalString() + ",EUR," + t.description()
                            + "," + payee + "\n");
                    balance += t.signedMinor();
                    k.write(GERMAN.format(t.date()) + ";" + GERMAN.format(t.date().plusDays(1)) + ";" + payee + ";" + t.description() + ";"
                            + german(t.signedMinor()) + ";EUR;" + german(balance) + "\n");
                }
            }
        }
    }

    /** {@code -1.234,56}. */
    private static String german(long minor) {
        String digits = Long.toString(Math.abs(minor) / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (minor < 0 ? "-" : "") + grouped + "," + String.format(Locale.ROOT, "%02d", Math.abs(minor) % 100);
    }

    private static double importing(Path file, Path dir) throws Exception {
        AccountSettings settings = new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"));
        char[] pw = "benchmark-password".toCharArray();
        try (Store store = Store.open(dir)) {
            AccountService accounts = new AccountService(store, new PasswordHasher(Argon2Params.OWASP, new SecureRandom()),
                    PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            accounts.createFirstAdmin("alice", pw.clone(), "cli");
            Session alice = accounts.login("alice", pw.clone(), "cli");
            ImportService imports = new ImportService(store, accounts, "", io.finterm.domain.BusinessDays.WEEKENDS_ONLY, Clock.systemUTC());
            ImportSource source = new ImportSource() {
                @Override
                public String name() {
                    return file.getFileName().toString();
                }

                @Override
                public InputStream open() throws java.io.IOException {
                    return Files.newInputStream(file);
                }
            };
            System.gc();
            return Stopwatch.millis(() -> imports.importFile(alice, source, new ImportService.Options(false, false), n -> { }));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
