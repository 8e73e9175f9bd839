package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.RateService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm rates update|import|list}: the ECB's reference rates, which convert other currencies. */
@Command(name = "rates", description = "The European Central Bank's reference rates.",
        subcommands = {RatesCommand.Update.class, RatesCommand.Import.class, RatesCommand.ListRates.class})
final class RatesCommand {
    @ParentCommand
    Root root;

    static void report(Cli cli, RateService.Stored s) {
        cli.out.println("stored " + Plural.of(s.received(), "rate") + " from " + s.source() + " (" + s.added() + " new, " + s.changed()
                + " changed); newest " + s.newest());
    }

    @Command(name = "update", description = "Fetch the newest rates (the last 90 days when yours are older than a few days).")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        RatesCommand rates;

        @Option(names = "--full", description = "Fetch the whole history since 1999.")
        boolean full;

        @Override
        public Integer call() {
            Cli cli = rates.root.cli;
            report(cli, cli.backend().services().rates().updateRates(full));
            return 0;
        }
    }

    @Command(name = "import", description = "Load an ECB rates file downloaded elsewhere (XML, CSV or zip).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RatesCommand rates;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            Cli cli = rates.root.cli;
            report(cli, cli.backend().services().rates().importRates(file));
            return 0;
        }
    }

    @Command(name = "list", description = "Print stored rates: how many of each currency one euro bought.")
    static final class ListRates implements Callable<Integer> {
        @ParentCommand
        RatesCommand rates;

        @Option(names = "--currency", paramLabel = "CODE")
        String currency;

        @Option(names = "--from", paramLabel = "DATE")
        String from;

        @Option(names = "--to", paramLabel = "DATE")
        String to;

        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            Cli cli = rates.root.cli;
            TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
            Currency c = currency == null ? null : Money.currency(currency);
            LocalDate start = from == null ? null : Args.from(cli, "from", from);
            LocalDate end = to == null ? null : Args.to(cli, "to", to);
            List<List<String>> rows = new ArrayList<>();
            for (ExchangeRate r : cli.backend().services().rates().listRates(c, start, end)) {
                rows.add(List.of(r.date().toString(), r.currency().getCurrencyCode(), r.perEuro().toPlainString()));
            }
            if (rows.isEmpty() && f == TableFormat.TABLE) {
                cli.err.println("no rates stored" + (c == null ? "" : " for " + c) + ": run `finterm rates update` or import a rates file");
                return 0;
            }
            cli.out.print(f.render(new Table(List.of(Table.Column.text("date"), Table.Column.text("currency"),
                    Table.Column.number("per euro")), rows), cli.ascii()));
            return 0;
        }
    }
}
