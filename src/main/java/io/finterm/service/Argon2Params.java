package io.finterm.service;

import io.finterm.domain.ValidationException;

/** Argon2id cost parameters: memory in KiB, passes over it, and lanes. */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's minimum for Argon2id. */
    public static final Argon2Params OWASP = new Argon2Params(19456, 2, 1);

    public Argon2Params {
        if (parallelism < 1 || parallelism > 64) {
            throw new ValidationException("argon2.parallelism", "must be 1..64");
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > 4 * 1024 * 1024) {
            throw new ValidationException("argon2.memory.kib", "must be between 8 × parallelism and 4194304");
        }
        if (iterations < 1 || iterations > 100) {
            throw new ValidationException("argon2.iterations", "must be 1..100");
        }
    }

    /** Whether a hash made with these parameters is cheaper to attack than one made with {@code other}. */
    public boolean weakerThan(Argon2Params other) {
        return memoryKiB < other.memoryKiB || iterations < other.iterations || parallelism < other.parallelism;
    }
}
