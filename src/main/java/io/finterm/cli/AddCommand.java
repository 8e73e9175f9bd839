package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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

    @Option(names = "--category", required = true, paramLabel = "NAME")
    String category;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "For example 12.50 or 1,234.56.")
    String amount;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 (default: your base currency).")
    String currency;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "")
    String description;

    @Override
    public Integer call() {
        TxKind kind = TxKind.parse(type);
        var date = Args.day(root.cli, "date", this.date);
        Backend b = root.cli.backend();
        Session s = root.cli.login(as);
        Currency cur = currency != null ? Money.currency(currency) : b.services().accounts().profile(s).baseCurrency();
        Transaction t = b.services().transactions().add(s, new Entry(date, kind, category, Money.parse(amount, cur), description));
        root.cli.out.println(t.id());
        root.cli.err.println("added transaction " + t.id());
        return 0;
    }
}
