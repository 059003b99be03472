package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.Sha256;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Issues and redeems the single-use, expiring links sent by e-mail. */
@Stateless
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new link for the purpose; any earlier unused link of the same purpose stops working. */
    public String issue(Account account, TokenPurpose purpose) {
        return issue(account, purpose, null);
    }

    /** A link that confirms a change of e-mail address to {@code newEmail}. */
    public String issueForNewEmail(Account account, String newEmail) {
        return issue(account, TokenPurpose.CHANGE_EMAIL, newEmail);
    }

    private String issue(Account account, TokenPurpose purpose, String newEmail) {
        Instant now = clock.instant();
        List<AccountToken> earlier = em.createNamedQuery("AccountToken.unusedOf", AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultList();
        earlier.forEach(t -> t.use(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, digest(raw), now).forNewEmail(newEmail));
        return raw;
    }

    /**
     * Uses up the link. Refused, with a message that says what to do, when the link is unknown
     * (mistyped or forged), of another purpose, already used or expired.
     */
    public AccountToken redeem(String raw, TokenPurpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            throw new RuleViolation("accounts.link-not-valid");
        }
        List<AccountToken> found = em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", digest(raw))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || found.get(0).getPurpose() != purpose) {
            throw new RuleViolation("accounts.link-not-valid");
        }
        AccountToken token = found.get(0);
        Instant now = clock.instant();
        if (token.isUsed()) {
            throw new RuleViolation("accounts.link-used");
        }
        if (token.isExpiredAt(now)) {
            throw new RuleViolation("accounts.link-expired");
        }
        token.use(now);
        return token;
    }

    static String digest(String raw) {
        return Sha256.of(raw);
    }
}
