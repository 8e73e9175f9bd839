package io.finterm.store;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Iterators over index entries that a write transaction combines: the committed entries it has not
 * touched, merged in order with the entries of its own rows.
 */
final class EntryIterators {
    private EntryIterators() {
    }

    /** The entries of {@code it} that {@code keep} accepts, in order. */
    static Iterator<Object[]> filter(Iterator<Object[]> it, Predicate<Object[]> keep) {
        return new Iterator<>() {
            private Object[] next = advance();

            private Object[] advance() {
                while (it.hasNext()) {
                    Object[] e = it.next();
                    if (keep.test(e)) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object[] next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object[] e = next;
                next = advance();
                return e;
            }
        };
    }

    /** Merges two iterators that are each sorted by {@code order} into one sorted by it. */
    static Iterator<Object[]> merge(Iterator<Object[]> a, Iterator<Object[]> b, Comparator<Object[]> order) {
        return new Merge(a, b, order);
    }

    private static final class Merge implements Iterator<Object[]> {
        private final Iterator<Object[]> a;
        private final Iterator<Object[]> b;
        private final Comparator<Object[]> order;
        private Object[] headA;
        private Object[] headB;

        Merge(Iterator<Object[]> a, Iterator<Object[]> b, Comparator<Object[]> order) {
            this.a = a;
            this.b = b;
            this.order = order;
            headA = a.hasNext() ? a.next() : null;
            headB = b.hasNext() ? b.next() : null;
        }

        @Override
        public boolean hasNext() {
            return headA != null || headB != null;
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] out;
            if (headB == null || (headA != null && order.compare(headA, headB) <= 0)) {
                out = headA;
                headA = a.hasNext() ? a.next() : null;
            } else {
                out = headB;
                headB = b.hasNext() ? b.next() : null;
            }
            return out;
        }
    }
}
