package io.finterm.service;

import io.finterm.domain.Category;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.StoredCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Looking up a user's categories by name, for the services. */
final class Categories {
    private Categories() {
    }

    static Optional<Category> find(ReadTx rd, long userId, TxKind kind, String name) {
        return rd.findUnique(Schema.CATEGORIES_BY_NAME, userId, StoredCodes.kind(kind),
                io.finterm.domain.Text.clean(name).toLowerCase(Locale.ROOT));
    }

    /**
     * {@code name} for a category that is being created or renamed. It may not contain
     * {@link Listed#SPLIT_SEPARATOR}, which joins a split's categories wherever one is listed: a list
     * read back in would otherwise make "Groceries / Shopping" a category of its own.
     */
    static String newName(String name) {
        String n = io.finterm.domain.Text.clean(name);
        if (n.contains(Listed.SPLIT_SEPARATOR)) {
            throw new ValidationException("category", "'" + n + "' has ' / ', which joins the categories of a split where "
                    + "one is listed; name it without (for a split, give its lines: --split, or finterm export --format csv)");
        }
        return n;
    }

    static Category existing(ReadTx rd, long userId, TxKind kind, String name) {
        return find(rd, userId, kind, name).orElseThrow(() -> new ValidationException("category",
                "there is no " + kind.label() + " category '" + io.finterm.domain.Text.clean(name) + "'"));
    }

    static List<Category> all(ReadTx rd, long userId) {
        return rd.scan(Schema.CATEGORIES_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows();
    }

    /** Category names by id, for showing and filtering a user's transactions. */
    static Map<Long, String> names(ReadTx rd, long userId) {
        Map<Long, String> names = new HashMap<>();
        for (Category c : all(rd, userId)) {
            names.put(c.id(), c.name());
        }
        return names;
    }
}
