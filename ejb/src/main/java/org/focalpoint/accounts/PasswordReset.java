package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.words.Words;

import java.util.Map;

/** A forgotten password is replaced through a link mailed to the account's address. */
@Stateless
public class PasswordReset {

    /** The one answer to every request, so the form cannot be used to probe addresses. */
    public static final String SENT_IF_EXISTS = "If an account exists for this address, we have sent a link.";

    private static final MailTemplate MAIL = new MailTemplate("password-reset");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountTokens tokens;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInThrottles throttles;

    @Inject
    private MailRequests mailRequests;

    /**
     * Mails a reset link if an account that is not deactivated has this address; otherwise does
     * nothing, visibly the same, and counted against the address and {@code clientAddress} either
     * way ({@link MailRequests}). Any earlier reset link stops working.
     */
    public void requestReset(String email, String clientAddress) {
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("accounts.invalid-email");
        }
        mailRequests.admit(email, clientAddress);
        em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(email))
                .getResultStream()
                .filter(a -> a.getState() != AccountState.DEACTIVATED)
                .findFirst()
                .ifPresent(this::sendLink);
    }

    /**
     * Sets the new password of the link's account and lifts a sign-in lock on it. A migrated
     * account no longer has to change its password at sign-in; an account still waiting for verification becomes active, since the
     * link proved the address just as the verification link would have.
     */
    public Account reset(String token, String password, String confirmation) {
        Account account = tokens.redeem(token, TokenPurpose.RESET_PASSWORD).getAccount();
        if (account.getState() == AccountState.DEACTIVATED) {
            throw new RuleViolation("accounts.account-deactivated");
        }
        PasswordPolicy.check(password, confirmation, account.getEmail());
        account.changePassword(PasswordHasher.hash(password.toCharArray()));
        // the lock message sends people here: a reset must let them sign in at once
        throttles.forgetFailuresOf(account);
        audit.record(account, null, AuditAction.PASSWORD_CHANGED, Account.class, account.getId(), "by reset link",
                null);
        if (account.getState() == AccountState.PENDING_VERIFICATION) {
            account.activate();
            audit.record(account, null, AuditAction.EMAIL_VERIFIED, Account.class, account.getId(),
                    account.getEmail() + ", by reset link", null);
        }
        return account;
    }

    private void sendLink(Account account) {
        String raw = tokens.issue(account, TokenPurpose.RESET_PASSWORD);
        audit.record(null, null, AuditAction.PASSWORD_RESET_REQUESTED, Account.class, account.getId(), null, null);
        mailer.send(MAIL.mail(Words.ENGLISH, account.getEmail(), Map.of("name", account.getFullName(),
                "link", links.page("password/reset.xhtml", "token", raw),
                "minutes", TokenPurpose.RESET_PASSWORD.lifetime().toMinutes())));
    }
}
