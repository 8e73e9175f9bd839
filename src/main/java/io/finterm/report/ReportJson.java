package io.finterm.report;

import com.google.gson.stream.JsonWriter;
import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.Forecast;
import io.finterm.analysis.ForecastMonth;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.NetWorth;
import io.finterm.analysis.NetWorthPoint;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.domain.Money;
import io.finterm.domain.Rounding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The analysis reports as JSON for scripts: amounts as exact decimal strings, statistics as numbers
 * (or {@code null} where a figure does not exist), and the period and currency at the top.
 */
public final class ReportJson {
    private ReportJson() {
    }

    private interface Body {
        void write(JsonWriter w) throws IOException;
    }

    private static String object(Body body) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject();
            body.write(w);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * {@code {"currency":…,"from":…,"to":…,"rows":[…],"total":…}}; a row names its month, category,
     * account, payee or tag only when grouped by them. By tag, {@code "note"} says, when it happened, that a
     * transaction with several tags counted under each, so that the rows add up to more than the total.
     */
    public static String totals(Totals totals, Totals.By by) {
        return object(w -> {
            w.name("currency").value(totals.currency().getCurrencyCode());
            w.name("from").value(totals.from() == null ? null : totals.from().toString());
            w.name("to").value(totals.to() == null ? null : totals.to().toString());
            w.name("rows").beginArray();
            for (Totals.Row r : totals.rows()) {
                w.beginObject();
                if (by.months()) {
                    w.name("month").value(r.month().toString());
                }
                if (by.categories()) {
                    w.name("category").value(r.category());
                }
                if (by.accounts()) {
                    w.name("account").value(r.account());
                }
                if (by.payees()) {
                    w.name("payee").value(r.payee());
                }
                if (by.tags()) {
                    w.name("tag").value(r.tag());
                }
                w.name("type").value(r.type().label());
                w.name("count").value(r.count());
                w.name("total").value(r.total().toDecimalString());
                w.endObject();
            }
            w.endArray();
            w.name("total").value(totals.total().toDecimalString());
            if (!totals.note().isEmpty()) {
                w.name("note").value(totals.note());
            }
        });
    }

    /** {@code {"currency":"EUR","rows":[{"month":"2026-10","net_worth":"1234.50"}]}}, one row per month, exact signed decimals. */
    public static String netWorth(NetWorth netWorth) {
        return object(w -> {
            w.name("currency").value(netWorth.currency().getCurrencyCode());
            w.name("rows").beginArray();
            for (NetWorthPoint p : netWorth.rows()) {
                w.beginObject();
                w.name("month").value(p.month().toString());
                w.name("net_worth").value(p.netWorth().toDecimalString());
                w.endObject();
            }
            w.endArray();
        });
    }

    /**
     * {@code {"currency":"EUR","accounts":[{"name":"Checking","currency":"EUR","rows":[{"date":"2026-12-01","balance":"…"}],
     * "lowest":{"date":…,"balance":…},"warning":…}],"netWorth":{"rows":[…],"lowest":{…}}}}: rows one per
     * day, or by month one per month at its last projected day; each account's amounts in its own currency (its
     * {@code "currency"}), the net worth's in the top-level {@code currency}; {@code "warning"} and {@code "netWorth"}
     * are null when there is none.
     */
    public static String forecast(Forecast f, boolean byDay) {
        return object(w -> {
            w.name("currency").value(f.base().getCurrencyCode());
            w.name("accounts").beginArray();
            for (AccountForecast a : f.accounts()) {
                w.beginObject();
                w.name("name").value(a.name());
                // the top-level currency is the base (the net worth's): a dollar account's amounts need their own label
                w.name("currency").value(a.currency().getCurrencyCode());
                forecastLine(w, a, byDay);
                w.name("warning").value(a.warning());
                w.endObject();
            }
            w.endArray();
            w.name("netWorth");
            if (f.netWorth() == null) {
                w.nullValue();
            } else {
                w.beginObject();
                forecastLine(w, f.netWorth(), byDay);
                w.endObject();
            }
        });
    }

    private static void forecastLine(JsonWriter w, AccountForecast a, boolean byDay) throws IOException {
        w.name("rows").beginArray();
        List<BalancePoint> points = byDay ? a.days() : a.months().stream().map(ForecastMonth::end).toList();
        for (BalancePoint p : points) {
            point(w, p);
        }
        w.endArray();
        point(w.name("lowest"), a.lowest());
    }

    private static void point(JsonWriter w, BalancePoint p) throws IOException {
        w.beginObject();
        w.name("date").value(p.date().toString());
        w.name("balance").value(p.balance().toDecimalString());
        w.endObject();
    }

    public static String categories(CategoryStats stats) {
        return object(w -> {
            period(w, stats.period(), stats.total());
            w.name("type").value(stats.kind().label());
            w.name("rows").beginArray();
            for (CategoryStats.Row r : stats.rows()) {
                w.beginObject();
                w.name("category").value(r.category());
                w.name("count").value(r.count());
                w.name("total").value(r.total().toDecimalString());
                Currency currency = r.total().currency();
                amount(w.name("mean"), r.mean(), currency);
                amount(w.name("median"), r.median(), currency);
                amount(w.name("stdDev"), r.stdDev(), currency);
                amount(w.name("perMonth"), r.perMonth(), currency);
                number(w.name("share"), r.share());
                w.endObject();
            }
            w.endArray();
            w.name("total").value(stats.total().toDecimalString());
        });
    }

    public static String trend(Trend trend) {
        return object(w -> {
            period(w, trend.period(), trend.expenses().values().isEmpty() ? null : trend.expenses().values().get(0));
            w.name("granularity").value(trend.granularity().name().toLowerCase(Locale.ROOT));
            w.name("buckets").beginArray();
            for (Trend.Bucket b : trend.buckets()) {
                w.beginObject().name("label").value(b.label()).name("from").value(b.from().toString())
                        .name("to").value(b.to().toString()).name("complete").value(b.complete()).endObject();
            }
            w.endArray();
            w.name("series").beginArray();
            line(w, trend.income());
            line(w, trend.expenses());
            line(w, trend.savings());
            for (Trend.Line l : trend.categories()) {
                line(w, l);
            }
            w.endArray();
        });
    }

    private static void line(JsonWriter w, Trend.Line line) throws IOException {
        w.beginObject();
        w.name("name").value(line.name());
        w.name("type").value(line.kind() == null ? null : line.kind().label());
        w.name("values").beginArray();
        for (Money m : line.values()) {
            w.value(m.toDecimalString());
        }
        w.endArray();
        w.name("slope").beginObject();
        number(w.name("perStep"), line.slope().perStep());
        number(w.name("percent"), line.slope().percent());
        number(w.name("rSquared"), line.slope().rSquared());
        w.name("text").value(line.slope().describe());
        w.endObject();
        Currency currency = line.values().isEmpty() ? null : line.values().get(0).currency();
        averages(w, "average3", line.average3(), currency);
        averages(w, "average6", line.average6(), currency);
        averages(w, "average12", line.average12(), currency);
        w.name("projected").value(line.projected() == null ? null : line.projected().toDecimalString());
        w.endObject();
    }

    private static void averages(JsonWriter w, String name, List<Double> values, Currency currency) throws IOException {
        w.name(name).beginArray();
        for (double v : values) {
            amount(w, v, currency);
        }
        w.endArray();
    }

    /** {@code {"rows":[{"id":…,"date":"…","category":"…","amount":"…","description":"…","score":…,"reason":"…"}],"months":[…]}} */
    public static String outliers(Outliers outliers) {
        return object(w -> {
            w.name("rows").beginArray();
            for (Outliers.Flagged f : outliers.transactions()) {
                w.beginObject();
                w.name("id").value(f.item().id());
                w.name("date").value(f.item().date().toString());
                w.name("category").value(f.item().category());
                w.name("amount").value(f.item().amount().toDecimalString());
                w.name("description").value(f.item().description());
                number(w.name("score"), f.score());
                w.name("reason").value(f.reason());
                w.endObject();
            }
            w.endArray();
            w.name("months").beginArray();
            for (Outliers.FlaggedMonth m : outliers.months()) {
                w.beginObject();
                w.name("month").value(m.month().toString());
                w.name("category").value(m.category());
                w.name("total").value(m.total().toDecimalString());
                number(w.name("score"), m.score());
                w.name("reason").value(m.reason());
                w.endObject();
            }
            w.endArray();
        });
    }

    public static String budget(BudgetVariance variance) {
        return object(w -> {
            w.name("from").value(variance.period().from().toString());
            w.name("to").value(variance.period().to().toString());
            budgetLines(w, "rows", variance.lines());
            budgetLines(w, "yearToDate", variance.yearToDate());
            w.name("mostOftenOver").beginArray();
            for (BudgetVariance.Overrun o : variance.mostOftenOver()) {
                w.beginObject().name("category").value(o.category()).name("monthsOver").value(o.monthsOver())
                        .name("monthsBudgeted").value(o.monthsBudgeted()).endObject();
            }
            w.endArray();
            w.name("unbudgeted").beginArray();
            for (BudgetVariance.Unbudgeted u : variance.unbudgeted()) {
                w.beginObject().name("category").value(u.category()).name("spent").value(u.spent().toDecimalString())
                        .name("months").value(u.months()).name("inMonths").beginArray();
                for (java.time.YearMonth m : u.inMonths()) {
                    w.value(m.toString());
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.name("notBegun").beginArray();
            for (java.time.YearMonth m : variance.notBegun()) {
                w.value(m.toString());
            }
            w.endArray();
        });
    }

    private static void budgetLines(JsonWriter w, String name, List<BudgetVariance.Line> lines) throws IOException {
        w.name(name).beginArray();
        for (BudgetVariance.Line l : lines) {
            w.beginObject();
            if (l.month() != null) {
                w.name("month").value(l.month().toString());
            }
            w.name("category").value(l.category());
            w.name("budget").value(l.budget().toDecimalString());
            w.name("carried").value(l.carried().toDecimalString());
            w.name("available").value(l.planned().toDecimalString());
            w.name("planned").value(l.planned().toDecimalString());
            w.name("actual").value(l.actual().toDecimalString());
            w.name("difference").value(l.difference().toDecimalString());
            number(w.name("percent"), l.percent());
            w.name("status").value(l.status().name().toLowerCase(Locale.ROOT));
            w.endObject();
        }
        w.endArray();
    }

    private static void period(JsonWriter w, Period period, Money sample) throws IOException {
        w.name("from").value(period.from().toString());
        w.name("to").value(period.to().toString());
        w.name("currency").value(sample == null ? null : sample.currency().getCurrencyCode());
    }

    /**
     * A finite number, or null: JSON has no NaN. Written from its shortest decimal form rounded to six
     * places, so that 53.15 is {@code 53.15} and not the binary noise {@code 53.150000000000006}.
     */
    private static void number(JsonWriter w, double v) throws IOException {
        if (Double.isFinite(v)) {
            w.jsonValue(new BigDecimal(Double.toString(v)).setScale(6, Rounding.MODE).stripTrailingZeros().toPlainString());
        } else {
            w.nullValue();
        }
    }

    /**
     * A statistic of money (a mean, a median, a moving average), in major units of {@code currency}, as
     * an exact decimal string with the currency's minor digits like every other amount; or null.
     */
    private static void amount(JsonWriter w, double major, Currency currency) throws IOException {
        if (Double.isFinite(major) && currency != null) {
            w.value(new BigDecimal(Double.toString(major)).setScale(Math.max(0, currency.getDefaultFractionDigits()), Rounding.MODE).toPlainString());
        } else {
            w.nullValue();
        }
    }
}
