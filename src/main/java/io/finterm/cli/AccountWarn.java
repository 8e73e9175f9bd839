package io.finterm.cli;

import io.finterm.domain.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code finterm account warn NAME --below X | --off}: the balance below which the forecast warns about an account. */
@Command(name = "warn", description = "Set the balance below which the forecast warns about the account NAME (without one it"
        + " warns below zero; a card or a loan only below one set for it), or remove it with --off.")
final class AccountWarn extends AccountCommand.OnOne {
    @Spec
    CommandSpec spec;

    @Option(names = "--below", paramLabel = "AMOUNT", description = "In the account's currency. A negative amount is allowed:"
            + " an overdraft limit, such as -500.00.")
    String below;

    @Option(names = "--off", description = "Remove the account's warning: the forecast warns below zero again.")
    boolean off;

    @Override
    public Integer call() {
        if ((below == null) == !off) {
            throw new CommandLine.ParameterException(spec.commandLine(), off ? "--below and --off: choose one"
                    : "give --below AMOUNT, or --off to remove the warning");
        }
        cli().backend().services().forecast().warnBelow(login(), name, off ? null : below);
        cli().err.println(off ? "the forecast warns about " + Text.clean(name) + " below zero again"
                : "the forecast warns when " + Text.clean(name) + " would fall below " + below.strip());
        return 0;
    }
}
