package io.finterm.domain;

import java.time.Instant;

/**
 * One import: when it ran, which file it read, the account its rows went into, how many it booked
 * and how many it skipped as duplicates. Its transactions name it in their {@link Origin}. Taking
 * it back removes them and marks it undone; the record stays, so that the list says what happened.
 *
 * @param file     the file's name as given ({@code -} for standard input), without its directory
 * @param undoneAt when it was taken back, or {@code null}
 */
public record ImportBatch(long id, long userId, Instant at, String file, long accountId, long rows, long duplicates,
                          Instant undoneAt) {
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
    }

    public boolean undone() {
        return undoneAt != null;
    }

    public ImportBatch undoneAt(Instant when) {
        return new ImportBatch(id, userId, at, file, accountId, rows, duplicates, when);
    }
}
