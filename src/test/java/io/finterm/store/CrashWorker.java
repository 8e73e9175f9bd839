package io.finterm.store;

import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: opens the store, prints {@code READY}, then runs the
 * workload forever, printing {@code ACK n END} after the n-th commit of this round returned, until
 * it is killed. Not a test.
 *
 * <p>With {@code undo DIR USER} it undoes and redoes the user's one step (a large import) over and
 * over instead, printing {@code ACK n END} after reversal n returned, and compacts after every third.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        if (args[0].equals("undo")) {
            undoAndRedo(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
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

    private static void undoAndRedo(Path dir, long userId) {
        try (Store store = Store.open(dir)) {
            long n = store.read(rd -> CrashWorkload.reversals(CrashWorkload.theStep(rd, userId)));
            System.out.println("READY");
            System.out.flush();
            while (true) {
                CrashWorkload.reverse(store, userId, ++n);
                System.out.println("ACK " + n + " END");
                System.out.flush();
                if (n % 3 == 0) {
                    store.compact(); // compaction keeps what undo needs: the step and its images
                }
            }
        }
    }
}
