package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Tags;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import io.finterm.format.bank.BankRow;
import io.finterm.store.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Books the rows of a bank file into one account: money out is an expense and money in income, each
 * in the category the person's rules or history give it ({@link Categorizer}), or else in
 * {@code Uncategorized} of its type (a bank knows none of the person's categories); the bank's own
 * labels become tags; and the row is {@link TxStatus#CLEARED}, since the bank has booked it. A row the
 * account has already is skipped ({@link LikelyDuplicates}); a row of 0.00 moves no money and is
 * skipped and counted; a payee or description longer than finterm keeps is shortened and counted.
 */
final class BankRows {
    private final ImportRun run;
    private final Account account;
    private final LikelyDuplicates duplicates;
    private final Categorizer categorizer;
    private final Set<Long> keepLines;
    private final RowSink sink;
    long zeroAmounts;
    long shortened;

    /**
     * @param keepLines the lines to book even though they look like rows the account has
     * @param sink      when not null, hears each row as it would be stored, and each skipped one
     */
    BankRows(ImportRun run, Account account, boolean allowDuplicates, Categorizer categorizer, Set<Long> keepLines, RowSink sink) {
        this.run = run;
        this.categorizer = categorizer;
        this.keepLines = keepLines;
        this.sink = sink;
        this.account = account;
        this.duplicates = allowDuplicates ? null : new LikelyDuplicates(run.store, run.existing, run.user.id(), account.id());
    }

    void add(BankRow row) {
        try {
            if (row.amount().signum() == 0) {
                zeroAmounts++;
                return;
            }
            if (!row.currency().isEmpty() && !Money.currency(row.currency()).equals(account.currency())) {
                // the whole file, not row after row: the account was the wrong one
                throw new FintermException("nothing was imported: line " + row.line() + " is in " + row.currency() + ", and the account '"
                        + account.name() + "' is in " + account.currency().getCurrencyCode() + ": import the file into an account in "
                        + row.currency() + " with --account (finterm account add NAME --currency " + row.currency() + " makes one)");
            }
            Money amount = Money.exact(row.amount().abs(), account.currency());
            TxKind kind = row.amount().signum() < 0 ? TxKind.EXPENSE : TxKind.INCOME;
            String payee = fit(row.payee(), Transaction.MAX_PAYEE);
            String description = fit(description(row), Transaction.MAX_DESCRIPTION);
            Categorized how = categorizer.categorize(kind, account.id(), row.amount().abs(), payee, description);
            Category category = how.categoryId() != 0 ? run.category(how.categoryId()) : run.category(kind, Category.UNCATEGORIZED);
            Transaction t = new Transaction(run.nextId(Schema.TRANSACTIONS), run.user.id(), account.id(), row.date(), kind,
                    category.id(), amount, how.description().isEmpty() ? description : how.description(), 0,
                    how.payee().isEmpty() ? payee : how.payee(), withTags(tags(row), how.tags()), TxStatus.CLEARED, List.of());
            if (run.errors > 0 && !run.dryRun()) {
                return; // the file is refused already: every row is still checked, for its errors, but no more is staged
            }
            String bankId = bankId(row.bankId());
            Transaction old = duplicates == null ? null : duplicates.of(t, bankId, run.basis);
            ScheduleLinks.PostedMatch posted = old != null || duplicates == null || keepLines.contains(row.line()) ? null
                    : run.links.posted(t, run.existing);
            old = posted == null ? old : posted.transaction();
            if (old != null && !keepLines.contains(row.line())) {
                run.duplicate("line " + row.line() + ": " + row.date() + " " + row.amount().toPlainString() + " " + label(t)
                        + " is transaction " + old.id() + " of " + old.date() + (bankId.isEmpty() ? "" : " (bank id " + bankId + ")")
                        + (posted == null ? "" : ", " + posted.named()), old);
                if (sink != null) {
                    sink.duplicate(row.line(), stated(t, bankId, row), category.name(), how, old, posted == null ? null : posted.named());
                }
                return;
            }
            if (sink != null) {
                sink.booked(row.line(), stated(t, bankId, row), category.name(), how);
            }
            run.book(t, account, bankId, row.otherDate());
            run.links.link(t);
            run.categorized(how.source());
        } catch (ValidationException e) {
            run.error(row.line(), e.getMessage());
        }
    }

    /** The row as a preview shows it, with the bank's id and second date: only built for a listener, not a million times. */
    private static Transaction stated(Transaction t, String bankId, BankRow row) {
        return t.withOrigin(new Origin(0, bankId, row.otherDate(), 0));
    }

    /** What banks write where they have no id for a row: never an id, or every such row would be one payment. */
    private static final Set<String> NO_ID = Set.of("NONREF", "NOTPROVIDED", "NOT PROVIDED", "N/A", "NA", "NONE", "NULL", "-", "--");

    /**
     * The bank's id as it is stored and looked up: cleaned; blank for a placeholder; one longer than
     * finterm keeps is stored as its SHA-256, so that the same long id is the same stored one every time.
     */
    static String bankId(String raw) {
        String id = Text.clean(raw).strip();
        if (NO_ID.contains(id.toUpperCase(Locale.ROOT))) {
            return "";
        }
        if (id.codePointCount(0, id.length()) <= Origin.MAX_BANK_ID) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The row's description, and a split's line memos after it, so that no memo of the file is lost. */
    static String description(BankRow row) {
        List<String> parts = new ArrayList<>();
        if (!row.description().isBlank()) {
            parts.add(row.description().strip());
        }
        row.lines().stream().map(l -> Text.clean(l.memo()).strip()).filter(m -> !m.isEmpty()).forEach(parts::add);
        return String.join("; ", parts);
    }

    private static String label(Transaction t) {
        String text = t.payeeOrDescription();
        return text.isEmpty() ? "(no text)" : text;
    }

    /** {@code text} cut to {@code max} characters, ending in an ellipsis, and counted: a bank's texts run long. */
    private String fit(String text, int max) {
        String clean = Text.clean(text);
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        shortened++;
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** The bank's labels as tags, and after them a rule's tags, at most as many as a transaction keeps. */
    private static List<String> withTags(List<String> labels, List<String> added) {
        if (added.isEmpty()) {
            return labels;
        }
        List<String> tags = new ArrayList<>(labels);
        added.stream().filter(a -> !tags.contains(a)).forEach(tags::add);
        return tags.size() <= Tags.MAX_PER_TRANSACTION ? tags : tags.subList(0, Tags.MAX_PER_TRANSACTION);
    }

    /** The bank's labels (a whole row's, and its split lines') as tags: one word each, as {@link Tags} keeps them. */
    static List<String> tags(BankRow row) {
        List<String> labels = new ArrayList<>(row.labels());
        row.lines().forEach(l -> labels.add(l.label()));
        List<String> tags = new ArrayList<>();
        for (String label : labels) {
            String tag = tag(label);
            if (!tag.isEmpty() && !tags.contains(tag) && tags.size() < Tags.MAX_PER_TRANSACTION) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** A label as a tag: lower case, spaces as {@code -}, only what a tag may hold, at most its length. */
    static String tag(String label) {
        StringBuilder sb = new StringBuilder();
        for (char c : Text.clean(label).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String tag = sb.toString().replaceAll("-+$", "");
        return tag.length() > Tags.MAX_LENGTH ? tag.substring(0, Tags.MAX_LENGTH).replaceAll("-+$", "") : tag;
    }
}
