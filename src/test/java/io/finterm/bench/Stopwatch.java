package io.finterm.bench;

import java.util.Arrays;

/** Timing helpers for the benchmarks: wall time and percentiles in milliseconds. */
final class Stopwatch {
    private Stopwatch() {
    }

    interface Work {
        void run() throws Exception;
    }

    static double millis(Work work) throws Exception {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e6;
    }

    static double percentile(double[] samples, double p) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100 * s.length) - 1)];
    }

    static double mean(double[] samples) {
        return Arrays.stream(samples).average().orElse(0);
    }
}
