package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm currency [CODE] --as USER}: show or change the currency a user's books are kept in. */
@Command(name = "currency", description = "Show, or change, the base currency your reports convert to.")
final class CurrencyCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(paramLabel = "CODE", arity = "0..1", description = "An ISO 4217 code such as EUR, USD or GBP.")
    String code;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        var currency = code == null ? null : Money.currency(code);
        Session session = cli.login(as);
        var services = cli.backend().services();
        if (currency != null) {
            services.ownAccount().changeBaseCurrency(session, currency);
        }
        cli.out.println(as + " keeps their books in " + services.accounts().profile(session).baseCurrency().getCurrencyCode());
        return 0;
    }
}
