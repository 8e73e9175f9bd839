package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Text;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.domain.FintermException;
import io.finterm.service.UndoConflict;
import io.finterm.service.UndoService.Reversed;
import io.finterm.service.UndoService.StepView;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code finterm undo [--steps N]}: takes back the person's newest steps, newest first, all or none;
 * {@code --list} shows the steps that can be undone or redone instead. Nothing to undo and a conflict
 * are the service's sentences (exit 1).
 */
@Command(name = "undo", description = "Undo your newest change (or N of them, all or none); --list shows your steps.")
final class UndoCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose steps: you log in as USER.")
    String as;

    @Option(names = "--steps", paramLabel = "N", description = "How many steps to undo (default 1); with --list, how many to show.")
    Integer steps;

    @Option(names = "--list", description = "List your steps, newest first, with whether each is done or undone; undo nothing.")
    boolean list;

    @Option(names = "--format", paramLabel = "text|csv|json", description = "How --list prints: text (default), csv or json.")
    String format;

    @Option(names = "--forget", description = "Forget your newest step, changing no data: for one that can never be undone, "
            + "so that the steps before it can be.")
    boolean forget;

    @Override
    public Integer call() {
        int n = steps(spec, steps);
        Cli cli = root.cli;
        if (!list && format != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: only --list prints a list; add --list, or leave --format out");
        }
        if (forget && (list || steps != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--forget: forgets one step; leave out --list and --steps");
        }
        if (forget) {
            cli.out.println("Forgot: " + cli.backend().services().undo().forget(cli.loginWithoutCatchUp(as)).label());
            return 0;
        }
        if (!list) {
            try {
                // no catch-up first: its posts would become the newest step, and undo would take them instead
                print(cli.out, "Undid: ", cli.backend().services().undo().undo(cli.loginWithoutCatchUp(as), n));
            } catch (UndoConflict e) {
                throw new FintermException(e.getMessage() + ". If it can never be undone, finterm undo --forget forgets it, "
                        + "so that the steps before it can be undone");
            }
            return 0;
        }
        TableFormat f = switch (format == null ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text", "table" -> TableFormat.TABLE;
            case "csv" -> TableFormat.CSV;
            case "json" -> TableFormat.JSON;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: '" + Text.clean(format) + "' is not text, csv or json");
        };
        List<StepView> shown = cli.backend().services().undo().list(cli.loginWithoutCatchUp(as), steps == null ? Integer.MAX_VALUE : n);
        if (f == TableFormat.JSON) {
            cli.out.println(json(shown));
        } else if (shown.isEmpty() && f == TableFormat.TABLE) {
            cli.out.println("no steps to undo or redo");
        } else {
            cli.out.print(f.render(table(shown), cli.ascii()));
        }
        return 0;
    }

    /** {@code --steps}: 1 when not given; a usage error (exit 2) naming the option when below 1. */
    static int steps(CommandSpec spec, Integer steps) {
        if (steps == null) {
            return 1;
        }
        if (steps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--steps: must be 1 or more, not " + steps);
        }
        return steps;
    }

    /** One line per step gone through: "Undid: delete of 'Rent' €1,050.00 on 2026-11-01". */
    static void print(PrintStream out, String verb, List<Reversed> done) {
        for (Reversed r : done) {
            out.println(verb + Text.clean(r.label()));
        }
    }

    private static String state(StepView s) {
        return s.undone() ? "undone" : "done";
    }

    /** {@code {"steps":[{"id":"12","at":"2026-11-29T10:00:00Z","label":…,"state":"undone","undone_at":…}]}}, newest first. */
    static String json(List<StepView> steps) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("steps").beginArray();
            for (StepView s : steps) {
                w.beginObject();
                w.name("id").value(Long.toString(s.id()));
                w.name("at").value(s.at().toString());
                w.name("label").value(Text.clean(s.label()));
                w.name("state").value(state(s));
                if (s.undoneAt() != null) {
                    w.name("undone_at").value(s.undoneAt().toString());
                }
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static Table table(List<StepView> steps) {
        List<List<String>> rows = new ArrayList<>();
        for (StepView s : steps) {
            rows.add(List.of(Long.toString(s.id()), ImportBatch.shown(s.at()), Text.clean(s.label()), state(s)));
        }
        return new Table(List.of(Column.number("id"), Column.text("when"), Column.text("what"), Column.text("state")), rows);
    }
}
