package io.finterm.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Free labels on a transaction, such as {@code trip-rome} or {@code tax}. A tag is one word of
 * letters, digits and {@code - _ . /}, kept in lower case, so that {@code Tax} and {@code tax} are
 * one tag in the index and in reports; a transaction keeps them sorted and without repeats.
 */
public final class Tags {
    public static final int MAX_LENGTH = 40;
    public static final int MAX_PER_TRANSACTION = 20;

    private Tags() {
    }

    /** One tag as stored, or a {@link ValidationException} that says what is wrong with it. */
    public static String tag(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ValidationException("tag", "must not be blank");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_LENGTH) { // said without quoting it: it may be a whole file's worth
            throw new ValidationException("tag", "a tag of " + length + " characters; at most " + MAX_LENGTH);
        }
        // Every message quotes the tag cleaned: a refused tag may hold the very escape codes it is refused for.
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new ValidationException("tag", "'" + Text.clean(t) + "' has a space; a tag is one word, such as trip-rome");
            }
            if (Character.isISOControl(c) || Text.isUnsafe(c)) {
                throw new ValidationException("tag", "'" + Text.clean(t) + "' has a control character");
            }
            if (!Character.isLetterOrDigit(c) && "-_./".indexOf(c) < 0) {
                throw new ValidationException("tag", "'" + Text.clean(t) + "' has '" + c + "'; a tag has letters, digits and - _ . / only");
            }
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** Tags as a transaction keeps them: each checked, lower case, sorted, without repeats. */
    public static List<String> of(Collection<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String t : tags) {
            sorted.add(tag(t));
        }
        if (sorted.size() > MAX_PER_TRANSACTION) {
            throw new ValidationException("tags", "at most " + MAX_PER_TRANSACTION + " tags, not " + sorted.size());
        }
        return List.copyOf(sorted);
    }

    /** Tags typed as one field, {@code a,b} (commas; the CSV column uses {@code ;}, which is read here too). */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;]", -1)) {
            if (part.isBlank()) {
                throw new ValidationException("tags", "'" + Text.clean(text) + "' has an empty tag between separators");
            }
            out.add(part);
        }
        return of(out);
    }
}
