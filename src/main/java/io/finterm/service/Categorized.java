package io.finterm.service;

import java.util.List;

/**
 * What categorising one bank row decided: its category (0 when nothing decided, and the row stays
 * uncategorized), the tags a rule adds, the payee and description a rule sets (blank to keep the
 * row's), where the decision came from, and why, in words.
 *
 * @param rule the position of the rule that hit, or 0
 */
record Categorized(long categoryId, List<String> tags, String payee, String description, Source source, int rule, String why) {
    /** Where a row's category came from. */
    enum Source {
        /** The file named it (finterm's own CSV). */
        FILE,
        RULE,
        HISTORY,
        NONE
    }

    static final Categorized NONE = new Categorized(0, List.of(), "", "", Source.NONE, 0, "");
    static final Categorized FROM_FILE = new Categorized(0, List.of(), "", "", Source.FILE, 0, "");

    /** As the preview shows it: {@code rule 2}, {@code history}, or blank. */
    String shown() {
        return switch (source) {
            case RULE -> "rule " + rule;
            case HISTORY -> "history";
            case FILE, NONE -> "";
        };
    }
}
