package io.finterm.format;

import io.finterm.domain.Tags;
import io.finterm.domain.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Tags as a file gives them, checked as a person's are ({@link Tags}, which refuses a tag far too long
 * by its length, without quoting it back), each refusal under the file's {@code tags} column.
 */
final class TagText {
    private TagText() {
    }

    /** {@code a;b} as a CSV cell holds them: each checked, an empty one between separators refused. */
    static List<String> cell(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            if (part.isBlank()) {
                throw new ValidationException("tags", "has an empty tag between separators (tags are separated by ;)");
            }
            parts.add(part);
        }
        return all(parts);
    }

    /** Each of {@code tags} checked, then kept as a transaction keeps them; any refusal names the {@code tags} field. */
    static List<String> all(Collection<String> tags) {
        if (tags.size() > 10 * Tags.MAX_PER_TRANSACTION) {
            throw new ValidationException("tags", tags.size() + " tags; at most " + Tags.MAX_PER_TRANSACTION);
        }
        List<String> checked = new ArrayList<>(tags.size());
        for (String t : tags) {
            try {
                checked.add(Tags.tag(t));
            } catch (ValidationException e) {
                throw new ValidationException("tags", e.reason());
            }
        }
        try {
            return Tags.of(checked);
        } catch (ValidationException e) {
            throw new ValidationException("tags", e.reason());
        }
    }
}
