package io.finterm.service;

import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.util.List;

/**
 * An edit of a schedule: each field {@code null} keeps what the schedule has. A {@code category} given replaces the
 * split lines, and {@code splits} given replace the category; for a transfer, {@code toAccount} is its other account.
 *
 * @param newName the schedule's new name, or {@code null} to keep it
 */
public record ScheduleChange(String account, TxKind kind, String toAccount, String amount, Boolean approximate,
                             String category, List<Entry.SplitEntry> splits, String description, String payee,
                             List<String> tags, Recurrence rule, WeekendPolicy weekend, Boolean auto, String newName) {
    /** A change that keeps everything. */
    public static final ScheduleChange NONE = new ScheduleChange(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
}
