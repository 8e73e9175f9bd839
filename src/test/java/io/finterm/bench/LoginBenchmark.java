package io.finterm.bench;

import io.finterm.domain.Role;
import io.finterm.service.AccountService;
import io.finterm.service.AccountSettings;
import io.finterm.service.DefaultCategories;
import io.finterm.service.Argon2Params;
import io.finterm.service.PasswordHasher;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.Session;
import io.finterm.service.UserAdminService;
import io.finterm.store.Store;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Login cost with the shipped Argon2id settings (OWASP: 19 MiB, 2 passes, 1 lane): the first hash
 * in a fresh JVM, a warm login against a bare Argon2id hash measured in the same run, the memory
 * one hash allocates, and throughput with several logins at once.
 * {@code mvn -Pbench -Dbench.class=io.finterm.bench.LoginBenchmark}. Not a test.
 */
public final class LoginBenchmark {
    private LoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        char[] password = "a-benchmark-password".toCharArray();
        PasswordHasher hasher = new PasswordHasher(Argon2Params.OWASP, new SecureRandom());
        if (args.length > 0 && args[0].equals("failures")) { // -Dbench.args=failures: only the timings of failed logins
            for (Duration beat : List.of(Duration.ZERO, Duration.ofMillis(250))) {
                failureTimings(hasher, password, beat);
            }
            return;
        }
        double first = Stopwatch.millis(() -> hasher.hash(password.clone()));

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String stored = hasher.hash(password.clone());
        double mibPerHash = (threads.getCurrentThreadAllocatedBytes() - before) / 1048576.0;

        AccountSettings settings = new AccountSettings(1000, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"));
        try (Store store = Store.inMemory()) {
            AccountService accounts = new AccountService(store, hasher, PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            UserAdminService userAdmin = new UserAdminService(store, accounts);
            accounts.createFirstAdmin("root", password.clone(), "cli");
            Session admin = accounts.login("root", password.clone(), "cli");
            for (int i = 0; i < 8; i++) {
                userAdmin.createUser(admin, "user" + i, password.clone(), Role.USER);
            }
            int n = 40;
            double[] bare = new double[n];
            double[] login = new double[n];
            for (int i = 0; i < n; i++) {
                bare[i] = Stopwatch.millis(() -> hasher.verify(password.clone(), stored));
                login[i] = Stopwatch.millis(() -> accounts.login("root", password.clone(), "cli"));
            }
            double bareP50 = Stopwatch.percentile(bare, 50);
            double loginP50 = Stopwatch.percentile(login, 50);
            System.out.printf(Locale.ROOT, "%nArgon2id m=19456 KiB, t=2, p=1 on %d cores, max heap %d MiB%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "first hash in a fresh JVM      %8.1f ms  (%.1f x a warm bare hash)%n", first, first / bareP50);
            System.out.printf(Locale.ROOT, "bare Argon2id verify, p50      %8.1f ms%n", bareP50);
            System.out.printf(Locale.ROOT, "login (lookup+verify+update)   %8.1f ms  (%.2f x bare)%n", loginP50, loginP50 / bareP50);
            System.out.printf(Locale.ROOT, "memory allocated by one hash   %8.1f MiB%n", mibPerHash);
            for (int parallel : new int[] {1, 2, 4, 8}) {
                ExecutorService pool = Executors.newFixedThreadPool(parallel);
                int logins = 32;
                double ms = Stopwatch.millis(() -> {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 0; i < logins; i++) {
                        String user = "user" + (i % 8);
                        done.add(pool.submit(() -> accounts.login(user, password.clone(), "cli")));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                });
                pool.shutdown();
                System.out.printf(Locale.ROOT, "%d logins at once: %6.1f logins/s, %5.1f ms each on average, ~%.0f MiB of hash memory in use%n",
                        parallel, logins * 1000 / ms, ms * parallel / logins, parallel * mibPerHash);
            }
        }
        for (Duration beat : List.of(Duration.ZERO, Duration.ofMillis(250))) {
            failureTimings(hasher, password, beat);
        }
    }

    /**
     * How long a failed login takes for a known name with a wrong password, an unknown name and a
     * locked account, sampled in turn on a journaled store (a known name's failure is written and
     * forced to disk), with and without the beat; the Mann-Whitney U test's p-value says whether the
     * samples could come from one distribution (large: indistinguishable at this sample size).
     */
    private static void failureTimings(PasswordHasher hasher, char[] password, Duration beat) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("finterm-login-bench");
        AccountSettings settings = new AccountSettings(3, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"), beat);
        try (Store store = Store.open(dir)) {
            AccountService accounts = new AccountService(store, hasher, PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            UserAdminService userAdmin = new UserAdminService(store, accounts);
            accounts.createFirstAdmin("root", password.clone(), "cli");
            Session admin = accounts.login("root", password.clone(), "cli");
            userAdmin.createUser(admin, "known", password.clone(), Role.USER);
            userAdmin.createUser(admin, "locked", password.clone(), Role.USER);
            for (int i = 0; i < 3; i++) {
                fail(accounts, "locked");
            }
            int n = 60;
            double[] known = new double[n];
            double[] unknown = new double[n];
            double[] locked = new double[n];
            for (int i = 0; i < n; i++) {
                known[i] = Stopwatch.millis(() -> fail(accounts, "known"));
                String nobody = "nobody" + i;
                unknown[i] = Stopwatch.millis(() -> fail(accounts, nobody));
                locked[i] = Stopwatch.millis(() -> fail(accounts, "locked"));
                accounts.login("known", password.clone(), "cli").toString(); // resets its failures, so it never locks
            }
            var test = new org.apache.commons.math3.stat.inference.MannWhitneyUTest();
            System.out.printf(Locale.ROOT, "%nfailed logins, beat %d ms, %d each (p50 ms; Mann-Whitney p against a known name)%n",
                    beat.toMillis(), n);
            System.out.printf(Locale.ROOT, "  known name, wrong password %8.2f%n", Stopwatch.percentile(known, 50));
            System.out.printf(Locale.ROOT, "  unknown name               %8.2f   p = %.3f%n", Stopwatch.percentile(unknown, 50),
                    test.mannWhitneyUTest(known, unknown));
            System.out.printf(Locale.ROOT, "  locked account             %8.2f   p = %.3f%n", Stopwatch.percentile(locked, 50),
                    test.mannWhitneyUTest(known, locked));
        }
    }

    private static void fail(AccountService accounts, String name) {
        try {
            accounts.login(name, "not-the-password".toCharArray(), "cli");
            throw new IllegalStateException("a wrong password was accepted");
        } catch (io.finterm.service.LoginFailed expected) {
            // what is measured
        }
    }
}
