package io.finterm.tui;

import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry naming a category the user does not have yet (its own, or a split line's): the form
 * offers to create it, of the entry's type, and then saves again.
 */
final class CategoryOffer {
    private CategoryOffer() {
    }

    /** The first category {@code entry} names (its own, or its lines' in order) that the user has no category of its type called; or {@code null}. */
    static String missing(Tui tui, Entry entry) {
        List<String> named = new ArrayList<>();
        if (entry.isSplit()) {
            entry.splits().forEach(s -> named.add(Text.clean(s.category())));
        } else {
            named.add(Text.clean(entry.category()));
        }
        List<String> have = tui.services().categories().list(tui.session()).stream().filter(c -> c.kind() == entry.kind())
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
        return named.stream().filter(n -> !n.isBlank() && !have.contains(n.toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
    }

    /** Offers to create category {@code name} of {@code kind} and then {@code save}; no goes back to the form. */
    static void open(Tui tui, TxKind kind, String name, Runnable save) {
        tui.open(new ConfirmOverlay(tui, "New category", List.of("There is no " + kind.label() + " category '" + name + "'.",
                "Create it as " + (kind == TxKind.EXPENSE ? "an expense" : "an income") + " category and save?",
                "(The Type field decides which; n goes back to the form.)"), () -> {
                    tui.services().categories().add(tui.session(), kind, name);
                    save.run();
                }));
    }
}
