package io.finterm.service;

import java.util.List;

/**
 * One schedule with its history and what comes next.
 *
 * @param handled the occurrences handled, newest first, at most {@link #HISTORY}
 * @param next    the next occurrences not handled yet, at most {@link #NEXT}
 */
public record ScheduleDetail(ScheduleView view, List<OccurrenceView> handled, List<Due> next) {
    public static final int HISTORY = 24;
    public static final int NEXT = 6;

    public ScheduleDetail {
        handled = List.copyOf(handled);
        next = List.copyOf(next);
    }
}
