package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.SignInPolicy;
import org.focalpoint.accounts.SignInThrottle;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.persistence.InstantAsUtcTimestamp;
import org.focalpoint.security.CurrentAccount;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Test-only: puts accounts straight into the database (sign-up is another feature's page) and
 * moves recorded sign-in failures back in time, which is how a test lets the clock run on.
 */
@Stateless
public class TestAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConsentService consent;

    @Inject
    private CurrentAccount currentAccount;

    @Resource
    private SessionContext session;

    /**
     * An account in the given state. Active accounts have accepted every current consent
     * document, so that whatever else the test run published does not stand in the way.
     */
    public Account create(String email, String password, AccountState state, boolean staff, boolean mustChangePassword) {
        Account account = new Account(email, TestData.passwordHash(password), "Test", "Person",
                Instant.now());
        if (state == AccountState.ACTIVE) {
            account.activate();
        } else if (state == AccountState.DEACTIVATED) {
            account.activate();
            account.deactivate(Instant.now());
        }
        if (staff) {
            account.makeStaff();
        }
        if (mustChangePassword) {
            account.requirePasswordChange();
        }
        em.persist(account);
        em.flush();
        if (account.isActive()) {
            consent.accept(account, consent.pendingFor(account).stream().map(ConsentDocument::getId)
                    .collect(Collectors.toSet()));
        }
        return account;
    }

    public Account find(Long id) {
        return em.find(Account.class, id);
    }

    public SignInThrottle throttle(String key) {
        return em.find(SignInThrottle.class, key);
    }

    /** A key that has already failed {@code failures} times, the last one long enough ago to try again. */
    public void seedFailures(String key, int failures) {
        em.createNativeQuery("insert into sign_in_throttle (throttle_key, version, failures, last_failure_at) "
                        + "values (?, 1, ?, ?)")
                .setParameter(1, key)
                .setParameter(2, failures)
                .setParameter(3, new InstantAsUtcTimestamp().convertToDatabaseColumn(Instant.now().minus(SignInPolicy.LONGEST_DELAY)))
                .executeUpdate();
    }

    /** How many audit entries record a sign-in lock whose detail mentions {@code text}. */
    public long signInLocksMentioning(String text) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :action and e.detail like :text", Long.class)
                .setParameter("action", AuditAction.SIGN_IN_LOCKED.name())
                .setParameter("text", "%" + text + "%")
                .getSingleResult();
    }

    /** Who an EJB believes is calling: the container's caller principal, and the account CurrentAccount finds. */
    public String whoAmI() {
        return session.getCallerPrincipal().getName() + " " + currentAccount.get().getId();
    }
}
