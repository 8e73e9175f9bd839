package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    static final Argon2Params CHEAP = new Argon2Params(64, 1, 1);

    /** RFC 9106, section 5.3: Argon2id with secret and associated data. */
    @Test
    void argon2idMatchesTheRfc9106TestVector() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] ad = filled(12, 0x04);
        byte[] tag = PasswordHasher.argon2id(password, salt, secret, ad, new Argon2Params(32, 3, 4), 32);
        assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", HexFormat.of().formatHex(tag));
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        PasswordHasher hasher = new PasswordHasher(CHEAP, new SecureRandom());
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct horsf".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse".toCharArray(), "$argon2id$garbage"));
        assertNotEquals(stored, hasher.hash("correct horse".toCharArray()), "every hash has its own salt");
    }

    @Test
    void theStoredFormIsAPhcStringThatRoundTrips() {
        String stored = new PasswordHasher(Argon2Params.OWASP, new SecureRandom()).hash("some long password".toCharArray());
        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        PhcString parsed = PhcString.parse(stored);
        assertEquals(Argon2Params.OWASP, parsed.params());
        assertEquals(16, parsed.salt().length);
        assertEquals(32, parsed.hash().length);
        assertEquals(stored, parsed.format());
        PhcString back = PhcString.parse(parsed.format());
        assertArrayEquals(parsed.hash(), back.hash());
        assertThrows(IllegalArgumentException.class, () -> PhcString.parse("$argon2i$v=19$m=1,t=1,p=1$AA$AA"));
        assertThrows(IllegalArgumentException.class, () -> PhcString.parse("$argon2id$v=16$m=64,t=1,p=1$AAAA$AAAA"));
    }

    @Test
    void hashesWithWeakerParametersAskToBeRehashed() {
        String weak = new PasswordHasher(CHEAP, new SecureRandom()).hash("a long password".toCharArray());
        PasswordHasher strong = new PasswordHasher(new Argon2Params(128, 2, 1), new SecureRandom());
        assertTrue(strong.needsRehash(weak));
        assertFalse(strong.needsRehash(strong.hash("a long password".toCharArray())));
        assertFalse(new PasswordHasher(CHEAP, new SecureRandom()).needsRehash(strong.hash("x".toCharArray())));
        assertTrue(strong.verify("a long password".toCharArray(), weak), "old hashes still verify");
    }

    @Test
    void nonAsciiPasswordsHashAsUtf8() {
        PasswordHasher hasher = new PasswordHasher(CHEAP, new SecureRandom());
        String stored = hasher.hash("pässwörd-€-密码".toCharArray());
        assertTrue(hasher.verify("pässwörd-€-密码".toCharArray(), stored));
        assertFalse(hasher.verify("passwort-€-密码".toCharArray(), stored));
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowed() throws Exception {
        CountingSemaphore permits = new CountingSemaphore(2);
        PasswordHasher hasher = new PasswordHasher(new Argon2Params(2048, 1, 1), new SecureRandom(), permits);
        String stored = hasher.hash("a long password".toCharArray());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(pool.submit(() -> hasher.verify("a long password".toCharArray(), stored)));
        }
        for (var r : results) {
            assertTrue(r.get());
        }
        pool.shutdown();
        assertTrue(permits.most.get() <= 2, permits.most.get() + " hashes ran at once");
    }

    /** Remembers how many permits were held at once. */
    static final class CountingSemaphore extends java.util.concurrent.Semaphore {
        final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();

        CountingSemaphore(int permits) {
            super(permits, true);
        }

        @Override
        public void acquireUninterruptibly() {
            super.acquireUninterruptibly();
            most.accumulateAndGet(held.incrementAndGet(), Math::max);
        }

        @Override
        public void release() {
            held.decrementAndGet();
            super.release();
        }
    }
}
