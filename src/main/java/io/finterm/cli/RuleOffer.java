package io.finterm.cli;

import io.finterm.service.Session;
import java.util.regex.Pattern;

/**
 * After a person files an imported transaction into another category by hand, the command that would
 * make that a rule, so that the next import files every such row there by itself. What to offer is the
 * rules service's decision ({@code RuleService.offer}); this only writes it as a command line.
 */
final class RuleOffer {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+-]+");

    private RuleOffer() {
    }

    /** The offer for transaction {@code id}, filed by hand out of {@code previousCategoryId}, or {@code null}. */
    static String of(Cli cli, Session s, long id, long previousCategoryId, String username) {
        return cli.backend().services().rules().offer(s, id, previousCategoryId).map(o -> {
            var r = o.rule();
            return "to file every such row into " + o.category() + ": finterm rules add --match " + quoted(r.match()) + " --field "
                    + r.field().label() + " --category " + shell(r.category()) + (r.at() == null ? "" : " --at " + r.at())
                    + " --as " + shell(username);
        }).orElse(null);
    }

    /** {@code text} in single quotes, as a POSIX shell reads it back. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code word} as a shell reads it back: as it is when it is plain, else quoted. */
    static String shell(String word) {
        return PLAIN.matcher(word).matches() ? word : quoted(word);
    }
}
