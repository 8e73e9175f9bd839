package io.finterm.service;

/**
 * A text that a regular expression may read only so many characters of. Java's regex engine
 * backtracks, so a pattern such as {@code (a+)+$} takes exponential time on some texts; every step
 * of the engine reads a character, so counting the reads bounds the time, and a match that runs
 * over the budget is abandoned with {@link Exhausted} (and counted as no match by the caller).
 */
final class StepLimitedText implements CharSequence {
    /** How many characters one match may read: far more than any sane pattern needs on a payee or a description. */
    static final int STEPS = 100_000;
    /**
     * How long one match may run, checked every {@link #CHECK_EVERY} reads: some patterns do much work
     * between two reads (deeply nested counted groups), so that the count alone would allow seconds.
     */
    static final long MAX_NANOS = 50_000_000L;
    private static final int CHECK_EVERY = 1024;

    /** Thrown when the budget is spent; without a stack trace, since it is expected and may be frequent. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("the regular expression took too many steps", null, false, false);
        }
    }

    private final String text;
    private final int offset;
    private final int length;
    private final Budget budget;

    /** What one match may still spend, shared by the text and its subsequences. */
    private static final class Budget {
        private int steps = STEPS;
        private final long deadline = System.nanoTime() + MAX_NANOS;
    }

    /** {@code text} with a fresh budget of {@link #STEPS} reads and {@link #MAX_NANOS}. */
    StepLimitedText(String text) {
        this(text, 0, text.length(), new Budget());
    }

    private StepLimitedText(String text, int offset, int length, Budget budget) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        int left = --budget.steps;
        if (left < 0 || left % CHECK_EVERY == 0 && System.nanoTime() - budget.deadline > 0) {
            throw new Exhausted();
        }
        return text.charAt(offset + index);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("subSequence(" + start + ", " + end + ") of " + length);
        }
        return new StepLimitedText(text, offset + start, end - start, budget); // shares the budget
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
