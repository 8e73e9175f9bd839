package io.finterm.service;

/**
 * A text that a regular expression may read only so many characters of. Java's regex engine
 * backtracks, so a pattern such as {@code (a+)+$} takes exponential time on some texts; every step
 * of the engine reads a character, so counting the reads bounds the time, and a match that runs
 * over the budget is abandoned with {@link Exhausted} (and counted as no match by the caller).
 */
final class StepLimitedText implements CharSequence {
    /** How many characters one match may read: well under a millisecond of work, far more than any sane pattern needs. */
    static final int STEPS = 100_000;

    /** Thrown when the budget is spent; without a stack trace, since it is expected and may be frequent. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("the regular expression took too many steps", null, false, false);
        }
    }

    private final String text;
    private final int offset;
    private final int length;
    private final int[] steps;

    /** {@code text} with a fresh budget of {@link #STEPS}. */
    StepLimitedText(String text) {
        this(text, 0, text.length(), new int[] {STEPS});
    }

    private StepLimitedText(String text, int offset, int length, int[] steps) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.steps = steps;
    }

    @Override
    public char charAt(int index) {
        if (--steps[0] < 0) {
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
        return new StepLimitedText(text, offset + start, end - start, steps); // shares the budget
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
