package io.finterm.app;

import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.Services;
import io.finterm.service.UndoService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/** Reads the services' settings from the configuration, naming the key of any bad value. */
final class Settings {
    private Settings() {
    }

    static Services.Settings from(Config config) {
        return new Services.Settings(argon2(config), config.integer("argon2.max.concurrent", 1, 256),
                accounts(config), config.string("import.date.format"), config.integer("analysis.outliers.min.sample", 3, 100_000),
                config.string("rates.url"), holidays(config), Duration.ofDays(config.integer("audit.keep.days", 1, 36_500)),
                undoRetention(config));
    }

    /** {@code undo.keep.steps} and {@code undo.keep.days}: the newest steps each person keeps, or the days, whichever keeps more. */
    static UndoService.Retention undoRetention(Config config) {
        return new UndoService.Retention(config.integer("undo.keep.steps", 1, 1_000_000), config.integer("undo.keep.days", 0, 36_500));
    }

    /** {@code schedule.holidays}: ISO dates separated by commas, or blank for none. */
    static Set<LocalDate> holidays(Config config) {
        Set<LocalDate> days = new TreeSet<>();
        for (String part : config.string("schedule.holidays").split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                throw new ConfigException("schedule.holidays: '" + Text.clean(part.strip()) + "' is not a date such as 2026-12-25");
            }
        }
        return days;
    }

    static Argon2Params argon2(Config config) {
        try {
            return new Argon2Params(config.integer("argon2.memory.kib", 8, 4_194_304),
                    config.integer("argon2.iterations", 1, 100), config.integer("argon2.parallelism", 1, 64));
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    static AccountSettings accounts(Config config) {
        return new AccountSettings(config.integer("lockout.failures", 1, 1000),
                Duration.ofMinutes(config.integer("lockout.minutes", 1, 10_080)),
                Duration.ofMinutes(config.integer("session.idle.minutes", 1, 1440)),
                config.baseCurrency(), Duration.ofMillis(config.integer("login.failure.beat.ms", 0, 10_000)));
    }
}
