package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.service.DemoService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm demo}: fills an empty store with sample data, for trying finterm out and for benchmarks. */
@Command(name = "demo", description = "Fill an empty store (--data DIR) with realistic sample data.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--users", paramLabel = "N", defaultValue = "2", description = "How many users (default 2).")
    int users;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "0",
            description = "How many transactions in all (default: two years' worth per user).")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "The random seed (the same seed makes the same data).")
    long seed;

    @Override
    public Integer call() {
        DemoService.Options options = new DemoService.Options(users, rows, seed);
        Backend b = root.cli.backendCreatingStore();
        DemoService.Demo demo = b.services().demo().seed(options);
        root.cli.out.println("created a demo store in " + b.dataDirectory() + ": " + Plural.of(demo.usernames().size(), "user") + ", "
                + Plural.grouped(demo.transactions(), "transaction") + ", " + Plural.grouped(demo.budgets(), "budget"));
        root.cli.out.println(demo.hint());
        return 0;
    }
}
