package io.finterm.domain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses counted repetitions that no step limit can stop. A rule's regular expression is run on a
 * text that counts the characters read ({@code service.StepLimitedText}), but a group that matches
 * nothing, repeated by a count ({@code (){100000000}y}), loops without reading a character: Java's
 * engine would spin for minutes. So every {@code {n}}, {@code {n,}} and {@code {n,m}} may ask for at
 * most {@link #MAX_COUNT} repetitions, and nested ones at most {@link #MAX_PRODUCT} together.
 */
final class RegexBounds {
    static final int MAX_COUNT = 1000;
    static final long MAX_PRODUCT = 10_000;

    private RegexBounds() {
    }

    /** Throws a {@link ValidationException} naming the count and where it is when {@code regex} repeats too much. */
    static void check(String regex) {
        int n = regex.length();
        // Per open group, the most repetitions anything inside it asks for so far (its own count not yet known).
        Deque<Long> outer = new ArrayDeque<>();
        long inner = 1;
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                outer.push(inner);
                inner = 1;
            } else if (c == ')') {
                long count = count(regex, i + 1);
                long total = count * inner;
                check(regex, i + 1, count, total);
                inner = Math.max(outer.isEmpty() ? 1 : outer.pop(), total);
            } else if (c == '{') {
                long count = count(regex, i);
                check(regex, i, count, count);
                inner = Math.max(inner, count);
            }
        }
    }

    private static void check(String regex, int at, long count, long total) {
        if (count > MAX_COUNT) {
            throw new ValidationException("match", "the regular expression repeats " + count + " times at character " + (at + 1)
                    + "; at most " + MAX_COUNT + ": " + Text.clean(regex));
        }
        if (total > MAX_PRODUCT) {
            throw new ValidationException("match", "the regular expression's repetitions inside repetitions come to " + total
                    + " at character " + (at + 1) + "; at most " + MAX_PRODUCT + ": " + Text.clean(regex));
        }
    }

    /** The largest count of a {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}, or 1 when there is none. */
    private static long count(String regex, int at) {
        if (at >= regex.length() || regex.charAt(at) != '{') {
            return 1;
        }
        long largest = 0;
        long value = -1;
        for (int i = at + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= '0' && c <= '9') {
                value = Math.min(Integer.MAX_VALUE, (value < 0 ? 0 : value) * 10 + (c - '0'));
            } else if (c == ',' || c == '}') {
                largest = Math.max(largest, value);
                value = -1;
                if (c == '}') {
                    return Math.max(1, largest);
                }
            } else {
                return 1; // not a count: Java reads it, or refuses it, as something else
            }
        }
        return 1;
    }

    /** Where the character class opened at {@code at} ends (Java's classes nest: {@code [a-z&&[^x]]}). */
    private static int classEnd(String regex, int at) {
        int depth = 0;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && i > at + 1 && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}
