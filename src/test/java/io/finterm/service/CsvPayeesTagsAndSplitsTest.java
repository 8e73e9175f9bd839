package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSV import's optional {@code payee}, {@code tags} and {@code status} columns, and a split written as
 * rows that share an {@code id} (the files are in {@code src/test/resources/csv}, see the README there).
 */
class CsvPayeesTagsAndSplitsTest {
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private static final ImportService.Options NORMAL = new ImportService.Options(false, false);

    private static String file(String name) throws Exception {
        return Files.readString(Path.of(CsvPayeesTagsAndSplitsTest.class.getResource("/csv/" + name).toURI()), StandardCharsets.UTF_8);
    }

    private ImportService.Summary importing(String csv) {
        return fx.imports.importCsv(alice, new StringReader(csv), NORMAL, n -> { });
    }

    /** Each of alice's transactions as description, payee, tags, status and its lines (category=amount:memo). */
    private List<String> rows() {
        return rowsOf(alice);
    }

    private List<String> rowsOf(Session who) {
        Map<Long, String> names = new HashMap<>();
        fx.categories.list(who).forEach(c -> names.put(c.id(), c.name()));
        List<String> out = new ArrayList<>();
        for (Listed l : fx.transactions.list(who, Filter.ALL, Sort.DATE_ASC, 0, 1000)) {
            Transaction t = l.transaction();
            out.add(t.date() + " " + t.description() + " " + t.amount().toDecimalString() + " " + l.category() + " payee=" + t.payee()
                    + " tags=" + t.tags() + " " + t.status().word() + (t.isSplit() ? " " + t.lines().stream()
                    .map(x -> names.get(x.categoryId()) + "=" + x.amount().toDecimalString() + ":" + x.memo()).toList() : ""));
        }
        return out;
    }

    private long stored() {
        return fx.store.read(rd -> rd.count(Schema.TRANSACTIONS) + rd.count(Schema.CATEGORIES));
    }

    @Test
    void payeeAndTagsColumnsFillTheirOwnFields() throws Exception {
        assertEquals(4, importing(file("payees-and-tags.csv")).imported());
        assertEquals(List.of(
                "2026-03-01 weekly shop 54.30 Groceries payee=Supermarket tags=[home, q1] uncleared",
                "2026-03-02 dinner 25.00 Dining payee=Trattoria Roma tags=[trip-rome] uncleared",
                "2026-03-03 march 3000.00 Salary payee=ACME Ltd tags=[] uncleared",
                "2026-03-04 train, return 12.00 Travel payee= tags=[tax, trip-rome] uncleared"), rows());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void aBadTagIsRefusedWithItsLineAndColumnAndNothingIsWritten() throws Exception {
        long before = stored();
        FintermException e = assertThrows(FintermException.class, () -> importing(file("bad-tag.csv")));
        assertEquals(String.join(System.lineSeparator(), "nothing was imported: 2 rows have problems",
                "line 3: tags: 'trip rome' has a space; a tag is one word, such as trip-rome",
                "line 4: tags: has an empty tag between separators (tags are separated by ;)"), e.getMessage());
        assertEquals(before, stored());
    }

    @Test
    void aSplitAsAListShowsItIsNotTakenForANewCategoryOnImportNorByHand() {
        long before = stored();
        FintermException e = assertThrows(FintermException.class, () -> importing("date,category,amount\n"
                + "2026-03-01,Groceries / Shopping,-54.30\n"));
        assertEquals(String.join(System.lineSeparator(), "nothing was imported: 1 row has problems",
                "line 2: category: 'Groceries / Shopping' has ' / ', which joins the categories of a split where one is listed;"
                        + " name it without (for a split, give its lines: --split, or finterm export --format csv)"), e.getMessage());
        assertEquals(before, stored());
        assertThrows(ValidationException.class, () -> fx.categories.add(alice, TxKind.EXPENSE, "Home / Garden"));
        assertThrows(ValidationException.class, () -> fx.categories.rename(alice, TxKind.EXPENSE, "Shopping", "Shops / Gifts"));
        assertEquals("Home/Garden", fx.categories.add(alice, TxKind.EXPENSE, "Home/Garden").name());
    }

    @Test
    void hostileTagsAndPayeesAreRefusedOrCleanedAndNeverHalfWritten() {
        long before = stored();
        String many = String.join(";", java.util.stream.IntStream.range(0, 25).mapToObj(i -> "t" + i).toList());
        FintermException e = assertThrows(FintermException.class, () -> importing("date,category,amount,payee,tags\n"
                + "2026-03-01,Groceries,-1.00,ok,ok\n"
                + "2026-03-01,Groceries,-1.00,ok," + many + "\n"
                + "2026-03-01,Groceries,-1.00,ok," + "x".repeat(100_000) + "\n"
                + "2026-03-01,Groceries,-1.00,ok,a\u001b[31mb\n"
                + "2026-03-01,Groceries,-1.00," + "p".repeat(101) + ",\n"));
        assertEquals(String.join(System.lineSeparator(), "nothing was imported: 4 rows have problems",
                "line 3: tags: at most 20 tags, not 25",
                "line 4: tags: a tag of 100000 characters; at most 40",
                "line 5: tags: 'a[31mb' has '['; a tag has letters, digits and - _ . / only",
                "line 6: payee: at most 100 characters"), e.getMessage());
        assertEquals(before, stored());

        importing("date,category,amount,payee\n2026-03-01,Groceries,-1.00,\"Bad\u001b[2J\u0007 Shop\"\n");
        assertEquals(List.of("2026-03-01  1.00 Groceries payee=Bad[2J Shop tags=[] uncleared"), rows(),
                "the terminal's control characters are stripped from a payee, as from a description");
    }

    @Test
    void aDifferentPayeeDoesNotMakeAnotherPurchase() throws Exception {
        importing(file("payees-and-tags.csv"));
        List<String> first = rows();
        String renamed = file("payees-and-tags.csv").replace("Supermarket", "SUPERMARKT GMBH 0421").replace("home;Q1", "")
                .replace("ACME Ltd", "");
        ImportService.Summary again = importing(renamed);
        assertEquals(new ImportService.Summary(0, 4, List.of(), false), again,
                "the same date, account, type, category, amount and description: the same purchase, whatever the payee or tags");
        assertEquals(first, rows(), "the transactions already booked keep their payee and tags");
    }

    @Test
    void rowsSharingAnIdAreTheLinesOfOneSplit() throws Exception {
        assertEquals(3, importing(file("split-receipt.csv")).imported());
        assertEquals(List.of(
                "2026-03-05 weekly shop 54.30 Groceries / Shopping payee=Supermarket tags=[home, q1] cleared"
                        + " [Groceries=40.00:food, Shopping=10.00:soap, Groceries=4.30:fruit]",
                "2026-03-06 dinner 25.00 Dining payee=Trattoria tags=[] reconciled",
                "2026-03-07 march 3000.00 Salary payee=ACME Ltd tags=[] uncleared"), rows());
        assertEquals(new ImportService.Summary(0, 3, List.of(), false), importing(file("split-receipt.csv")),
                "the split is a duplicate of itself as a whole");
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void splitRowsThatDisagreeOrAreApartAreRefusedNamingTheLine() throws Exception {
        String good = file("split-receipt.csv");
        String[] rows = good.split("\n");
        long before = stored();
        String[][] cases = {
            {good.replace("Main,Shopping,10.00,EUR,weekly shop", "Main,Shopping,10.00,EUR,weekly shopping"),
                "line 3: description: differs from line 2, which has the same id '41'; the rows of one split share everything but"
                        + " their category, amount and memo"},
            {good.replace("2026-03-05,expense,Main,Groceries,4.30", "2026-03-06,expense,Main,Groceries,4.30"),
                "line 4: date: differs from line 2, which has the same id '41'"},
            {good.replace("home;q1,cleared,fruit", "home;q1,reconciled,fruit"), "line 4: status: differs from line 2"},
            {String.join("\n", rows[0], rows[1], rows[4], rows[2], rows[3]) + "\n",
                "line 4: id: '41' is also the id of line 2; the rows of one split are next to each other"},
            {good.replace("Main,Shopping,10.00", "Main,Shopping,-10.00"), "line 3: amount: must be positive when the type column says"},
            {good.replace("soap", "s".repeat(101)), "line 3: memo: at most 100 characters"},
            {String.join("\n", rows[0], rows[1], rows[2].replace("home;q1", "home q1"), rows[3]) + "\n",
                "line 4: id: '41' is also the id of line 2"},
        };
        for (String[] c : cases) {
            FintermException e = assertThrows(FintermException.class, () -> importing(c[0]), c[1]);
            assertTrue(e.getMessage().lines().anyMatch(l -> l.startsWith(c[1])), c[1] + " <> " + e.getMessage());
            assertEquals(before, stored(), c[1]);
        }
    }

    private String exportCsv(Session s) {
        java.io.StringWriter w = new java.io.StringWriter();
        fx.csvExports.export(s, w);
        return w.toString();
    }

    private long idOf(String description) {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 1000).stream().map(Listed::transaction)
                .filter(t -> t.description().equals(description) && t.kind() != io.finterm.domain.TxKind.TRANSFER_IN)
                .findFirst().orElseThrow().id();
    }

    @Test
    void theCsvExportWritesASplitAsOneRowPerLineWithItsSharedIdAndItImportsBackWhole() throws Exception {
        importing(file("split-receipt.csv"));
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "50", null, java.time.LocalDate.of(2026, 3, 8), "aside"));
        long shop = idOf("weekly shop");
        long dinner = idOf("dinner");
        long march = idOf("march");
        long aside = idOf("aside");
        String csv = exportCsv(alice);
        assertEquals(String.join("\n",
                "id,date,type,account,category,amount,currency,description,payee,tags,status,memo",
                shop + ",2026-03-05,expense,Main,Groceries,40.00,EUR,weekly shop,Supermarket,home;q1,cleared,food",
                shop + ",2026-03-05,expense,Main,Shopping,10.00,EUR,weekly shop,Supermarket,home;q1,cleared,soap",
                shop + ",2026-03-05,expense,Main,Groceries,4.30,EUR,weekly shop,Supermarket,home;q1,cleared,fruit",
                dinner + ",2026-03-06,expense,Main,Dining,25.00,EUR,dinner,Trattoria,,reconciled,",
                march + ",2026-03-07,income,Main,Salary,3000.00,EUR,march,ACME Ltd,,uncleared,",
                aside + ",2026-03-08,transfer out,Main,,50.00,EUR,aside,,,uncleared,",
                (aside + 1) + ",2026-03-08,transfer in,Savings,,50.00,EUR,aside,,,uncleared,") + "\n", csv);

        Session bob = fx.bob();
        FintermException e = assertThrows(FintermException.class,
                () -> fx.imports.importCsv(bob, new StringReader(csv), NORMAL, n -> { }));
        assertTrue(e.getMessage().startsWith("nothing was imported: 2 rows have problems" + System.lineSeparator()
                + "line 7: type: 'transfer out' is not one of income, expense: a transfer between your own accounts is made as one"),
                e.getMessage());
        String withoutTransfers = String.join("\n", csv.lines().filter(l -> !l.contains(",transfer ")).toList()) + "\n";
        assertEquals(3, fx.imports.importCsv(bob, new StringReader(withoutTransfers), NORMAL, n -> { }).imported());
        List<String> alices = rows().stream().filter(r -> !r.contains(" aside ")).toList();
        assertEquals(alices, rowsOf(bob), "bob's books hold alice's three transactions, the split whole");
    }
}
