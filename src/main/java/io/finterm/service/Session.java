package io.finterm.service;

import io.finterm.domain.Role;
import java.time.Instant;

/**
 * One login: who is acting, with which role, since when, and when they last did something. Every
 * service method takes it; the services end it on logout or after the idle timeout, and refuse it
 * from then on.
 */
public final class Session {
    /** Why a session ended. */
    public enum End { LOGOUT, IDLE, ACCOUNT_REMOVED }

    private final long userId;
    private final String username;
    private final Role role;
    private final Instant loginAt;
    private final String from;
    private volatile Instant lastActivity;
    private volatile End ended;

    Session(long userId, String username, Role role, Instant loginAt, String from) {
        this.userId = userId;
        this.username = username;
        this.role = role;
        this.loginAt = loginAt;
        this.from = from;
        this.lastActivity = loginAt;
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Instant loginAt() {
        return loginAt;
    }

    /** Where the login came from, as the audit log records it: {@code terminal}, {@code cli}, {@code ssh 192.0.2.7}. */
    public String from() {
        return from;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    /** How the session ended, or {@code null} while it is active. */
    public End ended() {
        return ended;
    }

    void touch(Instant now) {
        lastActivity = now;
    }

    void end(End why) {
        if (ended == null) {
            ended = why;
        }
    }

    @Override
    public String toString() {
        return "Session[" + username + ", " + role + (ended == null ? "" : ", ended by " + ended) + "]";
    }
}
