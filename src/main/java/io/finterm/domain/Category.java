package io.finterm.domain;

/** A user's named bucket for income or for expenses; names are unique per user and kind, ignoring case. */
public record Category(long id, long userId, TxKind kind, String name) {
    /** Where a bank import books what it cannot know the category of, one for expenses and one for income. */
    public static final String UNCATEGORIZED = "Uncategorized";

    public static final int MAX_NAME = 40;

    public Category {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.required("kind", kind);
        if (kind.isTransfer()) {
            throw new ValidationException("kind", "a category is for income or expenses, not transfers");
        }
        name = Text.field("category", name, MAX_NAME, true);
    }
}
