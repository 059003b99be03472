package org.focalpoint.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.consent.ConsentService;

/** Decides, at every page a signed-in person opens, whether something must be done first. */
@Stateless
public class AccountGateKeeper {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConsentService consent;

    public FirstStop firstStop(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null) {
            return FirstStop.SIGN_IN_AGAIN;
        }
        return FirstStop.decide(account.isActive(), account.isMustChangePassword(),
                () -> !consent.pendingFor(account).isEmpty());
    }
}
