package io.finterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The one scan of the arguments before picocli, and its list of valued options against picocli's own model. */
class ArgvTest {
    /** The whole command line, as {@code finterm --help} builds it. */
    private static CommandSpec model() {
        CommandLine cl = new CommandLine(new Root(null));
        Root.addSubcommands(cl, Argv.scan("--help"));
        return cl.getCommandSpec();
    }

    /** What the scan's list of valued options lacks or has in excess, against the options of {@code spec} and its subcommands. */
    private static Set<String> differences(CommandSpec spec) {
        Set<String> valued = new TreeSet<>();
        Set<String> flags = new TreeSet<>();
        collect(spec, valued, flags);
        Set<String> wrong = new TreeSet<>();
        valued.stream().filter(n -> !Argv.VALUED.contains(n)).forEach(n -> wrong.add(n + " takes a value but Argv.VALUED lacks it"));
        Argv.VALUED.stream().filter(n -> !valued.contains(n)).forEach(n -> wrong.add(n + " is in Argv.VALUED but no option of that name takes a value"));
        valued.stream().filter(flags::contains).forEach(n -> wrong.add(n + " takes a value in one command and none in another"));
        return wrong;
    }

    private static void collect(CommandSpec spec, Set<String> valued, Set<String> flags) {
        for (OptionSpec o : spec.options()) {
            if (o.arity().max() == 0) {
                flags.addAll(Set.of(o.names()));
            } else if (o.arity().min() == 1 && o.arity().max() == 1) {
                valued.addAll(Set.of(o.names()));
            } else {
                valued.add(String.join(",", o.names()) + " (arity " + o.arity() + ": the scan skips exactly one value)");
            }
        }
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), valued, flags));
    }

    @Test
    void theScansValuedOptionsAreExactlyThoseThatTakeAValueInPicocliModel() {
        assertEquals(Set.of(), differences(model()));
    }

    @Command(name = "zone")
    static final class WithANewValuedOption implements Callable<Integer> {
        @Option(names = "--zone")
        String zone;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void aValuedOptionAddedToTheModelButNotToTheScanIsCaught() {
        CommandLine cl = new CommandLine(new Root(null));
        Root.addSubcommands(cl, Argv.scan("--help"));
        cl.addSubcommand(WithANewValuedOption.class);
        assertEquals(Set.of("--zone takes a value but Argv.VALUED lacks it"), differences(cl.getCommandSpec()));
    }

    @Test
    void aValueThatIsACommandsNameIsNotTakenForTheCommand() {
        Argv argv = Argv.scan("--data", "report", "--config", "list", "fsck");
        assertEquals("fsck", argv.command());
        assertEquals(Path.of("report"), argv.data());
        assertEquals(Path.of("list"), argv.config());
        assertEquals("add", Argv.scan("--as", "init", "add", "--description", "report").command());
    }

    @Test
    void dataAndConfigAreFoundAfterTheCommandAndInTheirEqualsForm() {
        Argv argv = Argv.scan("report", "totals", "--data=/srv/finterm", "--config", "/etc/finterm.properties");
        assertEquals("report", argv.command());
        assertEquals(Path.of("/srv/finterm"), argv.data());
        assertEquals(Path.of("/etc/finterm.properties"), argv.config());
        assertFalse(argv.plain());
    }

    @Test
    void onlyDataConfigAndAsciiEachOnceMakeAPlainStart() {
        assertTrue(Argv.scan().plain());
        Argv plain = Argv.scan("--ascii", "--data", "d", "--config=c");
        assertTrue(plain.plain());
        assertTrue(plain.ascii());
        assertEquals(Path.of("d"), plain.data());
        assertEquals(Path.of("c"), plain.config());
        assertFalse(Argv.scan("--demo").plain(), "--demo seeds a store first");
        assertFalse(Argv.scan("--debug").plain());
        assertFalse(Argv.scan("--data", "a", "--data", "b").plain(), "picocli refuses a repeated option");
        assertFalse(Argv.scan("--data").plain(), "picocli says the value is missing");
        assertFalse(Argv.scan("--ascii=yes").plain());
        assertFalse(Argv.scan("--data", "d", "list").plain());
        assertFalse(Argv.scan("-h").plain());
        assertNull(Argv.scan("--data", "d").command());
    }

    @Test
    void helpIsSeenWhereverItIs() {
        assertTrue(Argv.scan("--data", "d", "-h").help());
        assertTrue(Argv.scan("add", "--help").help());
    }
}
