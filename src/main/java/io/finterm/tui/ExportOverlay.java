package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.report.ExportFormat;
import io.finterm.service.ExportService;

/** Asks for a format, then writes the view to a file and says where. */
final class ExportOverlay implements Overlay {
    private final Tui tui;
    private final ExportService.View view;

    ExportOverlay(Tui tui, ExportService.View view) {
        this.tui = tui;
        this.view = view;
    }

    @Override
    public void draw(Painter p) {
        Painter box = p.area(0, Math.max(0, p.height() / 2 - 4), p.width(), 8);
        Painter in = box.clear().frame("Export").inner();
        in.text(2, 1, "Write what this screen shows to a file, as:");
        in.text(2, 3, "t text report (tables and charts)   c CSV   j JSON   m Markdown", Style.KEY);
        in.text(2, 5, "Esc cancel", Style.MUTED);
    }

    @Override
    public void key(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            tui.close(this);
            return;
        }
        if (key.getKeyType() != KeyType.Character) {
            return;
        }
        ExportFormat format = switch (Character.toLowerCase(key.getCharacter())) {
            case 't' -> ExportFormat.TEXT;
            case 'c' -> ExportFormat.CSV;
            case 'j' -> ExportFormat.JSON;
            case 'm' -> ExportFormat.MD;
            default -> null;
        };
        if (format == null) {
            return;
        }
        tui.close(this);
        View v = tui.view();
        var period = v.period;
        var filter = v.filter;
        var charts = v.chartOptions(tui.ascii());
        tui.background("exporting", () -> tui.services().exports().export(tui.session(), view, period, filter, format, charts),
                file -> tui.say("exported to " + file));
    }
}
