package io.finterm.service;

import io.finterm.domain.Schedule;
import java.time.LocalDate;

/**
 * A schedule as it is listed: its names resolved and its rule in words.
 *
 * @param toAccount a transfer's other account, {@code ""} otherwise
 * @param category  the category as shown, {@code split} for a split, {@code ""} for a transfer
 * @param rule      the rule in words, as in {@code monthly on the last business day}
 * @param next      the booked day of the next occurrence not handled yet, or {@code null} when none is left (or paused)
 * @param waiting   how many occurrences are due and wait for approval
 */
public record ScheduleView(Schedule schedule, String account, String toAccount, String category, String rule, LocalDate next,
                           int waiting) {
}
