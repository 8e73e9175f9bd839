package io.finterm.tui;

import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import java.util.List;

/**
 * The entry form's payee and tags, and the completion of every field of the form. The payee and tags complete from the user's history (most recently used
 * first), the tags one at a time, the last of the comma-separated ones being the one completed.
 */
final class EntryDetails {
    private final Tui tui;
    final Field payee = Field.text("payee", "Payee", Transaction.MAX_PAYEE);
    final Field tags = Field.text("tags", "Tags", 400);

    EntryDetails(Tui tui) {
        this.tui = tui;
    }

    /** The payee and tags of the transaction being edited. */
    void fill(Transaction t) {
        payee.set(t.payee());
        tags.set(String.join(", ", t.tags()));
    }

    List<Field> fields() {
        return List.of(payee, tags);
    }

    /** Whether {@code f} is one of these; if so its completion is set for what it holds. */
    boolean suggest(Field f) {
        if (f == payee) {
            List<String> found = payee.isEmpty() ? List.of() : tui.services().completion().payees(tui.session(), payee.text(), 1);
            payee.suggestion = found.isEmpty() ? null : found.get(0);
            return true;
        }
        if (f == tags) {
            tags.suggestion = tagSuggestion(tags.text());
            return true;
        }
        return false;
    }

    /** Sets the completion of any of the form's fields for what it holds: categories, accounts, descriptions, payees, tags. */
    void suggestAny(Field f, EntryAccounts accounts, SplitEditor split) {
        if (suggest(f)) {
            return;
        }
        if (f.isEmpty()) {
            f.suggestion = null;
            return;
        }
        String name = split.holds(f) && f.name.endsWith(" category") ? "category" : f.name;
        List<String> found = switch (name) {
            case "category" -> tui.services().transactions().completeCategories(tui.session(), f.text());
            case "description" -> tui.services().transactions().completeDescriptions(tui.session(), f.text(), 1);
            case "account", "from", "to" -> java.util.Optional.ofNullable(accounts.complete(f.text())).stream().toList();
            default -> List.of();
        };
        f.suggestion = found.isEmpty() ? null : found.get(0);
    }

    /** "trip-rome, ta" becomes "trip-rome, tax" when tax was used: the tags before the last stay as typed. */
    private String tagSuggestion(String typed) {
        int cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';')) + 1;
        String last = typed.substring(cut).strip();
        if (last.isEmpty()) {
            return null;
        }
        List<String> before = List.of(typed.substring(0, cut).toLowerCase(java.util.Locale.ROOT).split("[,;]\\s*"));
        String lead = typed.substring(0, typed.length() - typed.substring(cut).stripLeading().length());
        return tui.services().completion().tags(tui.session(), last, 5).stream().filter(t -> !before.contains(t)).findFirst()
                .map(t -> lead + t).orElse(null);
    }

    /** The tags typed, checked; a bad one is refused as the tags field's, with the reason the rules give. */
    List<String> tagList() {
        try {
            return Tags.parse(tags.text());
        } catch (ValidationException e) {
            throw new ValidationException("tags", e.reason());
        }
    }
}
