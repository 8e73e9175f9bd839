package io.finterm.domain;

/** One line of a split transaction: a part of its amount, in a category of its own, with an optional memo. */
public record SplitLine(long categoryId, Money amount, String memo) {
    public static final int MAX_MEMO = 100;

    public SplitLine {
        Ids.requirePositive("split category", categoryId);
        Ids.requireAmount("split amount", amount);
        memo = Text.field("memo", memo, MAX_MEMO, false);
    }

    public SplitLine withCategory(long newCategoryId) {
        return new SplitLine(newCategoryId, amount, memo);
    }
}
