package io.finterm.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    @Test
    void everyItemArrivesInOrderOnTheCallersThread() {
        List<Long> got = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (ReadAhead<Long> ahead = new ReadAhead<>(sink -> LongStream.range(0, 10_000).forEach(sink::accept))) {
            ahead.drain(item -> {
                got.add(item);
                threads.add(Thread.currentThread());
            });
        }
        assertEquals(LongStream.range(0, 10_000).boxed().collect(Collectors.toList()), got);
        assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void nothingToReadIsNoItems() {
        List<Object> got = new ArrayList<>();
        try (ReadAhead<Object> ahead = new ReadAhead<>(sink -> { })) {
            ahead.drain(got::add);
        }
        assertEquals(List.of(), got);
    }

    @Test
    void whatTheProducerThrowsComesOutOfDrainAfterTheItemsBeforeIt() {
        FintermException broken = new FintermException("line 3: the CSV quoting is broken");
        List<Integer> got = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(sink -> {
            sink.accept(1);
            sink.accept(2);
            throw broken;
        })) {
            assertSame(broken, assertThrows(FintermException.class, () -> ahead.drain(got::add)));
        }
        assertEquals(List.of(1, 2), got);
    }

    @Test
    void anErrorInTheProducerDoesNotLeaveTheConsumerWaiting() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(sink -> {
            throw new StackOverflowError("deep");
        })) {
            assertEquals("deep", assertThrows(StackOverflowError.class, () -> ahead.drain(i -> { })).getMessage());
        }
    }

    @Test
    void aConsumerThatGivesUpStopsTheProducer() {
        AtomicReference<Thread> producer = new AtomicReference<>();
        ReadAhead<Long> ahead = new ReadAhead<>(sink -> {
            producer.set(Thread.currentThread());
            for (long i = 0; ; i++) {
                sink.accept(i); // would never end on its own
            }
        });
        IllegalStateException full = new IllegalStateException("the disk is full");
        assertSame(full, assertThrows(IllegalStateException.class, () -> ahead.drain(i -> {
            if (i == 5_000) {
                throw full;
            }
        })));
        ahead.close();
        assertFalse(producer.get().isAlive());
    }
}
