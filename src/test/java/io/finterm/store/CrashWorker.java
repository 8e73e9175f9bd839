package io.finterm.store;

import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: opens the store, prints {@code READY}, then runs the
 * workload forever, printing {@code ACK n END} after the n-th commit of this round returned, until
 * it is killed. Not a test.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        long round = Long.parseLong(args[2]);
        try (Store store = Store.open(dir)) {
            Snapshot model = Snapshot.of(store);
            System.out.println("READY");
            System.out.flush();
            CrashWorkload workload = new CrashWorkload(seed, round);
            long acked = 0;
            while (true) {
                CrashWorkload.Step step = workload.next(model);
                switch (step.kind()) {
                    case COMMIT -> {
                        store.write(tx -> {
                            step.write().accept(tx);
                            return null;
                        });
                        step.expect().accept(model);
                        System.out.println("ACK " + ++acked + " END");
                        System.out.flush();
                    }
                    case REFUSED -> {
                        try {
                            store.write(tx -> {
                                step.write().accept(tx);
                                return null;
                            });
                            throw new IllegalStateException("a constraint violation was committed");
                        } catch (UniqueViolation expected) {
                            // nothing was written
                        }
                    }
                    case COMPACT -> store.compact();
                }
            }
        }
    }
}
