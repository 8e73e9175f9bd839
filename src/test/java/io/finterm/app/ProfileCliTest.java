package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm profile list|show|delete}, and {@code import --save-profile} and {@code --profile}, through the real entry point. */
class ProfileCliTest {
    /** Day or month first cannot be told from these dates: the file needs --date-format, or a profile. */
    static final String CARD = "Date,Description,Amount\n01/02/2026,Coffee,-3.50\n05/03/2026,Salary,1500.00\n";
    static final String NEXT = "Date,Description,Amount\n01/04/2026,Tea,-2.50\n05/04/2026,Salary,1500.00\n";

    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    private String file(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text).toString();
    }

    @Test
    void detectSavesAProfileThatReadsTheNextFileWithoutOptions() throws Exception {
        assertTrue(run("import", file("next.csv", NEXT)).err().contains("add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy"));
        CliTest.Result saved = ok("import", file("card.csv", CARD), "--detect", "--date-format", "dd/MM/yyyy", "--save-profile", "card");
        assertTrue(saved.out().contains("date pattern: dd/MM/yyyy (--date-format)"), saved.out());
        assertTrue(saved.err().endsWith("saved the profile card; finterm profile show card --as alice shows it\n"), saved.err());
        assertEquals("no imports yet\n", ok("import", "list").out(), "--detect imports nothing");
        assertEquals("""
                profile: card
                format: bank CSV
                account: (your default)
                encoding: UTF-8
                separator: ,
                lines before the header: 0
                header: Date | Description | Amount
                date: Date
                amount: Amount
                description: Description
                date pattern: dd/MM/yyyy
                decimal mark: .
                sign: as written
                """, ok("profile", "show", "CARD").out());

        CliTest.Result next = ok("import", file("next.csv", NEXT));
        assertTrue(next.err().startsWith("profile: card (its header matches)\nimported 2 transactions into Main (2026-04-01 to 2026-04-05)"),
                next.err());
        CliTest.Result stdin = cli.ok(AccountCliTest.PW + CARD, "import", "-", "--profile", "card", "--as", "alice", "--password-stdin");
        assertTrue(stdin.err().startsWith("imported 2 transactions into Main (2026-02-01 to 2026-03-05)"), stdin.err());
    }

    @Test
    void listShowsEachProfileAsATableOrJson() throws Exception {
        assertEquals("no profiles yet; save one with: finterm import FILE --detect --save-profile NAME --as alice\n", ok("profile", "list").out());
        ok("import", file("card.csv", CARD), "--detect", "--date-format", "dd/MM/yyyy", "--save-profile", "card");
        String table = ok("--ascii", "profile", "list").out();
        assertTrue(table.contains("card") && table.contains("Date,Description,Amount") && table.contains("(your default)"), table);
        assertEquals("{\"profiles\":[{\"name\":\"card\",\"format\":\"csv\",\"account\":\"\",\"encoding\":\"UTF-8\",\"delimiter\":\",\","
                + "\"skip\":0,\"dateFormat\":\"dd/MM/yyyy\",\"decimal\":\".\",\"negate\":false,\"columns\":{\"date\":[\"Date\"],"
                + "\"amount\":[\"Amount\"],\"description\":[\"Description\"]},\"header\":[\"Date\",\"Description\",\"Amount\"]}]}\n",
                ok("profile", "list", "--format", "json").out());
    }

    @Test
    void aProfileIsSavedAfterAnImportOnlyWhenTheImportSucceeded() throws Exception {
        CliTest.Result bad = run("import", file("bad.csv", CARD + "31/02/2026,Nowhere,1.00\n"), "--date-format", "dd/MM/yyyy", "--save-profile",
                "card");
        assertEquals(1, bad.code());
        assertEquals("no profiles yet; save one with: finterm import FILE --detect --save-profile NAME --as alice\n", ok("profile", "list").out());
        CliTest.Result good = ok("import", file("card.csv", CARD), "--date-format", "dd/MM/yyyy", "--save-profile", "card");
        assertTrue(good.err().startsWith("imported 2 transactions into Main"), good.err());
        assertTrue(good.err().endsWith("saved the profile card; finterm profile show card --as alice shows it\n"), good.err());
        CliTest.Result taken = run("import", file("next.csv", NEXT), "--save-profile", "Card");
        assertEquals("finterm: you have a profile named 'card' already: to replace it, delete it first (finterm profile delete card)"
                + " and save again\n", taken.err(), "the stored profile, as it is spelled");
        assertEquals(1, ok("import", "list", "--format", "json").out().split("\"id\"").length - 1, "the refused import did not run");
    }

    @Test
    void aSecondProfileForAHeaderThatAProfileReadsIsRefusedBeforeTheImportRuns() throws Exception {
        ok("import", file("card.csv", CARD), "--detect", "--date-format", "dd/MM/yyyy", "--save-profile", "card");
        String refusal = "finterm: the profile 'card' reads this header already: use it (--profile card), or delete it first"
                + " (finterm profile delete card)\n";
        assertEquals(refusal, run("import", file("next.csv", NEXT), "--save-profile", "visa").err());
        assertEquals("no imports yet\n", ok("import", "list").out(), "the refused import did not run");
        assertEquals(refusal, run("import", file("next.csv", NEXT), "--detect", "--save-profile", "visa").err());
        assertEquals(refusal, run("import", file("next.csv", NEXT), "--profile", "card", "--detect", "--save-profile", "visa").err());
        assertTrue(ok("import", file("next.csv", NEXT)).err().contains("imported 2 transactions"), "a plain import is not ambiguous");
    }

    @Test
    void detectSavesNoProfileForAFileThatWouldBeRefused() throws Exception {
        CliTest.Result bad = run("import", file("bad.csv", CARD + "31/02/2026,Nowhere,1.00\n"), "--detect", "--date-format", "dd/MM/yyyy",
                "--save-profile", "card");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("finterm: the profile card was not saved: the import would be refused ("), bad.err());
        assertTrue(bad.err().contains("line 4"), bad.err());
        assertEquals("no profiles yet; save one with: finterm import FILE --detect --save-profile NAME --as alice\n", ok("profile", "list").out());
    }

    @Test
    void refusalsNameWhatIsWrong() throws Exception {
        ok("import", file("card.csv", CARD), "--detect", "--date-format", "dd/MM/yyyy", "--save-profile", "card");
        assertEquals("finterm: --profile card: other.csv has no column 'Amount' (its header, line 1, has 'Date', 'Description', 'Betrag')\n",
                run("import", file("other.csv", "Date,Description,Betrag\n01/02/2026,Coffee,-3.50\n"), "--profile", "card").err());
        assertEquals("finterm: you have no profile 'nope'; `finterm profile list` shows yours\n", run("profile", "show", "nope").err());
        assertEquals("finterm: you have no profile 'nope'; `finterm profile list` shows yours\n",
                run("import", file("next.csv", NEXT), "--profile", "nope").err());
        String ofx = Files.readString(Path.of(getClass().getResource("/bank/ofx2-bank.ofx").toURI()));
        assertEquals("finterm: statement.ofx is an OFX file, which states its own layout: a profile is for a bank CSV or a QIF file\n",
                run("import", file("statement.ofx", ofx), "--save-profile", "ofx").err());
        assertEquals("no imports yet\n", ok("import", "list").out());
        assertEquals("deleted the profile card\n", ok("profile", "delete", "card").err());
        assertEquals("no profiles yet; save one with: finterm import FILE --detect --save-profile NAME --as alice\n", ok("profile", "list").out());
    }
}
