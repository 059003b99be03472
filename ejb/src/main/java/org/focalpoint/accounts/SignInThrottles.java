package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;

import java.time.Instant;

/** The stored counts behind {@link SignInPolicy}, one {@link SignInThrottle} per key. */
@Stateless
public class SignInThrottles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Whether a password may be checked now for this key. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SignInPolicy.Verdict verdictFor(String key, Instant now) {
        return SignInPolicy.before(SignInThrottle.limitsFor(key), countOf(key), now);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SignInPolicy.Count countOf(String key) {
        return SignInPolicy.Count.of(em.find(SignInThrottle.class, key));
    }

    /**
     * Counts one failure, in a transaction of its own: a refused sign-in or password change rolls
     * back whatever else it did, but the failure must stay counted. The row is locked so that
     * parallel guesses are all counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInPolicy.AfterFailure recordFailure(String key, Instant now) {
        SignInPolicy.AfterFailure after = count(key, SignInThrottle.limitsFor(key), now);
        if (after.lockStarted()) {
            Long accountId = SignInThrottle.accountIdOf(key);
            audit.record(null, null, AuditAction.SIGN_IN_LOCKED,
                    accountId != null ? Account.class : SignInThrottle.class, accountId,
                    (accountId != null ? "Account" : "Remote address " + key.substring(SignInThrottle.ADDRESS.length()))
                            + " locked until " + after.lockedUntil() + " after " + after.failures()
                            + " failed sign-ins", null);
        }
        return after;
    }

    /** {@link #verdictFor(String, Instant)} for a key whose limits are settings rather than the sign-in's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SignInPolicy.Verdict verdictFor(String key, SignInPolicy.Limits limits, Instant now) {
        return SignInPolicy.before(limits, countOf(key), now);
    }

    /**
     * Counts one attempt under the given limits, in a transaction of its own and on the locked row,
     * like a failed sign-in: the caller's work may still roll back, the attempt stays counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInPolicy.AfterFailure count(String key, SignInPolicy.Limits limits, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key);
            em.persist(throttle);
        }
        SignInPolicy.AfterFailure after = SignInPolicy.afterFailure(limits, SignInPolicy.Count.of(throttle), now);
        if (after.failures() != throttle.getFailures() + 1) {
            throttle.restartCount();
        }
        throttle.recordFailure(now, after.lockedUntil());
        return after;
    }

    /**
     * Forgets the failures counted against an account: after a correct password, and after a
     * password reset (the person proved they own the mailbox, so the lock has done its job).
     */
    public void forgetFailuresOf(Account account) {
        SignInThrottle throttle = em.find(SignInThrottle.class, SignInThrottle.accountKey(account), LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.getFailures() > 0) {
            throttle.restartCount();
        }
    }
}
