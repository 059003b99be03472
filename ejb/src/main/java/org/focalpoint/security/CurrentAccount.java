package org.focalpoint.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;

import java.security.Principal;

/**
 * The account of the person making the current request, as authenticated by the container.
 * Services take the actor from here, never from what a page sends.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    private Principal principal;

    @PersistenceContext
    private EntityManager em;

    /** The signed-in account, or a refusal when nobody (or a deactivated account) is signed in. */
    public Account get() {
        Long id = idOrNull();
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null || !account.isActive()) {
            throw new RuleViolation("security.sign-in-again");
        }
        return account;
    }

    /** Principals are named by account id, so they survive a change of e-mail address. */
    private Long idOrNull() {
        if (principal == null || principal.getName() == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException anonymous) {
            return null;
        }
    }
}
