package io.finterm.cli;

import io.finterm.service.Added;
import io.finterm.service.ScheduleService;
import io.finterm.service.ScheduleView;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code finterm schedule …}: recurring transactions. A schedule is named by its name; an occurrence by
 * the schedule's name and its date (the rule's date or the day it is booked, as the service takes
 * either). The commands only read what is typed and print what the service did: every refusal is the
 * service's, so that the app and the command line refuse alike.
 */
@Command(name = "schedule", description = "Recurring transactions: add, list, find (in your history), show, edit, pause, resume, delete, "
        + "run, and per occurrence approve, skip, change, link.",
        subcommands = {ScheduleAdd.class, ScheduleList.class, ScheduleFind.class, ScheduleShow.class, ScheduleEdit.class, ScheduleCommand.Pause.class,
            ScheduleCommand.Resume.class, ScheduleCommand.Delete.class, ScheduleOccurrences.Run.class, ScheduleOccurrences.Approve.class,
            ScheduleOccurrences.Skip.class, ScheduleOccurrences.Change.class, ScheduleOccurrences.Link.class})
final class ScheduleCommand {
    @ParentCommand
    Root root;

    /** What every {@code schedule} subcommand has: {@code --as}, the streams and the service. */
    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        ScheduleCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose schedules: you (your password is asked for).")
        String as;

        Cli cli() {
            return parent.root.cli;
        }

        ScheduleService schedules() {
            return cli().backend().services().schedules();
        }

        /** Logs in and catches up, without the line that points to {@code schedule list}: these commands are that place. */
        Session login() {
            return cli().login(as, false);
        }

        /** Logs in without the catch-up: for {@code schedule run}, which is that catch-up (see {@link Cli#loginWithoutCatchUp}). */
        Session loginWithoutCatchUp() {
            return cli().loginWithoutCatchUp(as);
        }

        LocalDate today() {
            return LocalDate.now(cli().clock);
        }

        /** What a new schedule is, and what its catch-up posted or left waiting, on standard error. */
        void added(Added added, Session session) {
            cli().err.println("added the schedule " + ScheduleText.describe(added.schedule()));
            ScheduleText.caughtUp(added.caughtUp(), ScheduleText.byName(schedules().list(session))).forEach(cli().err::println);
            ScheduleText.hint(added.caughtUp(), as).ifPresent(cli().err::println);
        }
    }

    /** An action on one schedule, named by the first parameter. */
    abstract static class Named extends Action {
        @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name, as schedule list shows it (any case).")
        String name;
    }

    @Command(name = "pause", description = "Pause the schedule NAME: nothing of it is due or posted until it is resumed.")
    static final class Pause extends Named {
        @Override
        public Integer call() {
            ScheduleView v = schedules().pause(login(), name);
            cli().err.println("paused the schedule " + v.schedule().name() + "; finterm schedule resume " + ScheduleText.quoted(v.schedule().name())
                    + " starts it again (what falls until then is skipped)");
            return 0;
        }
    }

    @Command(name = "resume", description = "Resume the paused schedule NAME. What fell while it was paused is skipped, not posted.")
    static final class Resume extends Named {
        @Override
        public Integer call() {
            ScheduleView v = schedules().resume(login(), name);
            cli().err.println("resumed the schedule " + v.schedule().name() + ScheduleText.next(v));
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete the schedule NAME. The transactions it posted stay.")
    static final class Delete extends Named {
        @Override
        public Integer call() {
            Session s = login();
            // the name as stored, for the message: the one typed may differ in case
            String shown = schedules().show(s, name).view().schedule().name();
            schedules().delete(s, name);
            cli().err.println("deleted the schedule " + shown + "; the transactions it posted stay");
            return 0;
        }
    }
}
