package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;

/** Opening the link mailed at sign-up proves the address, and the account becomes active. */
@Stateless
public class EmailVerification {

    @Inject
    private AccountTokens tokens;

    @Inject
    private AuditLog audit;

    /**
     * Activates the account of the link. An expired, used or forged link is refused with a
     * message from {@link AccountTokens}, and nothing changes.
     */
    public Account verify(String token) {
        Account account = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL).getAccount();
        if (account.getState() == AccountState.DEACTIVATED) {
            // a link from before the deactivation must not bring the account back
            throw new RuleViolation("accounts.account-deactivated");
        }
        if (account.getState() == AccountState.PENDING_VERIFICATION) {
            account.activate();
            audit.record(account, null, AuditAction.EMAIL_VERIFIED, Account.class, account.getId(), account.getEmail(),
                    null);
        }
        return account;
    }
}
