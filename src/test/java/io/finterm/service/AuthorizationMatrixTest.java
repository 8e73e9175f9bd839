package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import io.finterm.store.Schema;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public service method against every kind of caller: the owner of the data (alice, on her
 * own account), another user (bob, on alice's), an administrator, and a session that has ended.
 * A refusal must be an {@link AccessDenied} that changes nothing. A service method without a row
 * fails {@link #everyPublicServiceMethodHasARow()}.
 */
class AuthorizationMatrixTest {
    enum Actor { OWNER, OTHER_USER, ADMIN, ENDED }

    enum Outcome { ALLOW, DENY }

    /** One service method: how to call it as {@code session}, and what each actor may do. */
    /** The fixture, and alice's transaction that the id-taking methods aim at. */
    record Ctx(Accounts fx, long aliceTx, long aliceTransferLeg, long aliceImport) {
    }

    record Row(String method, BiConsumer<Ctx, Session> call, Outcome owner, Outcome otherUser, Outcome admin, Outcome ended) {
        Outcome expected(Actor actor) {
            return switch (actor) {
                case OWNER -> owner;
                case OTHER_USER -> otherUser;
                case ADMIN -> admin;
                case ENDED -> ended;
            };
        }
    }

    private static final Outcome A = Outcome.ALLOW;
    private static final Outcome D = Outcome.DENY;
    private static final TransferEntry TO_SAVINGS =
            new TransferEntry("Main", "Savings", "20.00", null, LocalDate.of(2026, 3, 5), "to savings");

    /** Every service whose public methods must each have a row. */
    static final List<Class<?>> SERVICES = List.of(AccountBookService.class, CsvExportService.class, TransferService.class, NetWorthService.class, AccountRegisterService.class, AccountService.class, OwnAccountService.class, UserAdminService.class, TransactionService.class, ReconcileService.class, CompletionService.class, CategoryService.class,
            BudgetService.class, ReportService.class, ImportService.class, ImportHistoryService.class, BackupService.class, AnalysisService.class,
            ExportService.class, ProfileService.class, DemoService.class, RateService.class, MaintenanceService.class, RuleService.class,
            ScheduleService.class, ForecastService.class, AuditService.class, UndoService.class);

    /**
     * Methods that take no session: those that come before a login (and change anything only in an
     * empty store), and the exchange rates, which are public data, the same for everyone.
     */
    static final Set<String> BEFORE_LOGIN = Set.of("hasUsers", "createFirstAdmin", "login", "loginWithKey", "isKeyOf", "restore", "seed",
            "updateRates", "importRates", "listRates", "newestRate", "refreshDue",
            // the local operator's fsck: whoever can read the data directory may check it; no remote client reaches it
            "howOpened", "format", "check", "repair",
            // the server's daily timer: every user's automatic occurrences, which each of them set up to be posted
            "catchUpEveryone",
            // the server's daily run applies the audit log's retention (audit.keep.days, fixed when the service is
            // built); no person calls it and no caller chooses the cutoff
            "pruneExpired",
            // the server's daily run and each start: retention of everyone's undo steps, by the configured rule; it takes
            // back nothing that anyone could still undo within it, and no caller chooses what goes
            "pruneEveryone");

    private static final Entry LUNCH = new Entry(LocalDate.of(2024, 3, 5), TxKind.EXPENSE, "Dining",
            Money.of(1250, "EUR"), "lunch");
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    /** An ed25519 public key in authorized_keys form (only the public half: no secret here). */
    static final String KEY_LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop";

    static final List<Row> ROWS = List.of(
            // accounts: administrators manage them; everyone changes their own password
            new Row("listUsers", (c, s) -> c.fx().userAdmin.listUsers(s), D, D, A, D),
            new Row("createUser", (c, s) -> c.fx().userAdmin.createUser(s, "carol", "carols-password".toCharArray(), Role.USER), D, D, A, D),
            new Row("previewDelete", (c, s) -> c.fx().userAdmin.previewDelete(s, "alice"), D, D, A, D),
            new Row("deleteUser", (c, s) -> c.fx().userAdmin.deleteUser(s, "alice"), D, D, A, D),
            new Row("resetPassword", (c, s) -> c.fx().userAdmin.resetPassword(s, "alice", "reset-password-1".toCharArray()), D, D, A, D),
            new Row("unlock", (c, s) -> c.fx().userAdmin.unlock(s, "alice"), D, D, A, D),
            new Row("changeRole", (c, s) -> c.fx().userAdmin.changeRole(s, "alice", Role.ADMIN), D, D, A, D),
            // the audit log: administrators read it; each person reads their own account's security events
            new Row("AuditService.list", (c, s) -> c.fx().audit.list(s, new AuditQuery(null, null, 10)), D, D, A, D),
            new Row("AuditService.list", (c, s) -> c.fx().audit.list(s, new AuditQuery(LocalDate.of(2026, 1, 1), "alice", 10)), D, D, A, D),
            new Row("AuditService.ownSecurity", (c, s) -> c.fx().audit.ownSecurity(s), A, A, A, D),
            new Row("changeOwnPassword", (c, s) -> c.fx().ownAccount.changeOwnPassword(s, passwordOf(s).toCharArray(),
                    "changed-password-1".toCharArray()), A, A, A, D),
            new Row("logout", (c, s) -> c.fx().accounts.logout(s), A, A, A, A),
            new Row("changeBaseCurrency", (c, s) -> c.fx().ownAccount.changeBaseCurrency(s, java.util.Currency.getInstance("USD")), A, A, A, D),
            new Row("addKey", (c, s) -> c.fx().ownAccount.addKey(s, KEY_LINE), A, A, A, D),
            new Row("listKeys", (c, s) -> c.fx().ownAccount.listKeys(s), A, A, A, D),
            new Row("removeKey", (c, s) -> c.fx().ownAccount.removeKey(s, "SHA256:nothing"), A, A, A, D),
            new Row("profile", (c, s) -> c.fx().accounts.profile(s), A, A, A, D),
            // accounts: by name, always one's own
            new Row("AccountBookService.list", (c, s) -> c.fx().accountBook.list(s), A, A, A, D),
            new Row("AccountBookService.list", (c, s) -> c.fx().accountBook.list(s, LocalDate.of(2026, 3, 5)), A, A, A, D),
            new Row("AccountBookService.get", (c, s) -> c.fx().accountBook.get(s, null, LocalDate.of(2026, 3, 5)), A, A, A, D),
            new Row("AccountBookService.add", (c, s) -> c.fx().accountBook.add(s, NewAccount.named("Travel")), A, A, A, D),
            new Row("AccountBookService.rename", (c, s) -> c.fx().accountBook.rename(s, "Main", "Everyday"), A, A, A, D),
            new Row("AccountBookService.change", (c, s) -> c.fx().accountBook.change(s, "Main", AccountType.SAVINGS, "10.00",
                    null, null), A, A, A, D),
            new Row("AccountBookService.close", (c, s) -> {
                c.fx().accountBook.add(s, NewAccount.named("Spare"));
                c.fx().accountBook.close(s, "Spare");
            }, A, A, A, D),
            new Row("AccountBookService.reopen", (c, s) -> {
                c.fx().accountBook.add(s, NewAccount.named("Spare"));
                c.fx().accountBook.close(s, "Spare");
                c.fx().accountBook.reopen(s, "Spare");
            }, A, A, A, D),
            new Row("AccountBookService.setDefault", (c, s) -> {
                c.fx().accountBook.add(s, NewAccount.named("Spare"));
                c.fx().accountBook.setDefault(s, "Spare");
            }, A, A, A, D),
            new Row("AccountBookService.delete", (c, s) -> {
                c.fx().accountBook.add(s, NewAccount.named("Spare"));
                c.fx().accountBook.delete(s, "Spare");
            }, A, A, A, D),
            // transfers: between one's own accounts; aimed at alice's transfer, only alice may
            new Row("TransferService.transfer", (c, s) -> {
                c.fx().accountBook.add(s, NewAccount.named("Pocket"));
                c.fx().transfers.transfer(s, new TransferEntry("Main", "Pocket", "5.00", null, LocalDate.of(2026, 3, 5), "cash"));
            }, A, A, A, D),
            new Row("TransferService.edit", (c, s) -> c.fx().transfers.edit(s, c.aliceTransferLeg(), TO_SAVINGS), A, D, D, D),
            new Row("TransferService.editReconciled", (c, s) -> c.fx().transfers.editReconciled(s, c.aliceTransferLeg(), TO_SAVINGS),
                    A, D, D, D),
            new Row("TransferService.get", (c, s) -> c.fx().transfers.get(s, c.aliceTransferLeg()), A, D, D, D),
            // net worth and registers: over one's own accounts
            new Row("NetWorthService.netWorth", (c, s) -> c.fx().netWorth.netWorth(s, MARCH, MARCH.plusMonths(11)), A, A, A, D),
            new Row("NetWorthService.current", (c, s) -> c.fx().netWorth.current(s), A, A, A, D),
            new Row("NetWorthService.change", (c, s) -> c.fx().netWorth.change(s, Period.month(MARCH)), A, A, A, D),
            // the forecast and its warnings: over one's own accounts, by name
            new Row("ForecastService.forecast", (c, s) -> forecast(c).forecast(s, 3, null, true), A, A, A, D),
            new Row("ForecastService.warnBelow", (c, s) -> forecast(c).warnBelow(s, "Main", "-100.00"), A, A, A, D),
            new Row("ForecastService.warning", (c, s) -> forecast(c).warning(s, "Main"), A, A, A, D),
            new Row("AccountRegisterService.register", (c, s) -> c.fx().register.register(s, null, 0, 50, true), A, A, A, D),
            // transactions: aimed at alice's transaction, only alice may; aimed at one's own, anyone logged in
            new Row("TransactionService.add", (c, s) -> c.fx().transactions.add(s, LUNCH), A, A, A, D),
            new Row("TransactionService.edit", (c, s) -> c.fx().transactions.edit(s, c.aliceTx(), LUNCH), A, D, D, D),
            new Row("TransactionService.editReconciled", (c, s) -> c.fx().transactions.editReconciled(s, c.aliceTx(), LUNCH), A, D, D, D),
            new Row("TransactionService.delete", (c, s) -> c.fx().transactions.delete(s, c.aliceTx()), A, D, D, D),
            new Row("TransactionService.deleteReconciled", (c, s) -> c.fx().transactions.deleteReconciled(s, c.aliceTx()), A, D, D, D),
            new Row("TransactionService.get", (c, s) -> c.fx().transactions.get(s, c.aliceTx()), A, D, D, D),
            new Row("TransactionService.list", (c, s) -> c.fx().transactions.list(s, Filter.ALL, Sort.DATE_ASC, 0, 10), A, A, A, D),
            new Row("count", (c, s) -> c.fx().transactions.count(s, Filter.ALL), A, A, A, D),
            // reconciliation: an account by name is always one's own; a transaction id of someone else's is not there
            new Row("ReconcileService.show", (c, s) -> c.fx().reconcile.show(s, "Main", LocalDate.of(2026, 3, 31), "0"), A, A, A, D),
            new Row("ReconcileService.mark", (c, s) -> c.fx().reconcile.mark(s, "Main", List.of(c.aliceTx()), true), A, D, D, D),
            new Row("ReconcileService.mark", (c, s) -> c.fx().reconcile.mark(s, "Main", List.of(c.aliceTx()), List.of(), true), A, D, D, D),
            new Row("ReconcileService.finish", (c, s) -> c.fx().reconcile.finish(s, "Main", LocalDate.of(2026, 3, 31), "0"), A, A, A, D),
            new Row("suggest", (c, s) -> c.fx().transactions.suggest(s, "lunch"), A, A, A, D),
            new Row("filter", (c, s) -> c.fx().transactions.filter(s, "cat:Dining", LocalDate.of(2024, 3, 5)), A, A, A, D),
            new Row("TransactionService.accountNames", (c, s) -> c.fx().transactions.accountNames(s), A, A, A, D),
            new Row("completeCategories", (c, s) -> c.fx().transactions.completeCategories(s, "d"), A, A, A, D),
            new Row("completeDescriptions", (c, s) -> c.fx().transactions.completeDescriptions(s, "l", 5), A, A, A, D),
            new Row("CompletionService.payees", (c, s) -> new CompletionService(c.fx().store, c.fx().accounts).payees(s, "a", 5), A, A, A, D),
            new Row("CompletionService.tags", (c, s) -> new CompletionService(c.fx().store, c.fx().accounts).tags(s, "t", 5), A, A, A, D),
            // categories and budgets: always one's own, by name
            new Row("CategoryService.list", (c, s) -> c.fx().categories.list(s), A, A, A, D),
            new Row("listWithCounts", (c, s) -> c.fx().categories.listWithCounts(s), A, A, A, D),
            new Row("CategoryService.add", (c, s) -> c.fx().categories.add(s, TxKind.EXPENSE, "Pets"), A, A, A, D),
            new Row("CategoryService.rename", (c, s) -> c.fx().categories.rename(s, TxKind.EXPENSE, "Travel", "Trips"), A, A, A, D),
            new Row("merge", (c, s) -> c.fx().categories.merge(s, TxKind.EXPENSE, "Travel", "Other"), A, A, A, D),
            new Row("CategoryService.delete", (c, s) -> c.fx().categories.delete(s, TxKind.EXPENSE, "Travel"), A, A, A, D),
            new Row("set", (c, s) -> c.fx().budgets.set(s, "Rent", MARCH, Money.of(90000, "EUR")), A, A, A, D),
            new Row("BudgetService.remove", (c, s) -> c.fx().budgets.remove(s, "Rent", MARCH), A, A, A, D),
            new Row("BudgetService.list", (c, s) -> c.fx().budgets.list(s, MARCH), A, A, A, D),
            new Row("BudgetService.month", (c, s) -> c.fx().budgets.month(s, MARCH), A, A, A, D),
            new Row("BudgetService.set", (c, s) -> c.fx().budgets.set(s, "Rent", MARCH, Money.of(90000, "EUR"),
                    BudgetService.Rolling.on(io.finterm.domain.Overspending.CARRY)), A, A, A, D),
            new Row("BudgetService.rollovers", (c, s) -> c.fx().budgets.rollovers(s), A, A, A, D),
            new Row("BudgetService.rolling", (c, s) -> c.fx().budgets.rolling(s, "Rent", MARCH), A, A, A, D),
            new Row("BudgetService.setting", (c, s) -> c.fx().budgets.setting(s, "Rent", MARCH), A, A, A, D),
            new Row("BudgetService.roll", (c, s) -> c.fx().budgets.roll(s, "Rent", MARCH, BudgetService.Rolling.ON), A, A, A, D),
            new Row("ReportService.totals", (c, s) -> c.fx().reports.totals(s, null, null, Totals.By.MONTH, null, Filter.ALL), A, A, A, D),
            new Row("importCsv", (c, s) -> c.fx().imports.importCsv(s, new java.io.StringReader(
                    "date,type,category,amount\n2024-03-01,expense,Dining,5\n"), new ImportService.Options(false, false), n -> { }),
                    A, A, A, D),
            new Row("importFile", (c, s) -> c.fx().imports.importFile(s, BankFileFuzzTest.source("own.csv",
                    "date,type,category,amount\n2024-03-04,expense,Dining,7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new ImportService.Options(false, false), n -> { }), A, A, A, D),
            new Row("detect", (c, s) -> c.fx().imports.detect(s, BankFileFuzzTest.source("own.csv",
                    "date,type,category,amount\n2024-03-04,expense,Dining,7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new ImportService.Options(true, false)), A, A, A, D),
            new Row("preview", (c, s) -> c.fx().imports.preview(s, BankFileFuzzTest.source("own.csv",
                    "date,type,category,amount\n2024-03-04,expense,Dining,7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new ImportService.Options(true, false)), A, A, A, D),
            // undo and redo: always one's own history; an administrator's or another person's reaches none of alice's steps
            new Row("UndoService.undo", (c, s) -> ownSteps(() -> c.fx().undo.undo(s, 1)), A, A, A, D),
            new Row("UndoService.redo", (c, s) -> ownSteps(() -> c.fx().undo.redo(s, 1)), A, A, A, D),
            new Row("UndoService.list", (c, s) -> c.fx().undo.list(s, 10), A, A, A, D),
            new Row("UndoService.forget", (c, s) -> ownSteps(() -> c.fx().undo.forget(s)), A, A, A, D),
            new Row("ImportHistoryService.list", (c, s) -> c.fx().importHistory.list(s), A, A, A, D),
            // aimed at an import of alice's: only alice may take it back
            new Row("ImportHistoryService.undo", (c, s) -> c.fx().importHistory.undo(s, c.aliceImport(), false), A, D, D, D),
            // import profiles: always one's own, by name
            new Row("ProfileService.save", (c, s) -> profiles(c).save(s, "bank", bankCsv(), null, null), A, A, A, D),
            new Row("ProfileService.list", (c, s) -> profiles(c).list(s), A, A, A, D),
            new Row("ProfileService.checkName", (c, s) -> profiles(c).checkName(s, "bank"), A, A, A, D),
            new Row("ProfileService.show", (c, s) -> {
                profiles(c).save(s, "bank", bankCsv(), null, null);
                profiles(c).show(s, "BANK");
            }, A, A, A, D),
            new Row("ProfileService.account", (c, s) -> profiles(c).account(s, profiles(c).save(s, "bank", bankCsv(), null, "Main")),
                    A, A, A, D),
            new Row("ProfileService.delete", (c, s) -> {
                profiles(c).save(s, "bank", bankCsv(), null, null);
                profiles(c).delete(s, "bank");
            }, A, A, A, D),
            new Row("ProfileService.resolve", (c, s) -> {
                profiles(c).save(s, "bank", bankCsv(), null, null);
                profiles(c).resolve(s, bankCsv(), null, null, null);
            }, A, A, A, D),
            // an administrator's export is the full backup, the one documented exception
            new Row("BackupService.export", (c, s) -> c.fx().backups.export(s, new java.io.StringWriter()), A, A, A, D),
            new Row("CsvExportService.export", (c, s) -> c.fx().csvExports.export(s, new java.io.StringWriter()), A, A, A, D),
            new Row("importOwn", (c, s) -> c.fx().backups.importOwn(s, new java.io.StringReader(
                    "{\"format\":\"finterm-backup\",\"version\":1,\"scope\":\"user\",\"users\":[],\"categories\":[]}")), A, A, A, D),
            // analysis: always over one's own transactions
            new Row("summary", (c, s) -> c.fx().analysis.summary(s, Period.month(MARCH), Filter.ALL), A, A, A, D),
            new Row("AnalysisService.categories", (c, s) -> c.fx().analysis.categories(s, Period.month(MARCH), TxKind.EXPENSE, Filter.ALL),
                    A, A, A, D),
            new Row("trend", (c, s) -> c.fx().analysis.trend(s, Period.month(MARCH), Trend.Granularity.MONTH, Filter.ALL), A, A, A, D),
            new Row("outliers", (c, s) -> c.fx().analysis.outliers(s, Period.month(MARCH), Filter.ALL), A, A, A, D),
            new Row("budgets", (c, s) -> c.fx().analysis.budgets(s, Period.month(MARCH), Filter.ALL), A, A, A, D),
            new Row("span", (c, s) -> c.fx().analysis.span(s), A, A, A, D),
            new Row("conversion", (c, s) -> c.fx().analysis.conversion(s, AnalysisService.Report.SUMMARY, Period.month(MARCH), Filter.ALL), A, A, A, D),
            new Row("dashboard", (c, s) -> c.fx().analysis.dashboard(s, Period.month(MARCH), Filter.ALL), A, A, A, D),
            new Row("ExportService.export", (c, s) -> c.fx().exports.export(s, ExportService.View.OUTLIERS, Period.month(MARCH), Filter.ALL,
                    io.finterm.report.ExportFormat.JSON, io.finterm.chart.ChartOptions.DEFAULT), A, A, A, D),
            // rules: always one's own, by position; an administrator's are their own too
            new Row("RuleService.add", (c, s) -> rules(c).add(s, NewRule.of("rewe", "Groceries")), A, A, A, D),
            new Row("RuleService.list", (c, s) -> rules(c).list(s), A, A, A, D),
            new Row("RuleService.remove", (c, s) -> {
                rules(c).add(s, NewRule.of("rewe", "Groceries"));
                rules(c).remove(s, 1);
            }, A, A, A, D),
            new Row("RuleService.move", (c, s) -> {
                rules(c).add(s, NewRule.of("rewe", "Groceries"));
                rules(c).add(s, NewRule.of("aral", "Transport"));
                rules(c).move(s, 2, 1);
            }, A, A, A, D),
            new Row("RuleService.removeRule", (c, s) -> rules(c).removeRule(s, rules(c).add(s, NewRule.of("rewe", "Groceries")).id()), A, A, A, D),
            new Row("RuleService.moveRule", (c, s) -> {
                rules(c).add(s, NewRule.of("rewe", "Groceries"));
                rules(c).moveRule(s, rules(c).add(s, NewRule.of("aral", "Transport")).id(), 1);
            }, A, A, A, D),
            new Row("RuleService.test", (c, s) -> rules(c).test(s, "REWE", "", null, null), A, A, A, D),
            new Row("RuleService.apply", (c, s) -> rules(c).apply(s, "", false), A, A, A, D),
            new Row("RuleService.offer", (c, s) -> rules(c).offer(s, c.aliceTx(), 0), A, D, D, D),
            new Row("copyForward", (c, s) -> c.fx().budgets.copyForward(s, MARCH, MARCH.plusMonths(2)), A, A, A, D),
            // schedules: always one's own, by name; aimed at alice's transaction, only alice may
            new Row("ScheduleService.add", (c, s) -> rent(c, s), A, A, A, D),
            new Row("ScheduleService.repeat", (c, s) -> c.fx().schedules.repeat(s, c.aliceTx(), "Lunch",
                    ScheduleSpecs.monthly(5, APRIL_1.plusDays(4)), io.finterm.domain.WeekendPolicy.KEEP, false), A, D, D, D),
            new Row("ScheduleService.list", (c, s) -> c.fx().schedules.list(s), A, A, A, D),
            new Row("ScheduleService.show", (c, s) -> {
                rent(c, s);
                c.fx().schedules.show(s, "Rent");
            }, A, A, A, D),
            new Row("ScheduleService.edit", (c, s) -> {
                rent(c, s);
                c.fx().schedules.edit(s, "Rent", ScheduleChange.NONE);
            }, A, A, A, D),
            new Row("ScheduleService.pause", (c, s) -> {
                rent(c, s);
                c.fx().schedules.pause(s, "Rent");
            }, A, A, A, D),
            new Row("ScheduleService.resume", (c, s) -> {
                rent(c, s);
                c.fx().schedules.pause(s, "Rent");
                c.fx().schedules.resume(s, "Rent");
            }, A, A, A, D),
            new Row("ScheduleService.delete", (c, s) -> {
                rent(c, s);
                c.fx().schedules.delete(s, "Rent");
            }, A, A, A, D),
            new Row("ScheduleService.run", (c, s) -> c.fx().schedules.run(s, APRIL_1), A, A, A, D),
            new Row("ScheduleService.catchUp", (c, s) -> c.fx().schedules.catchUp(s), A, A, A, D),
            new Row("ScheduleService.approve", (c, s) -> {
                rent(c, s);
                c.fx().schedules.approve(s, "Rent", APRIL_1, null);
            }, A, A, A, D),
            new Row("ScheduleService.skip", (c, s) -> {
                rent(c, s);
                c.fx().schedules.skip(s, "Rent", APRIL_1);
            }, A, A, A, D),
            new Row("ScheduleService.change", (c, s) -> {
                rent(c, s);
                c.fx().schedules.change(s, "Rent", APRIL_1, "10.00", null);
            }, A, A, A, D),
            // aimed at alice's transaction (and her schedule Plan, made before the call): only alice may
            new Row("ScheduleService.link", (c, s) -> c.fx().schedules.link(s, "Plan", APRIL_1, c.aliceTx()), A, D, D, D),
            new Row("ScheduleService.due", (c, s) -> c.fx().schedules.due(s, 30), A, A, A, D),
            // asks about alice's transaction: anyone may ask, and only alice's own ids can ever be among the answer
            new Row("ScheduleService.standing", (c, s) -> c.fx().schedules.standing(s, List.of(c.aliceTx())), A, A, A, D),
            // recurring payments found in the history: each caller's own, found in the history the caller has just made
            new Row("ScheduleService.find", (c, s) -> {
                gym(c, s);
                c.fx().schedules.find(s);
            }, A, A, A, D),
            new Row("ScheduleService.accept", (c, s) -> {
                gym(c, s);
                c.fx().schedules.accept(s, "gym", null);
            }, A, A, A, D));

    /** The caller's own monthly Gym payment, 29.90 on the 2nd, from 2025-03 to 2026-03 (the fixture's today is 2026-03-05). */
    private static void gym(Ctx c, Session s) {
        for (int m = 0; m < 13; m++) {
            c.fx().transactions.add(s, new Entry(LocalDate.of(2025, 3, 2).plusMonths(m), TxKind.EXPENSE, "Health", Money.of(2990, "EUR"),
                    "", null, "Gym", List.of(), List.of()));
        }
    }

    /** A schedule of the caller's own that waits for approval, from 2026-04-01 (the fixture's today is 2026-03-05). */
    private static void rent(Ctx c, Session s) {
        c.fx().schedules.add(s, new NewSchedule("Rent", null, TxKind.EXPENSE, null, "1200.00", false, "Dining", List.of(), "", "",
                List.of(), ScheduleSpecs.monthly(1, APRIL_1), io.finterm.domain.WeekendPolicy.KEEP, false));
    }

    private static RuleService rules(Ctx c) {
        return new RuleService(c.fx().store, c.fx().accounts);
    }

    private static io.finterm.format.bank.ImportSource bankCsv() {
        return BankFileFuzzTest.source("bank.csv", "Date,Payee,Amount\n2026-03-04,Bakery,-3.80\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ForecastService forecast(Ctx c) {
        return new ForecastService(c.fx().store, c.fx().accounts, io.finterm.domain.BusinessDays.WEEKENDS_ONLY,
                io.finterm.domain.RateOracle.identity(), c.fx().clock);
    }

    private static ProfileService profiles(Ctx c) {
        return new ProfileService(c.fx().store, c.fx().accounts);
    }

    /**
     * Runs an undo or redo of the caller's own history: with no step of their own it says "nothing to undo", which
     * is an allowed answer, not a refusal; {@link #everything} then shows that nothing of alice's changed.
     */
    private static void ownSteps(Runnable call) {
        try {
            call.run();
        } catch (NothingToUndo e) {
            // the caller's own history is empty: allowed, and nothing changed
        }
    }

    private static String passwordOf(Session s) {
        return switch (s.username()) {
            case "root" -> Accounts.ADMIN_PASSWORD;
            case "alice" -> Accounts.ALICE_PASSWORD;
            default -> Accounts.BOB_PASSWORD;
        };
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : ROWS) {
            for (Actor actor : Actor.values()) {
                cells.add(Arguments.of(row.method(), actor, row));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachCallerGetsExactlyWhatTheMatrixSays(String method, Actor actor, Row row) {
        Accounts fx = new Accounts();
        long aliceTx = fx.transactions.add(fx.alice(), LUNCH).id();
        Session alice = fx.alice();
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        long aliceLeg = fx.transfers.transfer(alice, TO_SAVINGS).out().id();
        long aliceImport = fx.imports.importOwnCsv(alice, new java.io.StringReader("date,type,category,amount\n2024-03-02,expense,Dining,6\n"),
                new ImportService.Options(false, false), n -> { }, null).importId();
        fx.schedules.add(alice, new NewSchedule("Plan", null, TxKind.EXPENSE, null, "12.50", false, "Dining", List.of(), "", "",
                List.of(), ScheduleSpecs.monthly(1, APRIL_1), io.finterm.domain.WeekendPolicy.KEEP, false));
        Ctx ctx = new Ctx(fx, aliceTx, aliceLeg, aliceImport);
        Session session = switch (actor) {
            case OWNER -> fx.alice();
            case OTHER_USER -> fx.bob();
            case ADMIN -> fx.admin();
            case ENDED -> {
                Session s = fx.alice();
                fx.accounts.logout(s);
                yield s;
            }
        };
        if (row.expected(actor) == Outcome.ALLOW) {
            assertDoesNotThrow(() -> row.call().accept(ctx, session));
        } else {
            List<Object> before = everything(fx);
            assertThrows(AccessDenied.class, () -> row.call().accept(ctx, session));
            assertEquals(before, everything(fx), "a refused call changed the store");
        }
    }

    /** Every row of every table. */
    private static List<Object> everything(Accounts fx) {
        List<Object> out = new ArrayList<>();
        fx.store.read(rd -> {
            for (var table : List.of(Schema.USERS, Schema.CATEGORIES, Schema.TRANSACTIONS, Schema.BUDGETS, Schema.RATES, Schema.RULES,
                    Schema.PROFILES, Schema.ACCOUNTS, Schema.SCHEDULES, Schema.OCCURRENCES, Schema.AUDIT)) {
                rd.forEach(table, out::add);
            }
            return null;
        });
        return out;
    }

    @Test
    void theMatrixKnowsEveryService() throws Exception {
        Path dir = Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(AccountService.class.getPackageName().replace('.', '/'));
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Service.class"))
                    .forEach(n -> found.add(n.substring(0, n.length() - ".class".length())));
        }
        assertEquals(found, new TreeSet<>(SERVICES.stream().map(Class::getSimpleName).toList()), "add new services to SERVICES");
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> missing = new TreeSet<>();
        // A row named by the method alone covers it only where no other service has a method of that name.
        java.util.Map<String, Long> owners = SERVICES.stream().flatMap(c -> Stream.of(c.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct())
                .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
        for (Class<?> service : SERVICES) {
            for (Method m : service.getDeclaredMethods()) {
                String plain = m.getName();
                String qualified = service.getSimpleName() + "." + plain;
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !BEFORE_LOGIN.contains(plain)
                        && ROWS.stream().noneMatch(r -> r.method().equals(qualified)
                                || (r.method().equals(plain) && owners.get(plain) == 1))) {
                    missing.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of(), missing, "add these methods to the authorization matrix");
    }
}
