package io.finterm.cli;

import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.service.ScheduleChange;
import io.finterm.service.ScheduleView;
import io.finterm.service.Session;
import java.util.Currency;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code finterm schedule edit NAME}: changes what is given and keeps the rest. The change applies to
 * the occurrences still to come (and to those waiting for approval); what was posted stays as it was.
 * A rule option changes that part of the rule only: {@code --day 15} keeps the unit, the start and the
 * bounds, and {@code --every week} alone takes the weekday from the start again.
 */
@Command(name = "edit", description = "Change the schedule NAME: only what you give. The change applies to the occurrences to come; "
        + "what was posted stays.")
final class ScheduleEdit extends ScheduleCommand.Named {
    @Mixin
    ScheduleOptions o;

    @Option(names = "--approx", negatable = true, description = "The amount is an estimate, or (--no-approx) exact.")
    Boolean approx;

    @Option(names = "--auto", negatable = true, description = "Post each occurrence by itself when due, or (--no-auto) wait for approval.")
    Boolean auto;

    @Option(names = "--rename", paramLabel = "NEW", description = "A new name for it.")
    String rename;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        o.requireConsistent(cl);
        if (!o.any() && approx == null && auto == null && rename == null) {
            throw new CommandLine.ParameterException(cl, "nothing to change: give an option of schedule add (--amount, --every, --day …), "
                    + "--[no-]auto, --[no-]approx or --rename");
        }
        Session s = login();
        ScheduleView before = schedules().show(s, name).view();
        Schedule old = before.schedule();
        Recurrence rule = o.changesRule() ? o.rule(cli(), old.rule(), null) : null;
        // new split lines are read in the currency of the account the schedule will book in
        Currency currency = o.splits.isEmpty() ? null : cli().backend().services().accountBook()
                .get(s, o.account != null ? o.account : before.account(), today()).account().currency();
        ScheduleOptions.Amount amount = o.amount();
        Boolean approximate = amount != null && amount.approximate() ? Boolean.TRUE : approx;
        ScheduleView after = schedules().edit(s, name, new ScheduleChange(o.account, o.kind(), o.to, amount == null ? null : amount.text(),
                approximate, o.category, o.splits(cl, currency), o.description, o.payee, o.tags(), rule, o.weekend(), auto, rename));
        cli().err.println("changed the schedule " + ScheduleText.describe(after));
        return 0;
    }
}
