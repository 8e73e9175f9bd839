package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Add a transaction.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--date", required = true, paramLabel = "DATE",
            description = "2024-03-05, today, yesterday, -3 (days ago) or 3/5 (month/day, this year).")
    String date;

    @Option(names = "--type", required = true, paramLabel = "income|expense")
    String type;

    @Option(names = "--category", paramLabel = "NAME", description = "Required unless the entry is split with --split.")
    String category;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "For example 12.50 or 1,234.56.")
    String amount;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "ISO 4217 (default: the account's); it must be the account's currency.")
    String currency;

    @Option(names = "--account", paramLabel = "NAME", description = "The account it is booked in (default: your default account).")
    String account;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "")
    String description;

    @Option(names = "--payee", paramLabel = "NAME", defaultValue = "", description = "Who was paid, or who paid.")
    String payee;

    @Option(names = "--tags", paramLabel = "TAG,TAG", description = "Labels such as trip-rome,tax (, or ; between them).")
    String tags;

    @Option(names = "--split", paramLabel = "CATEGORY=AMOUNT[=MEMO]",
            description = "One line of a split; repeat it for each line. The lines must add up to --amount; no --category then.")
    List<String> splits = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (splits.isEmpty() == (category == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), splits.isEmpty()
                    ? "give --category, or split the entry with --split CATEGORY=AMOUNT, once per line"
                    : "a split entry has its categories on its lines: give --category or --split, not both");
        }
        TxKind kind = TxKind.parse(type);
        var date = Args.day(root.cli, "date", this.date);
        Backend b = root.cli.backend();
        Session s = root.cli.login(as);
        // the amount is read in the account's currency: a yen amount has no cents, a dinar amount three decimals
        Currency cur = currency != null ? Money.currency(currency) : b.services().accountBook().get(s, account, date).account().currency();
        Transaction t = b.services().transactions().add(s, new Entry(date, kind, category, Money.parse(amount, cur), description,
                account, payee, Tags.parse(tags), EntryDetails.splits(spec.commandLine(), splits, cur)));
        root.cli.out.println(t.id());
        root.cli.err.println("added transaction " + t.id());
        return 0;
    }
}
