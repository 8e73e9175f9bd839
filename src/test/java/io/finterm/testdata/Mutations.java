package io.finterm.testdata;

import java.util.Random;

/**
 * The fuzzers' seeded mutator: a few flips, inserts, deletes, duplicated spans and truncations of a
 * seed. Each fuzzer gives the pieces likely to break its format and how long a span it deletes and
 * duplicates; the same seed and {@link Random} always give the same input, so a failure can be replayed.
 */
public final class Mutations {
    /** Pieces that break finterm's own inputs: terminal escapes, separators, JSON, XML, filters, numbers. */
    public static final String[] PIECES = {"\u001b]52;c;", "\u009b", "\u202e", "\u200b", "\"", ",", "\n", "\r\n", "\t", "\\", "{", "}",
        "[", "]", ":", "null", "-", "..", "1e309", "9999999999999999999", "NaN", "€", "😀", "\u0000", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "&e;", "<Cube", "/>", "='", "2024-02-30", "amt:>", "cat:", "not:", "date:..", "\"unclosed", ";", "reconciled", "\"lines\":[",
        "\"tags\":[", "{\"category\":", "x".repeat(50)};

    /** The mutator of {@code service.FuzzTest}: its {@link #PIECES}, deleting up to 11 characters and duplicating up to 39. */
    public static final Mutations GENERAL = new Mutations(PIECES, 12, 40);

    private final String[] pieces;
    private final int deleted;
    private final int duplicated;

    /**
     * @param pieces what an insert puts in
     * @param deleted a delete removes fewer characters than this
     * @param duplicated a duplicated span is shorter than this
     */
    public Mutations(String[] pieces, int deleted, int duplicated) {
        this.pieces = pieces.clone();
        this.deleted = deleted;
        this.duplicated = duplicated;
    }

    /** Mutates {@code seed} a few times: flips, inserts, deletes, duplicates, truncates. */
    public String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) random.nextInt(0x250));
                    }
                }
                case 1 -> s.insert(at, pieces[random.nextInt(pieces.length)]);
                case 2 -> s.delete(at, Math.min(s.length(), at + random.nextInt(deleted)));
                case 3 -> {
                    int end = Math.min(s.length(), at + random.nextInt(duplicated));
                    s.insert(end, s.substring(at, end));
                }
                case 4 -> s.setLength(Math.min(s.length(), at));
                default -> s.insert(at, (char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return s.toString();
    }
}
