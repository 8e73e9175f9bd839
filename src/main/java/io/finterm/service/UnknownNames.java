package io.finterm.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins under names that have no account, counted in memory exactly as a real account's
 * are, so that an unknown name is locked out after as many failures as a real one: the lockout
 * message does not tell an attacker which names exist. The most recent {@value #REMEMBERED} names
 * are kept.
 */
final class UnknownNames {
    private static final int REMEMBERED = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final int limit;
    private final Duration lockout;
    private final Map<String, Failures> names = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > REMEMBERED;
        }
    };

    UnknownNames(int limit, Duration lockout) {
        this.limit = limit;
        this.lockout = lockout;
    }

    /** When the lockout of {@code name} ends, or {@code null} if it is not locked; after the clock was set back, a whole lockout from now, as for an account. */
    synchronized Instant lockedUntil(String name, Instant now) {
        Failures f = names.get(name);
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return null;
        }
        Instant latest = now.plus(lockout);
        if (f.lockedUntil().isAfter(latest)) {
            names.put(name, new Failures(f.count(), latest));
            return latest;
        }
        return f.lockedUntil();
    }

    synchronized void fail(String name, Instant now) {
        Failures f = names.getOrDefault(name, new Failures(0, null));
        int count = f.count() + 1;
        names.put(name, count >= limit ? new Failures(0, now.plus(lockout)) : new Failures(count, f.lockedUntil()));
    }
}
