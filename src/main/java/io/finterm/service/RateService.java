package io.finterm.service;

import io.finterm.domain.ExchangeRate;
import io.finterm.rates.EcbFeed;
import io.finterm.rates.EcbFiles;
import io.finterm.rates.PublishedRate;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The ECB reference rates in the store: fetched, imported from a file, listed. Rates are public
 * data, the same for everyone, so these need no session. A download or file is parsed whole before
 * anything is written, and then stored in one transaction: a bad or partial file changes nothing,
 * and storing the same rates again changes nothing either.
 */
public final class RateService {
    /** The 90-day file covers a gap only this long; older rates need {@code --full}. */
    static final int HISTORY_DAYS = 90;

    /** What an update or import did. */
    public record Stored(String source, int received, int added, int changed, LocalDate newest) {
    }

    private final Store store;
    private final EcbFeed feed;
    private final Clock clock;

    public RateService(Store store, EcbFeed feed, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Fetches the daily file; when the stored rates stop short of the day before it (a weekday is
     * missing between them), or there are none yet, the last 90 days; with {@code full}, everything.
     */
    public Stored updateRates(boolean full) {
        if (full) {
            return store(feed.url(EcbFeed.File.FULL), feed.fetch(EcbFeed.File.FULL));
        }
        Optional<LocalDate> newest = newestRate();
        if (newest.isEmpty() || newest.get().isBefore(LocalDate.now(clock).minusDays(HISTORY_DAYS))) {
            return store(feed.url(EcbFeed.File.LAST_90_DAYS), feed.fetch(EcbFeed.File.LAST_90_DAYS));
        }
        List<PublishedRate> daily = feed.fetch(EcbFeed.File.DAILY);
        LocalDate published = daily.stream().map(PublishedRate::date).max(Comparator.naturalOrder()).orElse(newest.get());
        if (!missesAWeekday(newest.get(), published)) {
            return store(feed.url(EcbFeed.File.DAILY), daily);
        }
        List<PublishedRate> both = new ArrayList<>(feed.fetch(EcbFeed.File.LAST_90_DAYS));
        both.addAll(daily);
        return store(feed.url(EcbFeed.File.LAST_90_DAYS), both);
    }

    /**
     * Whether a front end that fetches rates by itself should do so now: at most once a day (it last
     * tried on {@code lastTried}, {@code null} if never), and only while the newest stored rate is
     * older than yesterday. The ECB publishes each weekday afternoon, so yesterday's rates are as new
     * as a fetch in the morning would find, and a failed fetch (no network) is not retried all day.
     */
    public boolean refreshDue(LocalDate lastTried) {
        LocalDate today = LocalDate.now(clock);
        return !today.equals(lastTried) && newestRate().map(d -> d.isBefore(today.minusDays(1))).orElse(true);
    }

    /** Whether a weekday lies strictly between two publication days: the ECB publishes on weekdays only. */
    static boolean missesAWeekday(LocalDate stored, LocalDate published) {
        for (LocalDate d = stored.plusDays(1); d.isBefore(published); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                return true;
            }
        }
        return false;
    }

    /** Loads an ECB XML, CSV or zip file downloaded elsewhere. */
    public Stored importRates(Path file) {
        return store(file.toString(), EcbFiles.read(file));
    }

    /** Stored rates, by date then currency, optionally of one currency and between two dates (inclusive). */
    public List<ExchangeRate> listRates(Currency currency, LocalDate from, LocalDate to) {
        long start = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long end = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return store.read(rd -> {
            List<ExchangeRate> out = new ArrayList<>();
            for (ExchangeRate r : rd.scan(Schema.RATES_BY_DATE, KeyRange.all(), Paging.all()).rows()) {
                long day = r.date().toEpochDay();
                if (day >= start && day <= end && (currency == null || r.currency().equals(currency))) {
                    out.add(r);
                }
            }
            return out;
        });
    }

    /** The date of the newest stored rate, if any. */
    public Optional<LocalDate> newestRate() {
        return store.read(rd -> rd.scan(Schema.RATES_BY_DATE, KeyRange.all(), Paging.first(1).reversed()).rows().stream()
                .map(ExchangeRate::date).findFirst());
    }

    private Stored store(String source, List<PublishedRate> rates) {
        int[] counts = {0, 0};
        store.write(tx -> {
            for (PublishedRate r : rates) {
                var existing = tx.findUnique(Schema.RATES_BY_DATE, r.date().toEpochDay(), r.currency().getCurrencyCode());
                if (existing.isEmpty()) {
                    tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), r.date(), r.currency(), r.perEuro()));
                    counts[0]++;
                } else if (existing.get().perEuro().compareTo(r.perEuro()) != 0) {
                    tx.update(Schema.RATES, new ExchangeRate(existing.get().id(), r.date(), r.currency(), r.perEuro()));
                    counts[1]++;
                }
            }
            return null;
        });
        LocalDate newest = rates.stream().map(PublishedRate::date).max(Comparator.naturalOrder()).orElse(null);
        return new Stored(source, rates.size(), counts[0], counts[1], newest);
    }
}
