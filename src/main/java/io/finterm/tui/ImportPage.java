package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.ImportSource;
import io.finterm.service.AccountLine;
import io.finterm.service.ImportPreview.Preview;
import io.finterm.service.ImportPreview.Row;
import io.finterm.service.ImportService;
import io.finterm.service.ProfileService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Importing a bank statement in three steps: choose the file ({@link FileChooser}; over SSH, how to
 * send one instead), check the preview ({@link PreviewView}: the layout options, the account and the
 * likely duplicates can be changed, and each change reads the file again at once), and import, which
 * ends with a summary ({@link ImportSummary}). Reading and importing run off the GUI thread.
 */
final class ImportPage extends Page {
    private enum Step { CHOOSE, PREVIEW, DONE }

    private final FileChooser chooser;
    private final AccountChoice accounts;
    private final PreviewView view = new PreviewView();
    private final ImportSummary summary;
    private String defaultAccount = "";
    private Step step = Step.CHOOSE;
    private Path file;
    private CsvOptions csv = CsvOptions.NONE;
    /** The lines the person keeps although they look like duplicates. */
    private final Set<Long> kept = new HashSet<>();
    /** Every line seen as a likely duplicate in this file, with what it repeats: a kept one is previewed as booked. */
    private final Map<Long, String> repeats = new HashMap<>();
    private Preview preview;
    /** Why the file could not be read at all with these options, or {@code null}. */
    private String failure;
    private int selected;
    /** Whether the next reading may choose a saved profile by the file's header: only a file's first. */
    private boolean resolveProfile;
    /** Which profile the options came from ({@code profile: X (its header matches)}), or {@code null}. */
    private String profileNote;
    /** The account of the profile the options came from, or {@code null}: the rows go there unless Tab chose another. */
    private String profileAccount;
    /** How many readings were started, and which one the screen shows: a reading in flight or an older one lands unseen. */
    private int readsStarted;
    private int readShown;
    /** The options of the preview on screen: what the person saw is what they import. */
    private ImportService.Options shownOptions;
    /** Whether an import is running: a second Enter must not book the file again. */
    private boolean importing;

    ImportPage(Tui tui) {
        this(tui, PathCompletion.here());
    }

    ImportPage(Tui tui, PathCompletion completion) {
        super(tui);
        this.chooser = new FileChooser(tui.ctx(), completion);
        this.accounts = new AccountChoice(tui);
        this.summary = new ImportSummary(tui, this);
    }

    @Override
    String title() {
        return "Import";
    }

    @Override
    void shown() {
        if (step == Step.DONE && !summary.stillThere()) {
            step = Step.CHOOSE; // an undo took the import back: its summary would tell of rows that are gone
        }
        accounts.load();
        defaultAccount = tui.services().accountBook().list(tui.session()).stream().filter(AccountLine::isDefault)
                .map(l -> l.account().name()).findFirst().orElse("");
    }

    /** The account the rows go into: the one chosen with Tab, else the profile's, else the default. */
    String account() {
        String given = givenAccount();
        return given == null ? defaultAccount : given;
    }

    /** The account the person chose with Tab, or {@code null}: only this one is saved with a new profile. */
    String tabbedAccount() {
        return accounts.chosen() == null ? null : accounts.chosen().name();
    }

    /** The account named for the import: the one chosen with Tab, else the profile's, or {@code null} for the default. */
    private String givenAccount() {
        String tabbed = tabbedAccount();
        return tabbed != null ? tabbed : profileAccount;
    }

    @Override
    boolean key(KeyStroke key) {
        return switch (step) {
            case CHOOSE -> chooseKey(key);
            case PREVIEW -> previewKey(key);
            case DONE -> summary.key(key);
        };
    }

    private boolean chooseKey(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (chooser.remote()) {
            if (type == KeyType.Character && key.getCharacter() == 'r' && !key.isCtrlDown() && !key.isAltDown()) {
                tui.push(new RulesPage(tui));
                return true;
            }
            return false;
        }
        boolean fieldCtrl = type == KeyType.Character && key.isCtrlDown() && "aeu".indexOf(Character.toLowerCase(key.getCharacter())) >= 0;
        if (type == KeyType.Escape || type == KeyType.F1 || key.isCtrlDown() && type == KeyType.Character && !fieldCtrl) {
            return false; // Ctrl-A, Ctrl-E and Ctrl-U edit the path; the other Ctrl keys are the app's
        }
        Path chosen = chooser.key(key);
        if (chosen != null) {
            file = chosen;
            csv = CsvOptions.NONE;
            resolveProfile = true;
            profileNote = null;
            profileAccount = null;
            kept.clear();
            repeats.clear();
            selected = 0;
            step = Step.PREVIEW;
            read();
        }
        return true;
    }

    private boolean previewKey(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        int rows = preview == null ? 0 : preview.rows().size();
        switch (type) {
            case ArrowDown -> move(1, rows);
            case ArrowUp -> move(-1, rows);
            case PageDown -> move(view.visible(), rows);
            case PageUp -> move(-view.visible(), rows);
            case Home -> move(-selected, rows);
            case End -> move(rows, rows);
            case Escape -> back();
            case Tab, ReverseTab -> {
                accounts.cycle(type == KeyType.Tab ? 1 : -1);
                kept.clear(); // another account has other duplicates
                repeats.clear();
                read();
            }
            case Enter -> importNow();
            default -> {
                switch (c) {
                    case 'j' -> move(1, rows);
                    case 'k' -> move(-1, rows);
                    case ' ' -> toggle();
                    case 'o' -> layout();
                    case 'i' -> importNow();
                    case 'r' -> tui.push(new RulesPage(tui));
                    case 'q' -> back();
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void move(int by, int rows) {
        selected = Math.max(0, Math.min(rows - 1, selected + by));
    }

    /** Back to choosing a file, with the path still in the field. */
    void back() {
        step = Step.CHOOSE;
        preview = null;
        failure = null;
        tui.repaint();
    }

    /** What reading the file found: the profile chosen by its header (or {@code null}), and the preview. */
    private record Read(ProfileService.Resolved profile, Preview preview, ImportService.Options options) {
    }

    /**
     * Reads the file again with the options, the account and the kept lines as they are now, and shows what it
     * would do; a file read for the first time takes the saved profile whose header it has, as an import would.
     */
    private void read() {
        // Only immutable copies cross to the background thread: the fields change on the GUI thread meanwhile.
        ImportService.Options options = options(true);
        ImportSource source = source();
        boolean first = resolveProfile;
        resolveProfile = false;
        int reading = ++readsStarted;
        tui.background("reading " + file.getFileName(), () -> {
            ProfileService.Resolved r = first ? tui.services().profiles().resolve(tui.session(), source, null, options.csv(), options.account()) : null;
            ImportService.Options o = r == null || r.profile() == null ? options : new ImportService.Options(true, false, r.account(),
                    options.file(), r.options(), options.keepLines());
            return new Read(r == null || r.profile() == null ? null : r, tui.services().imports().preview(tui.session(), source, o), o);
        }, read -> {
            if (reading != readsStarted) {
                return; // a newer reading is on its way
            }
            if (read.profile() != null) {
                csv = read.profile().options();
                profileNote = read.profile().note();
                profileAccount = tabbedAccount() == null ? read.profile().account() : null;
            }
            Preview p = read.preview();
            preview = p;
            shownOptions = read.options();
            failure = null;
            p.rows().stream().filter(Row::duplicate).forEach(r -> repeats.put(r.line(), r.duplicateOf()));
            selected = Math.max(0, Math.min(selected, p.rows().size() - 1));
        }, e -> {
            if (reading == readsStarted) {
                preview = null;
                shownOptions = null;
                failure = Tui.sentence(e);
            }
        }, () -> readShown = Math.max(readShown, reading));
    }

    ImportService.Options options(boolean dryRun) {
        return new ImportService.Options(dryRun, false, givenAccount(), file.getFileName().toString(), csv, kept);
    }

    /** The chosen file, which detection may read more than once. */
    ImportSource source() {
        Path path = file;
        return new ImportSource() {
            @Override
            public String name() {
                return path.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    CsvOptions csv() {
        return csv;
    }

    /** Space: keeps a likely duplicate after all, or skips a kept one again. */
    private void toggle() {
        if (preview == null || preview.rows().isEmpty()) {
            return;
        }
        Row row = preview.rows().get(selected);
        if (kept.remove(row.line())) {
            tui.say("line " + row.line() + " is skipped again as a likely duplicate");
        } else if (row.duplicate()) {
            kept.add(row.line());
            tui.say("line " + row.line() + " is kept: it is imported although it looks like one you have");
        } else {
            tui.say("line " + row.line() + " is not a likely duplicate: it is imported");
            return;
        }
        read();
    }

    private void layout() {
        tui.open(new PromptOverlay(tui, "Layout of " + file.getFileName(), LayoutPrompt.NOTE, LayoutPrompt.fields(csv), form -> {
            csv = LayoutPrompt.options(form, csv);
            kept.clear(); // other options, other lines
            repeats.clear();
            read();
        }));
    }

    private void importNow() {
        if (importing) {
            tui.say("the import of " + file.getFileName() + " is running: its summary follows");
            return;
        }
        if (readShown != readsStarted) {
            tui.say("the preview is being read again: import once it shows what would be booked");
            return;
        }
        if (preview == null || !preview.importable()) {
            tui.say(failure != null || preview == null ? "nothing to import: the file does not read with these options (o changes them)"
                    : preview.problem() != null ? "nothing to import: " + preview.problem()
                    : "nothing to import while rows are bad: o changes the layout");
            return;
        }
        ImportService.Options shown = options(true);
        if (!shown.equals(shownOptions)) {
            tui.say("the preview was read with other options: it is read again, import once it shows");
            read();
            return;
        }
        ImportService.Options options = options(false);
        ImportSource source = source();
        String name = source.name();
        importing = true;
        tui.background("importing " + name, () -> tui.services().imports().importFile(tui.session(), source, options, n -> { }),
                result -> {
                    summary.show(name, result);
                    step = Step.DONE;
                }, tui::fail, () -> importing = false);
    }

    @Override
    boolean typing() {
        return step == Step.CHOOSE && !chooser.remote();
    }

    @Override
    TerminalPosition cursor() {
        return step == Step.CHOOSE ? chooser.cursor() : null;
    }

    @Override
    void draw(Painter p) {
        String into = "into " + account() + (givenAccount() == null ? " (your default account)"
                : tabbedAccount() == null ? " (the profile's account)" : "");
        switch (step) {
            case CHOOSE -> {
                p.text(1, 0, "Import", Style.TITLE);
                p.text(9, 0, into, Style.MUTED);
                chooser.draw(p, 2, account());
            }
            case PREVIEW -> {
                String title = "Import " + file.getFileName();
                p.text(1, 0, title, Style.TITLE);
                p.text(title.length() + 2, 0, into + " · step 2 of 3", Style.MUTED);
                p.wrapped(1, 1, (profileNote == null ? "" : profileNote + " · ") + "Layout options: " + LayoutPrompt.describe(csv), Style.MUTED, 1);
                if (failure != null) {
                    p.wrapped(1, 3, "✗ " + failure, Style.ERROR, 4);
                    p.text(1, 8, "o changes the layout options, Tab the account, Esc chooses another file.", Style.MUTED);
                } else if (preview != null) {
                    view.draw(p, 2, preview, selected, repeats, kept);
                }
            }
            case DONE -> summary.draw(p);
        }
    }

    @Override
    List<KeyHelp> keys() {
        return switch (step) {
            case CHOOSE -> chooser.remote() ? List.of(new KeyHelp("(over SSH)", "this screen says how to send a statement from your own "
                    + "machine: it never lists or reads the server's files"), new KeyHelp("r", "your categorisation rules"))
                    : List.of(new KeyHelp("typing", "the path of the statement: ~ is your home, a relative path starts where finterm was started"),
                    new KeyHelp("Tab", "complete the path; where several names fit, they are listed"),
                    new KeyHelp("Enter", "read the file and show the preview"), new KeyHelp("Esc", "back to the Dashboard"));
            case PREVIEW -> List.of(new KeyHelp("↑ ↓  j k", "move; the last line shows the row in full"),
                    new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                    new KeyHelp("Space", "keep a likely duplicate (imported after all), or skip it again"),
                    new KeyHelp("o", "the layout: date format, decimal mark, negate, lines to skip, separator, the columns' roles; "
                            + "the preview is read again at once"),
                    new KeyHelp("Tab, Shift-Tab", "the account the rows go into"), new KeyHelp("Enter, i", "import"),
                    new KeyHelp("r", "your categorisation rules"), new KeyHelp("Esc, q", "back to choosing a file"),
                    new KeyHelp("Columns", "from: where the category came from (rule N, history, or blank for none); dup: a likely "
                            + "duplicate, skipped (skip) or kept (keep)"));
            case DONE -> summary.keys();
        };
    }

    @Override
    String hints() {
        return switch (step) {
            case CHOOSE -> chooser.remote() ? "r rules  Esc back" : "Tab complete  Enter preview  Esc back";
            case PREVIEW -> "Space dup  o layout  Tab account  i import  r rules  Esc file";
            case DONE -> summary.hints();
        };
    }
}
