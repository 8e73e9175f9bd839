package io.finterm.format;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own and hands what it produces, in order and in batches, to
 * the thread that calls {@link #drain}. The queue is bounded, so the producer runs at most
 * {@value #BATCHES} batches ahead and memory stays flat. What the producer throws is rethrown by
 * {@link #drain}; closing stops the producer and waits a little for its thread.
 */
public final class ReadAhead<T> implements AutoCloseable {
    private static final int BATCH = 1024;
    private static final int BATCHES = 8;
    private static final long STOP_WAIT_MILLIS = 2_000;

    /** Closes the stream of batches: {@code failure} is what the producer threw, or null. */
    private record End(Throwable failure) {
    }

    /** Thrown inside the producer when the consumer has gone away. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean stopped;

    /**
     * Runs {@code reader} (which hands every row to its first argument and every bad line, as
     * {@code (line, "field: reason")}, to its second) on a thread of its own, a few thousand rows
     * ahead, while this thread gets every row and every error in file order: a large import spends
     * about as long checking and storing rows as reading them, and a second core can do the reading.
     * If {@code rows} or {@code errors} throws, the reading thread stops too.
     */
    public static <R> void rowsAndErrors(BiConsumer<Consumer<R>, BiConsumer<Long, String>> reader, Consumer<R> rows,
                                         BiConsumer<Long, String> errors) {
        try (ReadAhead<Object> ahead = new ReadAhead<>(sink -> reader.accept(sink::accept, (line, why) -> sink.accept(new BadRow(line, why))))) {
            ahead.drain(item -> {
                if (item instanceof BadRow bad) {
                    errors.accept(bad.line(), bad.why());
                } else {
                    @SuppressWarnings("unchecked")
                    R row = (R) item;
                    rows.accept(row);
                }
            });
        }
    }

    private record BadRow(long line, String why) {
    }

    /** Starts {@code producer}, which hands each item to the consumer it is given. */
    ReadAhead(Consumer<Consumer<T>> producer) {
        thread = new Thread(() -> produce(producer), "read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Consumer<Consumer<T>> producer) {
        List<T> batch = new ArrayList<>(BATCH);
        Throwable failure = null;
        try {
            producer.accept(item -> {
                batch.add(item);
                if (batch.size() == BATCH) {
                    put(new ArrayList<>(batch));
                    batch.clear();
                }
            });
        } catch (Stopped stop) {
            return;
        } catch (RuntimeException | Error e) { // an Error too: the consumer must not wait for ever
            failure = e;
        }
        try {
            put(batch); // the items before a failure arrive first, as they would without reading ahead
            put(new End(failure));
        } catch (Stopped ignored) {
            // nobody is listening any more
        }
    }

    private void put(Object batch) {
        try {
            do {
                if (stopped) {
                    throw new Stopped();
                }
            } while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Hands every item to {@code consumer} on this thread, in order, until the producer is done. */
    @SuppressWarnings("unchecked")
    void drain(Consumer<? super T> consumer) {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            if (next instanceof End end) {
                if (end.failure() instanceof Error e) {
                    throw e;
                }
                if (end.failure() != null) {
                    throw (RuntimeException) end.failure();
                }
                return;
            }
            for (T item : (List<T>) next) {
                consumer.accept(item);
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear(); // frees a producer waiting for room, which then sees the stop
        try {
            // Bounded: a producer blocked in a read that never returns (a FIFO, say) must not hold up
            // the caller's error; it is a daemon and stops at its next item.
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
