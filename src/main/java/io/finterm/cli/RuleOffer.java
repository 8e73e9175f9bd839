package io.finterm.cli;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.service.Listed;
import io.finterm.service.Session;
import java.util.regex.Pattern;

/**
 * After a person files an imported transaction into another category by hand, the command that would
 * make that a rule, so that the next import files every such row there by itself.
 */
final class RuleOffer {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+-]+");

    private RuleOffer() {
    }

    /** The offer for {@code before} edited into {@code after}, or {@code null} when there is nothing to offer. */
    static String of(Cli cli, Session s, Listed before, Listed after, String username) {
        Transaction t = after.transaction();
        if (before.transaction().origin().importId() == 0 || t.isSplit() || t.isTransfer() || before.category().equals(after.category())
                && before.transaction().kind() == t.kind()) {
            return null;
        }
        boolean byPayee = !t.payee().isBlank();
        String text = byPayee ? t.payee() : t.description();
        if (text.isBlank()) {
            return null;
        }
        String category = after.category();
        long kinds = cli.backend().services().categories().list(s).stream().map(Category::name).filter(category::equalsIgnoreCase).count();
        String named = kinds > 1 ? t.kind().label() + ":" + category : category;
        return "to file every such row into " + category + ": finterm rules add --match " + quoted(text) + " --field "
                + (byPayee ? "payee" : "description") + " --category " + shell(named) + " --as " + shell(username);
    }

    /** {@code text} in single quotes, as a POSIX shell reads it back. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String shell(String word) {
        return PLAIN.matcher(word).matches() ? word : quoted(word);
    }
}
