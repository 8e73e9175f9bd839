package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Plural;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.ImportSource;
import io.finterm.service.ImportService;
import java.util.List;

/**
 * The Import screen's last step: what the import did (booked, duplicates skipped, categorised by a
 * rule or from history, left uncategorized), and what to do next: {@code u} shows the uncategorized
 * rows in Transactions, {@code p} saves the file's layout as a profile, {@code r} opens the rules.
 */
final class ImportSummary {
    private final Tui tui;
    private final ImportPage page;
    private String file;
    private ImportService.Result result;
    private String saved;

    ImportSummary(Tui tui, ImportPage page) {
        this.tui = tui;
        this.page = page;
    }

    void show(String fileName, ImportService.Result done) {
        file = fileName;
        result = done;
        saved = null;
    }

    /** Whether the import this summary tells of is still there: an undo may have taken it back since. */
    boolean stillThere() {
        return result == null || result.importId() == 0 || tui.services().importHistory().list(tui.session()).stream()
                .anyMatch(i -> i.id() == result.importId() && i.undoneAt() == null);
    }

    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        if (c == 'u') {
            uncategorized();
        } else if (c == 'p') {
            saveProfile();
        } else if (c == 'r') {
            tui.push(new RulesPage(tui));
        } else if (type == KeyType.Enter || type == KeyType.Escape || c == 'q') {
            page.back();
        } else {
            return false;
        }
        return true;
    }

    /** The Transactions screen, showing only the uncategorized rows (its {@code u}). */
    private void uncategorized() {
        Page transactions = tui.navigation().tabPage('2');
        tui.show(transactions);
        ((TransactionsPage) transactions).uncategorized();
    }

    private void saveProfile() {
        tui.open(profilePrompt(""));
    }

    /**
     * The prompt for the profile's name. Saving reads the whole file, so it runs off the GUI thread, with what the
     * screen holds now; a refusal opens the prompt again with the name given and the reason beside it.
     */
    private PromptOverlay profilePrompt(String name) {
        return new PromptOverlay(tui, "Save the layout as a profile", "Files whose header matches it are then read the same way "
                + "(finterm import --profile NAME).", List.of(Field.text("name", "Name", ImportProfile.MAX_NAME).set(name)), form -> {
                    String given = form.field("name").text();
                    ImportSource source = page.source();
                    CsvOptions csv = page.csv();
                    String account = page.tabbedAccount();
                    tui.background("saving the profile " + given, () -> tui.services().profiles().save(tui.session(), given, source, csv, account),
                            made -> {
                                saved = made.name();
                                tui.say("saved the profile " + made.name());
                            }, refused -> {
                                PromptOverlay again = profilePrompt(given);
                                tui.open(again);
                                again.refuse(refused);
                            });
                });
    }

    void draw(Painter p) {
        ImportService.Summary s = result.summary();
        p.text(1, 0, "Imported " + file + " into " + result.account(), Style.TITLE);
        int row = 2;
        String[][] lines = {
            {"booked", Plural.of(s.imported(), "transaction") + (result.first() == null ? "" : ", " + result.first() + " to " + result.last())},
            {"duplicates", s.duplicates() + " skipped (the account has them already)"},
            {"by rule", Long.toString(result.byRule())},
            {"from history", result.fromHistory() + " (the category the payee or a like description had before)"},
            {"uncategorized", result.uncategorized() + (result.uncategorized() > 0 ? ": u shows them" : "")}};
        for (String[] line : lines) {
            p.text(3, row, line[0], Style.BOLD);
            row += p.wrapped(18, row, line[1], Style.NORMAL, 2);
        }
        if (result.zeroAmounts() > 0) {
            row += p.wrapped(18, row, Plural.of(result.zeroAmounts(), "row") + " of 0.00 left out: they move no money", Style.MUTED, 1);
        }
        if (result.linked() > 0) { // rows that stand for a schedule's occurrences, which will not be posted now
            p.text(3, row, "schedules", Style.BOLD);
            row += p.wrapped(18, row, result.linkedSentence(), Style.NORMAL, 2);
        }
        row++;
        p.text(1, row++, "Next:", Style.BOLD);
        String[][] next = {
            {"u", "the uncategorized rows in Transactions: a category you give one can become a rule"},
            {"p", saved == null ? "save this file's layout as a profile, to read the next statement of this bank the same way"
                    : "saved as the profile " + saved + "; p saves another"},
            {"r", "your categorisation rules, which every import tries first"},
            {"Enter", "import another file"}};
        for (String[] line : next) {
            p.text(3, row, line[0], Style.KEY);
            row += p.wrapped(10, row, line[1], Style.NORMAL, 2);
        }
    }

    List<KeyHelp> keys() {
        return List.of(new KeyHelp("u", "the uncategorized rows, in Transactions"), new KeyHelp("p", "save the layout as a profile"),
                new KeyHelp("r", "your categorisation rules"), new KeyHelp("Enter, Esc", "import another file"));
    }

    String hints() {
        return "u uncategorized  p save profile  r rules  Enter another file";
    }
}
