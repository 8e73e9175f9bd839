package io.finterm.cli;

import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.service.CatchUp;
import io.finterm.service.Posted;
import io.finterm.service.Session;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code schedule} commands that act on occurrences: {@code run} (the catch-up, or posting early),
 * and {@code approve}, {@code skip}, {@code change} and {@code link} on one occurrence, named by the
 * schedule and its date: the rule's date, or the day it is booked when a weekend or a change moved it.
 */
final class ScheduleOccurrences {
    private ScheduleOccurrences() {
    }

    @Command(name = "run", description = "Post what is due now (or up to --until, to post early) and list what waits for approval. "
            + "Every command that opens your data does this first, up to today.")
    static final class Run extends ScheduleCommand.Action {
        @Option(names = "--until", paramLabel = "DATE",
                description = "Also post the automatic occurrences booked up to this day to come, ahead of time (default: today).")
        String until;

        @Override
        public Integer call() {
            LocalDate day = until == null ? null : Args.day(cli(), "until", until);
            if (day != null && day.isBefore(today())) {
                // every command catches up to today first, so an earlier day could only hold back what is due already
                throw new ValidationException("until", day + " has passed: what is due up to today is posted anyway; "
                        + "--until posts ahead of time, up to a day to come");
            }
            Session s = loginWithoutCatchUp();
            CatchUp c = schedules().run(s, day);
            if (c.isEmpty()) {
                cli().out.println("nothing is due" + (day == null ? "" : " up to " + day));
            } else {
                ScheduleText.caughtUp(c, ScheduleText.byName(schedules().list(s))).forEach(cli().out::println);
                ScheduleText.hint(c, as).ifPresent(cli().err::println);
            }
            return 0;
        }
    }

    /** An action on one occurrence: {@code NAME DATE}. */
    abstract static class OnOccurrence extends ScheduleCommand.Named {
        @Parameters(index = "1", paramLabel = "DATE",
                description = "Which occurrence: the date its rule gives, or the day it is booked (2026-12-01, 3/5, today).")
        String date;

        LocalDate day() {
            return Args.day(cli(), "date", date);
        }

        /** The schedule's name as stored, for a message: the one typed may differ in case. */
        String stored(Session s) {
            return schedules().show(s, name).view().schedule().name();
        }
    }

    @Command(name = "approve", description = "Post the occurrence of NAME on DATE now: one that waits for approval, or one to come (early).")
    static final class Approve extends OnOccurrence {
        @Option(names = "--amount", paramLabel = "AMOUNT",
                description = "The real amount, in the account's currency (default: the schedule's; an estimate, ~, needs it).")
        String amount;

        @Override
        public Integer call() {
            LocalDate day = day();
            Session s = login();
            Posted p = schedules().approve(s, name, day, amount);
            cli().err.println(ScheduleText.posted(p, ScheduleText.byName(schedules().list(s))));
            return 0;
        }
    }

    @Command(name = "skip", description = "Skip the occurrence of NAME on DATE: it is never posted. The others are not touched.")
    static final class Skip extends OnOccurrence {
        @Override
        public Integer call() {
            LocalDate day = day();
            Session s = login();
            schedules().skip(s, name, day);
            cli().err.println("skipped " + stored(s) + " " + day + ": it will not be posted");
            return 0;
        }
    }

    @Command(name = "change", description = "Change the occurrence of NAME on DATE only: its amount, its day, or both. "
            + "The schedule keeps its terms (schedule edit changes those).")
    static final class Change extends OnOccurrence {
        @Option(names = "--amount", paramLabel = "AMOUNT", description = "This occurrence's amount, in the account's currency.")
        String amount;

        @Option(names = "--date", paramLabel = "DATE", description = "The day this occurrence is booked instead.")
        String moveTo;

        @Override
        public Integer call() {
            if (amount == null && moveTo == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "nothing to change: give --amount, --date or both");
            }
            LocalDate day = day();
            // "new date", not "date": DATE names the occurrence, and a refusal must say which of the two was wrong
            LocalDate to = moveTo == null ? null : Args.day(cli(), "new date", moveTo);
            Session s = login();
            schedules().change(s, name, day, amount, to);
            cli().err.println("changed " + stored(s) + " " + day + " only:" + (amount == null ? "" : " amount " + Text.clean(amount).strip())
                    + (amount != null && to != null ? "," : "") + (to == null ? "" : " booked on " + to));
            return 0;
        }
    }

    @Command(name = "link", description = "Let an existing transaction (one the bank import brought, say) stand for the occurrence "
            + "of NAME on DATE, instead of posting it.")
    static final class Link extends OnOccurrence {
        @Option(names = "--transaction", required = true, paramLabel = "ID", description = "The transaction's id, as list shows it.")
        long transaction;

        @Override
        public Integer call() {
            LocalDate day = day();
            Session s = login();
            schedules().link(s, name, day, transaction);
            cli().err.println("linked " + stored(s) + " " + day + " to transaction " + transaction + ": it will not be posted");
            return 0;
        }
    }
}
