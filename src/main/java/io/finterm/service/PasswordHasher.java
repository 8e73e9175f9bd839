package io.finterm.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing with Bouncy Castle: a 16-byte random salt, a 32-byte hash, stored as
 * a PHC string, compared in constant time. Password bytes are wiped as soon as they are hashed.
 *
 * <p>Each hash takes its configured memory (19 MiB by default), so at most {@code maxConcurrent}
 * run at once and the rest wait their turn: a flood of logins cannot exhaust the heap, and on two
 * cores more than two at once only adds latency.
 */
public final class PasswordHasher {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** The default bound on hashes running at once. */
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    private final Argon2Params params;
    private final SecureRandom random;
    private final Semaphore running;

    public PasswordHasher(Argon2Params params, SecureRandom random) {
        this(params, random, DEFAULT_MAX_CONCURRENT);
    }

    public PasswordHasher(Argon2Params params, SecureRandom random, int maxConcurrent) {
        this(params, random, new Semaphore(maxConcurrent, true));
    }

    PasswordHasher(Argon2Params params, SecureRandom random, Semaphore running) {
        this.params = params;
        this.random = random;
        this.running = running;
    }

    public Argon2Params params() {
        return params;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PhcString(params, salt, bounded(password, salt, params, HASH_BYTES)).format();
    }

    /** Whether {@code password} matches {@code stored}; a malformed stored hash matches nothing. */
    public boolean verify(char[] password, String stored) {
        PhcString phc;
        try {
            phc = PhcString.parse(stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = bounded(password, phc.salt(), phc.params(), phc.hash().length);
        return org.bouncycastle.util.Arrays.constantTimeAreEqual(actual, phc.hash());
    }

    /** Whether {@code stored} was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String stored) {
        try {
            return PhcString.parse(stored).params().weakerThan(params);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private byte[] bounded(char[] password, byte[] salt, Argon2Params p, int length) {
        running.acquireUninterruptibly();
        try {
            return derive(password, salt, p, length);
        } finally {
            running.release();
        }
    }

    static byte[] derive(char[] password, byte[] salt, Argon2Params p, int length) {
        byte[] secret = utf8(password);
        try {
            return argon2id(secret, salt, null, null, p, length);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Argon2id (version 0x13) with optional secret and associated data, as in RFC 9106. */
    static byte[] argon2id(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Argon2Params p, int length) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism());
        if (secret != null) {
            b.withSecret(secret);
        }
        if (associatedData != null) {
            b.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(b.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    /** UTF-8 bytes of {@code chars} without ever making a String; the caller wipes them. */
    static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return out;
    }
}
