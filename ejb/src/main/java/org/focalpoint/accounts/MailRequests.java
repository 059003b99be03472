package org.focalpoint.accounts;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.focalpoint.RuleViolation;
import org.focalpoint.Sha256;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails with a link that a person asks for without signing in (sign-up, a new verification link, a
 * password reset) are counted per address and per client address, in the store of the sign-in
 * counts and by the same policy, under the {@link MailRequestLimits}. Every request is counted,
 * whether or not an account has the address, so that a refusal tells nothing about accounts.
 */
@Stateless
public class MailRequests {

    private static final String TO_ADDRESS = "mail-to:";
    private static final String FROM_CLIENT = "mail-from:";
    private static final String TOO_MANY_TO_ADDRESS = "accounts.too-many-mails-to-address";
    private static final String TOO_MANY_FROM_CLIENT = "accounts.too-many-mails-from-network";
    private static final Logger LOG = Logger.getLogger(MailRequests.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private SignInThrottles throttles;

    @Inject
    private MailRequestLimits limits;

    /**
     * Counts one mail asked for to {@code email} from {@code clientAddress}, or refuses it, counting
     * nothing. The caller asks before it writes anything, so that a refused request leaves only the
     * counts behind. Two requests at the same moment may both pass the last free place: the
     * limits are about floods, not about one mail more.
     */
    public void admit(String email, String clientAddress) {
        Instant now = clock.instant();
        String to = TO_ADDRESS + digestOf(email);
        String from = FROM_CLIENT + clientAddress;
        SignInPolicy.Verdict toAddress = throttles.verdictFor(to, limits.toAddress(), now);
        if (!toAddress.allowed()) {
            throw new RuleViolation(TOO_MANY_TO_ADDRESS, minutes(toAddress.retryAfter()));
        }
        SignInPolicy.Verdict fromClient = throttles.verdictFor(from, limits.fromClient(), now);
        if (!fromClient.allowed()) {
            throw new RuleViolation(TOO_MANY_FROM_CLIENT, minutes(fromClient.retryAfter()));
        }
        count(to, limits.toAddress(), now);
        count(from, limits.fromClient(), now);
    }

    /** The first request of a key inserts its row; when two do so at once, one insert loses and is retried. */
    private void count(String key, SignInPolicy.Limits keyLimits, Instant now) {
        try {
            throttles.count(key, keyLimits, now);
        } catch (EJBException concurrentFirstRequest) {
            LOG.log(Level.FINE, "Counting a mail request again for " + key, concurrentFirstRequest);
            throttles.count(key, keyLimits, now);
        }
    }

    /** The address itself is not kept: a key may name an address no account has, a stranger's. */
    private static String digestOf(String email) {
        return Sha256.of(Account.emailKey(email));
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
