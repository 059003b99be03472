package org.focalpoint.accounts;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.SignInResult.Outcome;
import org.focalpoint.security.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an e-mail address and password, counting failures per account and per remote address.
 * The answer never tells an unknown address from a wrong password, in words or in time.
 */
@Stateless
public class SignIn {

    static final String WRONG_CREDENTIALS = "The e-mail address or password is not correct.";
    static final String ACCOUNT_LOCKED = "This account is locked for " + SignInPolicy.LOCK.toMinutes()
            + " minutes after too many failed sign-ins. You can reset your password meanwhile.";
    static final String ADDRESS_LOCKED = "Signing in from your network is locked for " + SignInPolicy.LOCK.toMinutes()
            + " minutes after too many failed sign-ins. You can reset your password meanwhile.";
    static final String NOT_VERIFIED = "Please verify your e-mail address first: we sent you a link.";
    static final String DEACTIVATED = "This account has been deactivated. "
            + "Please contact the ITU secretariat if you need to use it again.";
    private static final int LONGEST_EMAIL = 254;
    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SignInThrottles throttles;

    /**
     * One attempt. Runs outside a transaction: the password check is slow on purpose and holds
     * no database connection meanwhile; the counts are written in transactions of their own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult attempt(String email, char[] password, String remoteAddress) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return SignInResult.refused(Outcome.WRONG_CREDENTIALS, "Please enter your e-mail address and password.");
        }
        Instant now = clock.instant();
        String addressKey = SignInThrottle.addressKey(remoteAddress);
        Account account = find(email);
        String accountKey = account == null ? null : SignInThrottle.accountKey(account);

        SignInResult refusal = refusal(throttles.verdictFor(addressKey, now), ADDRESS_LOCKED);
        if (refusal == null && accountKey != null) {
            refusal = refusal(throttles.verdictFor(accountKey, now), ACCOUNT_LOCKED);
        }
        if (refusal != null) {
            return refusal;
        }

        if (account == null) {
            PasswordHasher.burnEquivalentTime(password);
            return failed(null, addressKey);
        }
        if (!PasswordHasher.matches(password, account.getPasswordHash())) {
            return failed(accountKey, addressKey);
        }
        throttles.forgetFailuresOf(account);
        return switch (account.getState()) {
            case PENDING_VERIFICATION -> SignInResult.refused(Outcome.NOT_VERIFIED, NOT_VERIFIED);
            case DEACTIVATED -> SignInResult.refused(Outcome.DEACTIVATED, DEACTIVATED);
            case ACTIVE -> SignInResult.signedIn(account.getId(), groupsOf(account));
        };
    }

    private Account find(String email) {
        String key = Account.emailKey(email);
        if (key.length() > LONGEST_EMAIL) {
            return null;
        }
        List<Account> found = em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", key)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static SignInResult refusal(SignInPolicy.Verdict verdict, String lockedMessage) {
        return switch (verdict.kind()) {
            case ALLOWED -> null;
            case LOCKED -> SignInResult.refused(Outcome.LOCKED, lockedMessage);
            case SLOWED -> SignInResult.refused(Outcome.SLOWED, "Too many failed sign-ins. Please wait "
                    + seconds(verdict.retryAfter()) + " and try again.");
        };
    }

    /** Counted from when the check ended, not from when it began: the wait is the person's, not the hash's. */
    private SignInResult failed(String accountKey, String addressKey) {
        Instant now = clock.instant();
        boolean accountLocked = accountKey != null && record(accountKey, now).lockStarted();
        boolean addressLocked = record(addressKey, now).lockStarted();
        if (accountLocked) {
            return SignInResult.refused(Outcome.LOCKED, ACCOUNT_LOCKED);
        }
        if (addressLocked) {
            return SignInResult.refused(Outcome.LOCKED, ADDRESS_LOCKED);
        }
        return SignInResult.refused(Outcome.WRONG_CREDENTIALS, WRONG_CREDENTIALS);
    }

    /** The first failure of a key inserts its row; when two do so at once, one insert loses and is retried. */
    private SignInPolicy.AfterFailure record(String key, Instant now) {
        try {
            return throttles.recordFailure(key, now);
        } catch (EJBException concurrentFirstFailure) {
            LOG.log(Level.FINE, "Counting a failed sign-in again for " + key, concurrentFirstFailure);
            return throttles.recordFailure(key, now);
        }
    }

    private static Set<String> groupsOf(Account account) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        if (account.isStaff()) {
            groups.add(Roles.STAFF);
        }
        return groups;
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s == 1 ? "1 second" : s + " seconds";
    }
}
