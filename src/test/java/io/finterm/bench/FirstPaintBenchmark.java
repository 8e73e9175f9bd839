package io.finterm.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The time from launching finterm in a terminal (tmux) to the login screen being on it: by its
 * launcher {@code target/finterm} (with the class-data archive), and by {@code java -jar
 * target/finterm.jar}, against launching a JVM that only prints the same word, in the same run and
 * the same way (all polled every 2 ms). Run after {@code mvn package} with
 * {@code mvn -B -Pbench -Dbench.class=io.finterm.bench.FirstPaintBenchmark}. Needs tmux.
 */
public final class FirstPaintBenchmark {
    private static final int RUNS = 9;
    private static final String SOCKET = "finterm-bench";

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of("target/finterm").toAbsolutePath();
        Path jar = Path.of("target/finterm.jar").toAbsolutePath();
        Path data = Files.createTempDirectory("finterm-paint");
        feed("root-password-1\n", launcher.toString(), "--data", data.toString(), "init", "--admin", "root", "--password-stdin");
        String classes = Path.of("target/test-classes").toAbsolutePath().toString();
        double[] fast = new double[RUNS];
        double[] plain = new double[RUNS];
        double[] floor = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            floor[i] = paint("java -cp " + classes + " io.finterm.bench.FirstPaintBenchmark\\$Print; sleep 5");
            fast[i] = paint("LANG=C.UTF-8 " + launcher + " --data " + data + "; sleep 5");
            plain[i] = paint("LANG=C.UTF-8 java -jar " + jar + " --data " + data + "; sleep 5");
        }
        double f = median(floor);
        System.out.printf(Locale.ROOT, "%n| launch to the login screen painted (median of %d, %d cores) | ms | × the floor |%n|---|---|---|%n",
                RUNS, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "| target/finterm (the launcher, with the class-data archive) | %.0f | %.2f |%n", median(fast), median(fast) / f);
        System.out.printf(Locale.ROOT, "| java -jar target/finterm.jar | %.0f | %.2f |%n", median(plain), median(plain) / f);
        System.out.printf(Locale.ROOT, "| a bare JVM printing one word (the floor) | %.0f | 1.00 |%n", f);
    }

    /** A JVM that prints the word the benchmark waits for, and nothing else. */
    public static final class Print {
        public static void main(String[] args) {
            System.out.println("Username");
        }
    }

    private static double paint(String command) throws Exception {
        run("tmux", "-L", SOCKET, "kill-server");
        long start = System.nanoTime();
        run("tmux", "-L", SOCKET, "new-session", "-d", "-x", "100", "-y", "30", command);
        while (!capture().contains("Username")) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(20)) {
                throw new IllegalStateException("nothing painted in 20 s: " + command);
            }
            Thread.sleep(2);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        run("tmux", "-L", SOCKET, "kill-server");
        Thread.sleep(300);
        return ms;
    }

    private static String capture() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", SOCKET, "capture-pane", "-p").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static void run(String... command) throws Exception {
        feed("", command);
    }

    /** Runs {@code command} with {@code input} on its standard input, and waits for it. */
    private static void feed(String input, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
