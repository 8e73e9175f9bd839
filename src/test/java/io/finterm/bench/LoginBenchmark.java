package io.finterm.bench;

import io.finterm.domain.Role;
import io.finterm.service.AccountService;
import io.finterm.service.AccountSettings;
import io.finterm.service.DefaultCategories;
import io.finterm.service.Argon2Params;
import io.finterm.service.PasswordHasher;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.Session;
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
        double first = Stopwatch.millis(() -> hasher.hash(password.clone()));

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String stored = hasher.hash(password.clone());
        double mibPerHash = (threads.getCurrentThreadAllocatedBytes() - before) / 1048576.0;

        AccountSettings settings = new AccountSettings(1000, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"));
        try (Store store = Store.inMemory()) {
            AccountService accounts = new AccountService(store, hasher, PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            accounts.createFirstAdmin("root", password.clone());
            Session admin = accounts.login("root", password.clone());
            for (int i = 0; i < 8; i++) {
                accounts.createUser(admin, "user" + i, password.clone(), Role.USER);
            }
            int n = 40;
            double[] bare = new double[n];
            double[] login = new double[n];
            for (int i = 0; i < n; i++) {
                bare[i] = Stopwatch.millis(() -> hasher.verify(password.clone(), stored));
                login[i] = Stopwatch.millis(() -> accounts.login("root", password.clone()));
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
                        done.add(pool.submit(() -> accounts.login(user, password.clone())));
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
    }
}
