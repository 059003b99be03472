package org.focalpoint.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Attempts counted against one key: failed sign-ins of an account or from a remote address, and
 * the mails asked for to an address or from a client ({@link MailRequests}). The columns keep the
 * sign-in's words: a mail asked for counts as a "failure".
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";

    @Id
    @Column(name = "throttle_key", length = 300)
    private String key;

    @Version
    private long version;

    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String key) {
        this.key = key;
    }

    public static String accountKey(Account account) {
        return ACCOUNT + account.getId();
    }

    public static String addressKey(String remoteAddress) {
        return ADDRESS + remoteAddress;
    }

    static Long accountIdOf(String key) {
        return key.startsWith(ACCOUNT) ? Long.valueOf(key.substring(ACCOUNT.length())) : null;
    }

    static SignInPolicy.Limits limitsFor(String key) {
        return key.startsWith(ACCOUNT) ? SignInPolicy.ACCOUNT : SignInPolicy.ADDRESS;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    void recordFailure(Instant now, Instant lockedUntil) {
        this.failures++;
        this.lastFailureAt = now;
        this.lockedUntil = lockedUntil;
    }

    void restartCount() {
        this.failures = 0;
        this.lockedUntil = null;
    }
}
