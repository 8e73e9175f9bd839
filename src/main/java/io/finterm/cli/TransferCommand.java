package io.finterm.cli;

import io.finterm.domain.Transaction;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import io.finterm.service.TransferService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm transfer}: moves money between two of the user's own accounts, as two linked legs.
 * The service reads each amount in its account's currency and refuses, in one sentence naming the
 * option, the same account twice, an account that is not the user's, a closed one, or a missing
 * amount; nothing is written then.
 */
@Command(name = "transfer", description = "Move money between two of your accounts; it is neither income nor an expense.")
final class TransferCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--from", required = true, paramLabel = "ACCOUNT")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ACCOUNT")
    String to;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "What left --from, in its currency.")
    String amount;

    @Option(names = "--to-amount", paramLabel = "AMOUNT",
            description = "What arrived in --to, in its currency; only when the two accounts' currencies differ.")
    String toAmount;

    @Option(names = "--date", paramLabel = "DATE", defaultValue = "today",
            description = "As for add: 2024-03-05, today, yesterday, -3 or 3/5 (default: today).")
    String date;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "")
    String description;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        var day = Args.day(cli, "date", date);
        Session s = cli.login(as);
        TransferService.Transfer t = cli.backend().services().transfers().transfer(s,
                new TransferEntry(from, to, amount, toAmount, day, description));
        cli.out.println(t.out().id() + " " + t.in().id());
        cli.err.println("moved " + describe(cli, s, t));
        return 0;
    }

    /** {@code 250.00 EUR from Main to Savings on 2024-03-20 (transactions 7 and 8)}; both amounts when they differ. */
    static String describe(Cli cli, Session s, TransferService.Transfer t) {
        var names = AccountNames.of(cli, s);
        Transaction out = t.out();
        Transaction in = t.in();
        String amounts = out.amount().equals(in.amount()) ? out.amount().toString() : out.amount() + " (" + in.amount() + " arrived)";
        return amounts + " from " + names.get(out.accountId()) + " to " + names.get(in.accountId()) + " on " + out.date()
                + (out.description().isEmpty() ? "" : " (" + out.description() + ")") + ": transactions " + out.id() + " and " + in.id();
    }
}
