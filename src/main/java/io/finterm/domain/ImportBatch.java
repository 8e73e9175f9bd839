package io.finterm.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One import: when it ran, which file it read, the account its rows went into, how many it booked
 * and how many it skipped as duplicates. Its transactions name it in their {@link Origin}. Taking
 * it back removes them and marks it undone; the record stays, so that the list says what happened.
 *
 * @param file     the file's name as given ({@code -} for standard input), without its directory
 * @param undoneAt when it was taken back, or {@code null}
 * @param matched  the imports whose rows this one skipped as duplicates of its own: taking one of those
 *                 back would lose rows that this file has and that were never booked from it
 */
public record ImportBatch(long id, long userId, Instant at, String file, long accountId, long rows, long duplicates,
                          Instant undoneAt, List<Long> matched) {
    public static final int MAX_FILE_NAME = 255;

    public ImportBatch {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.required("time", at);
        file = Text.field("file", file, MAX_FILE_NAME, true);
        Ids.requirePositive("account", accountId);
        if (rows < 0 || duplicates < 0) {
            throw new ValidationException("rows", "must not be negative");
        }
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    /** An import whose skipped rows, if any, matched no other import's. */
    public ImportBatch(long id, long userId, Instant at, String file, long accountId, long rows, long duplicates, Instant undoneAt) {
        this(id, userId, at, file, accountId, rows, duplicates, undoneAt, List.of());
    }

    /** {@code 2026-11-29 10:00:00 UTC}: an import's times as lists and messages show them. */
    public static String shown(Instant when) {
        return when.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", " UTC");
    }

    public boolean undone() {
        return undoneAt != null;
    }

    public ImportBatch undoneAt(Instant when) {
        return new ImportBatch(id, userId, at, file, accountId, rows, duplicates, when, matched);
    }
}
