package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.ImportProfile;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.ImportSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saving, choosing and refusing import profiles: each person's own, used by name or by a header that matches. */
class ProfileServiceTest {
    private final Accounts fx = new Accounts();
    private final ProfileService profiles = new ProfileService(fx.store, fx.accounts);
    private final Session alice = fx.alice();

    private static ImportSource sample(String name) {
        try (InputStream in = ProfileServiceTest.class.getResourceAsStream("/bank/" + name)) {
            return BankFileFuzzTest.source(name, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImportSource text(String name, String text) {
        return BankFileFuzzTest.source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvOptions map(Map<String, List<String>> map) {
        return new CsvOptions(null, null, null, null, null, map, null, null, false);
    }

    private static final String AMBIGUOUS = "Date,Description,Amount\n01/02/2026,Coffee,-3.50\n05/03/2026,Salary,1500.00\n";
    private static final CsvOptions DAY_FIRST = new CsvOptions(null, null, null, "dd/MM/yyyy", null, Map.of(), null, null, false);

    private long imported(Session s, ImportSource source, ProfileService.Resolved r) {
        return fx.imports.importFile(s, source, new ImportService.Options(false, false, r.account(), source.name(), r.options()), n -> { })
                .summary().imported();
    }

    @Test
    void aSavedProfileKeepsWhatWasDetectedAndIsChosenForAFileWithItsHeader() {
        ImportProfile p = profiles.save(alice, "Sparkasse", sample("de-sparkasse.csv"), null, null);
        assertEquals("csv", p.format());
        assertEquals(';', p.delimiter());
        assertEquals("windows-1252", p.encoding());
        assertEquals(2, p.skip());
        assertEquals("dd.MM.yy", p.dateFormat());
        assertEquals(',', p.decimal());
        assertEquals(List.of("Buchungstag"), p.columns().get("date"));
        assertEquals(List.of("Valutadatum"), p.columns().get("other-date"));
        assertEquals(List.of("Betrag"), p.columns().get("amount"));
        assertEquals("date", p.columns().keySet().iterator().next(), "roles in the order --detect shows them");
        assertEquals(11, p.header().size());
        assertEquals(0, p.accountId());
        ProfileService.Resolved r = profiles.resolve(alice, sample("de-sparkasse.csv"), null, null, null);
        assertEquals("Sparkasse", r.profile());
        assertEquals("profile: Sparkasse (its header matches)", r.note());
        assertEquals(ProfileService.options(p), r.options());
        assertNull(r.account());
        assertEquals(6, imported(alice, sample("de-sparkasse.csv"), r));
    }

    @Test
    void aProfileSavedFromALatinOneFileReadsALaterUtf8FileOfTheSameBankAsUtf8WithOrWithoutAByteOrderMark() {
        profiles.save(alice, "spk", sample("de-sparkasse.csv"), null, null);
        String text = new String(readAll("de-sparkasse.csv"), java.nio.charset.Charset.forName("windows-1252"))
                .replace("Stadtwerke Müllheim GmbH", "Café Zürich");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        for (ImportSource later : List.of(BankFileFuzzTest.source("later.csv", utf8), BankFileFuzzTest.source("bom.csv", bom))) {
            ProfileService.Resolved r = profiles.resolve(alice, later, null, null, null);
            assertEquals("spk", r.profile(), later.name());
            ImportService.Detection d = fx.imports.detect(alice, later, new ImportService.Options(true, false, null, later.name(), r.options()));
            assertEquals("Café Zürich", d.firstRows().get(0).payee(), later.name());
            assertTrue(d.detected().contains(later.name().equals("bom.csv") ? "encoding: UTF-8 (with a byte order mark)"
                    : "encoding: UTF-8"), d.detected().toString());
        }
        ImportSource latin = sample("de-sparkasse.csv");
        ProfileService.Resolved r = profiles.resolve(alice, latin, null, null, null);
        ImportService.Detection d = fx.imports.detect(alice, latin, new ImportService.Options(true, false, null, latin.name(), r.options()));
        assertEquals("Stadtwerke Müllheim GmbH", d.firstRows().get(0).payee());
        assertTrue(d.detected().contains("encoding: windows-1252 (from the profile 'spk'; the file is not UTF-8)"), d.detected().toString());
        CsvOptions latinOne = new CsvOptions(null, java.nio.charset.StandardCharsets.ISO_8859_1, null, null, null, Map.of(), null, null, false);
        ImportSource forced = BankFileFuzzTest.source("forced.csv", utf8);
        ProfileService.Resolved given = profiles.resolve(alice, forced, "spk", latinOne, null);
        ImportService.Detection f = fx.imports.detect(alice, forced, new ImportService.Options(true, false, null, "forced.csv", given.options()));
        assertEquals("CafÃ© ZÃ¼rich", f.firstRows().get(0).payee(), "--encoding on the command line still wins");
        assertTrue(f.detected().contains("encoding: ISO-8859-1 (--encoding)"), f.detected().toString());
    }

    @Test
    void aFileThatNeededOptionsImportsWithItsProfileAlone() {
        assertThrows(FintermException.class, () -> fx.imports.importFile(alice, text("a.csv", AMBIGUOUS),
                new ImportService.Options(false, false), n -> { }));
        profiles.save(alice, "card", text("a.csv", AMBIGUOUS), DAY_FIRST, null);
        ProfileService.Resolved r = profiles.resolve(alice, text("next.csv", AMBIGUOUS.replace("Coffee", "Tea")), null, null, null);
        assertEquals("card", r.profile());
        assertEquals("dd/MM/yyyy", r.options().dateFormat());
        assertEquals(2, imported(alice, text("next.csv", AMBIGUOUS.replace("Coffee", "Tea")), r));
    }

    @Test
    void aNameThatIsTakenRegardlessOfCaseIsRefusedSayingToDeleteItFirst() {
        profiles.save(alice, "Bank", sample("uk-bank.csv"), null, null);
        FintermException e = assertThrows(FintermException.class, () -> profiles.save(alice, "bank", sample("us-card.csv"), null, null));
        assertEquals("you have a profile named 'Bank' already: to replace it, delete it first (finterm profile delete Bank) and save again",
                e.getMessage(), "the stored profile, as it is spelled");
        assertEquals(e.getMessage(), assertThrows(FintermException.class, () -> profiles.checkName(alice, "BANK")).getMessage());
        profiles.delete(alice, "BANK");
        assertEquals("Transaction Date", profiles.save(alice, "bank", sample("us-card.csv"), null, null).header().get(0));
        assertEquals(List.of("bank"), profiles.list(alice).stream().map(ImportProfile::name).toList());
    }

    @Test
    void aProfileWhoseColumnsAreGoneFromTheFileIsRefusedNamingThemAndTheFilesHeader() {
        profiles.save(alice, "card", sample("us-card.csv"), null, null);
        ImportSource changed = text("new.csv", "Transaction Date,Card No.,Description,Category,Debit,Credit\n11/27/2026,1234,COFFEE,Dining,4.75,\n");
        FintermException e = assertThrows(FintermException.class, () -> profiles.resolve(alice, changed, "card", null, null));
        assertEquals("--profile card: new.csv has no column 'Posted Date' (its header, line 1, has 'Transaction Date', 'Card No.',"
                + " 'Description', 'Category', 'Debit', 'Credit')", e.getMessage());
        assertNull(profiles.resolve(alice, changed, null, null, null).profile(), "a header that differs chooses no profile");
        ProfileService.Resolved mapped = profiles.resolve(alice, changed, "card", map(Map.of("other-date", List.of("Transaction Date"))),
                null);
        assertEquals(List.of("Transaction Date"), mapped.options().map().get("other-date"), "a role given replaces the profile's");
    }

    @Test
    void savingASecondProfileForAHeaderThatASavedProfileReadsIsRefusedNamingIt() {
        profiles.save(alice, "spk", sample("de-sparkasse.csv"), null, null);
        FintermException e = assertThrows(FintermException.class, () -> profiles.save(alice, "other", sample("de-sparkasse.csv"),
                new CsvOptions(null, null, null, null, null, Map.of(), null, null, true), null));
        assertEquals("the profile 'spk' reads this header already: use it (--profile spk), or delete it first (finterm profile delete spk)",
                e.getMessage());
        assertEquals(List.of("spk"), profiles.list(alice).stream().map(ImportProfile::name).toList());
        assertEquals("spk", profiles.resolve(alice, sample("de-sparkasse.csv"), null, null, null).profile(), "a plain import still works");
        profiles.delete(alice, "spk");
        assertEquals("other", profiles.save(alice, "other", sample("de-sparkasse.csv"), null, null).name());
    }

    @Test
    void twoProfilesThatMatchOneHeaderAreRefusedNamingProfile() {
        profiles.save(alice, "first", sample("us-card.csv"), null, null);
        ImportProfile first = profiles.show(alice, "first");
        fx.store.write(tx -> tx.insert(io.finterm.store.Schema.PROFILES, new ImportProfile(tx.nextId(io.finterm.store.Schema.PROFILES),
                first.userId(), "second", "csv", first.delimiter(), first.encoding(), first.skip(), first.dateFormat(), first.decimal(),
                first.columns(), first.negate(), first.header(), 0))); // as an older store or a backup may hold them
        FintermException e = assertThrows(FintermException.class, () -> profiles.resolve(alice, sample("us-card.csv"), null, null, null));
        assertEquals("the header of us-card.csv matches the profiles 'first' and 'second': choose one with --profile NAME", e.getMessage());
        assertEquals("second", profiles.resolve(alice, sample("us-card.csv"), "second", null, null).profile());
    }

    @Test
    void aCsvProfileIsRefusedForAQifOrOfxFileAndAnOfxFileHasNoProfileToSave() {
        profiles.save(alice, "card", sample("us-card.csv"), null, null);
        FintermException qif = assertThrows(FintermException.class, () -> profiles.resolve(alice, sample("qif-bank.qif"), "card", null, null));
        assertEquals("--profile card: the profile is for a bank CSV, and qif-bank.qif is a QIF file", qif.getMessage());
        FintermException ofx = assertThrows(FintermException.class, () -> profiles.resolve(alice, sample("ofx1-bank.ofx"), "card", null, null));
        assertEquals("--profile card: the profile is for a bank CSV, and ofx1-bank.ofx is an OFX file", ofx.getMessage());
        FintermException save = assertThrows(FintermException.class, () -> profiles.save(alice, "ofx", sample("ofx1-bank.ofx"), null, null));
        assertEquals("ofx1-bank.ofx is an OFX file, which states its own layout: a profile is for a bank CSV or a QIF file", save.getMessage());
        assertNull(profiles.resolve(alice, sample("ofx1-bank.ofx"), null, null, null).profile(), "an OFX file is never matched");
    }

    @Test
    void aQifProfileKeepsTheDateOrderAndTheDecimalMarkAndIsUsedByName() {
        ImportProfile p = profiles.save(alice, "quicken", sample("qif-ambiguous.qif"), DAY_FIRST, null);
        assertEquals("qif", p.format());
        assertEquals("dd/MM/yyyy", p.dateFormat());
        assertEquals(List.of(), p.header());
        ProfileService.Resolved r = profiles.resolve(alice, sample("qif-ambiguous.qif"), "quicken", null, null);
        assertEquals("dd/MM/yyyy", r.options().dateFormat());
        assertTrue(imported(alice, sample("qif-ambiguous.qif"), r) > 0);
        FintermException csv = assertThrows(FintermException.class, () -> profiles.resolve(alice, sample("us-card.csv"), "quicken", null, null));
        assertEquals("--profile quicken: the profile is for a QIF file, and us-card.csv is a bank CSV", csv.getMessage());
    }

    @Test
    void optionsGivenOnTheCommandLineWinOverTheProfilesAndTakeTheirColumnsAway() {
        profiles.save(alice, "checking", sample("us-checking.csv"), null, null);
        CsvOptions given = new CsvOptions(null, null, null, null, '.', Map.of("payee", List.of("Description")), null, null, true);
        CsvOptions o = profiles.resolve(alice, sample("us-checking.csv"), "checking", given, null).options();
        assertEquals(List.of("Description"), o.map().get("payee"));
        assertNull(o.map().get("description"), "the column is the payee now, not also the description");
        assertTrue(o.negate());
        CsvOptions debit = new CsvOptions(null, null, null, null, null, Map.of(), "Amount", "Balance", false);
        CsvOptions split = profiles.resolve(alice, sample("us-checking.csv"), "checking", debit, null).options();
        assertNull(split.map().get("amount"), "--debit and --credit replace the amount column");
        assertNull(split.map().get("balance"));
        assertEquals("Amount", split.debit());
    }

    @Test
    void aTitleLineAddedAboveTheHeaderIsFoundAndSaid() {
        profiles.save(alice, "card", sample("us-card.csv"), null, null);
        ImportSource moved = text("moved.csv", "Statement for card 1234\n" + new String(readAll("us-card.csv"), StandardCharsets.UTF_8));
        ProfileService.Resolved named = profiles.resolve(alice, moved, "card", null, null);
        assertEquals(1, named.options().skip());
        assertEquals("profile: card (its header is on line 2 of this file)", named.note());
        ProfileService.Resolved auto = profiles.resolve(alice, moved, null, null, null);
        assertEquals(1, auto.options().skip());
        assertEquals("card", auto.profile());
    }

    @Test
    void aProfilesAccountIsUsedUnlessAnotherIsGivenAndAnUnknownAccountIsRefused() {
        fx.accountBook.add(alice, NewAccount.named("Card"));
        ImportProfile p = profiles.save(alice, "card", sample("us-card.csv"), null, "Card");
        assertEquals("Card", profiles.account(alice, p));
        assertEquals("Card", profiles.resolve(alice, sample("us-card.csv"), null, null, null).account());
        assertEquals("Main", profiles.resolve(alice, sample("us-card.csv"), null, null, "Main").account());
        FintermException e = assertThrows(FintermException.class, () -> profiles.save(alice, "x", sample("uk-bank.csv"), null, "Nope"));
        assertTrue(e.getMessage().contains("you have no account 'Nope'"), e.getMessage());
    }

    @Test
    void eachPersonSeesAndUsesOnlyTheirOwnProfiles() {
        profiles.save(alice, "card", sample("us-card.csv"), null, null);
        Session bob = fx.bob();
        assertEquals(List.of(), profiles.list(bob));
        assertNull(profiles.resolve(bob, sample("us-card.csv"), null, null, null).profile());
        FintermException e = assertThrows(FintermException.class, () -> profiles.show(bob, "card"));
        assertEquals("you have no profile 'card'; `finterm profile list` shows yours", e.getMessage());
        assertThrows(FintermException.class, () -> profiles.delete(bob, "card"));
        profiles.save(bob, "card", sample("us-card.csv"), null, null);
        assertEquals(1, profiles.list(alice).size());
    }

    private static byte[] readAll(String name) {
        try (InputStream in = ProfileServiceTest.class.getResourceAsStream("/bank/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
