package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;

/** A signed-in person sets their own password. */
@Stateless
public class Passwords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInThrottles throttles;

    /**
     * The first password of an account moved from the old platform. Only such an account may set
     * a password without giving the current one.
     */
    public void setNewPassword(Account self, String password, String confirmation) {
        Account account = currentCopyOf(self);
        if (!account.isMustChangePassword()) {
            throw new RuleViolation("accounts.password-already-set");
        }
        replace(account, password, confirmation, "New password chosen after the move from the old platform");
    }

    /** A new password, given the current one, as on the profile page. */
    public void changePassword(Account self, String current, String password, String confirmation) {
        Account account = currentCopyOf(self);
        String key = SignInThrottle.accountKey(account);
        Instant now = clock.instant();
        // a guess at the current password is a guess at the sign-in password: same counts, same limits
        if (!throttles.verdictFor(key, now).allowed()) {
            throw new RuleViolation("accounts.too-many-wrong-passwords");
        }
        if (current == null || current.isEmpty() || !PasswordHasher.matches(current.toCharArray(), account.getPasswordHash())) {
            throttles.recordFailure(key, clock.instant());
            throw new RuleViolation("accounts.current-password-wrong");
        }
        replace(account, password, confirmation, "Password changed on the profile page");
    }

    private void replace(Account account, String password, String confirmation, String detail) {
        PasswordPolicy.check(password, confirmation, account.getEmail());
        char[] chars = password.toCharArray();
        if (PasswordHasher.matches(chars, account.getPasswordHash())) {
            throw new RuleViolation("accounts.same-password");
        }
        account.changePassword(PasswordHasher.hash(chars));
        audit.record(account, null, AuditAction.PASSWORD_CHANGED, Account.class, account.getId(), detail, null);
    }

    private Account currentCopyOf(Account self) {
        Account account = em.find(Account.class, self.getId());
        if (account == null || !account.isActive()) {
            throw new RuleViolation("security.sign-in-again");
        }
        return account;
    }
}
