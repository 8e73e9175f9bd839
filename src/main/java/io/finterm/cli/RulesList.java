package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Rule;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.RuleView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finterm rules list}: the rules in the order they are tried. The table is for people (one line
 * per rule); the JSON is for scripts, with fixed keys and amounts as exact decimal strings.
 */
@Command(name = "list", description = "List your rules in the order they are tried.")
final class RulesList extends RulesCommand.Action {
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.JSON));
        List<RuleView> rules = service().list(login());
        if (f == TableFormat.JSON) {
            cli().out.println(json(rules));
        } else if (rules.isEmpty()) {
            cli().err.println("you have no rules yet; add one with finterm rules add --match TEXT --category C");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (RuleView v : rules) {
                rows.add(List.of(Integer.toString(v.position()), v.summary()));
            }
            cli().out.print(f.render(new Table(List.of(Column.number("#"), Column.text("rule")), rows), cli().ascii()));
        }
        return 0;
    }

    /**
     * {@code [{"position":1,"field":"payee","match":"word","pattern":"rewe","min":"10.00","max":null,"account":"",
     * "category":"expense:Groceries","tags":[],"set_payee":"","set_description":"","summary":"…"}]}.
     */
    static String json(List<RuleView> rules) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginArray();
            for (RuleView v : rules) {
                Rule r = v.rule();
                w.beginObject();
                w.name("position").value(r.position());
                w.name("field").value(r.field().label());
                w.name("match").value(r.match().label());
                w.name("pattern").value(r.pattern());
                w.name("min").value(plain(r.min()));
                w.name("max").value(plain(r.max()));
                w.name("account").value(v.account());
                w.name("category").value(v.category());
                w.name("tags").beginArray();
                for (String t : r.tags()) {
                    w.value(t);
                }
                w.endArray();
                w.name("set_payee").value(r.setPayee());
                w.name("set_description").value(r.setDescription());
                w.name("summary").value(v.summary());
                w.endObject();
            }
            w.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
