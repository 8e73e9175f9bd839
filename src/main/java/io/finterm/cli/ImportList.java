package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.ImportBatch;
import io.finterm.report.Table.Column;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.ImportHistoryService.Listed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm import list}: your imports, newest first, with what each brought in and whether it was taken back. */
@Command(name = "list", description = "List your imports, newest first.")
final class ImportList implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        Cli cli = parent.root.cli;
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.JSON));
        List<Listed> imports = cli.backend().services().importHistory().list(cli.login(as));
        if (f == TableFormat.JSON) {
            cli.out.println(json(imports));
        } else if (imports.isEmpty()) {
            cli.out.println("no imports yet");
        } else {
            cli.out.print(f.render(table(imports), cli.ascii()));
        }
        return 0;
    }

    /** {@code {"imports":[{"id":"7","at":"2026-11-29T10:00:00Z","file":…,"account":…,"rows":44,"duplicates":0,"undone":false}]}}. */
    static String json(List<Listed> imports) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("imports").beginArray();
            for (Listed i : imports) {
                w.beginObject();
                w.name("id").value(Long.toString(i.id()));
                w.name("at").value(i.at().toString());
                w.name("file").value(i.file());
                w.name("account").value(i.account());
                w.name("rows").value(i.rows());
                w.name("duplicates").value(i.duplicates());
                w.name("undone").value(i.undoneAt() != null);
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static Table table(List<Listed> imports) {
        List<List<String>> rows = new ArrayList<>();
        for (Listed i : imports) {
            rows.add(List.of(Long.toString(i.id()), ImportBatch.shown(i.at()), i.file(), i.account(),
                    Long.toString(i.rows()), Long.toString(i.duplicates()), i.undoneAt() == null ? "imported" : "taken back"));
        }
        return new Table(List.of(Column.number("id"), Column.text("at"), Column.text("file"), Column.text("account"), Column.number("rows"),
                Column.number("duplicates"), Column.text("state")), rows);
    }
}
