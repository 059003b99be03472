package org.focalpoint.organizations;

import jakarta.persistence.EntityManager;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;

/** Managing and overseeing organizations is for active secretariat staff only, whatever a page sends. */
public final class SecretariatStaff {

    static final String ONLY_STAFF = "Only secretariat staff can manage organizations.";

    private SecretariatStaff() {
    }

    /** The actor as stored now (a role or state changed since sign-in counts), refused unless active staff. */
    static Account require(EntityManager em, Account actor) {
        return require(em, actor, ONLY_STAFF);
    }

    /** The same check for another feature's staff work, refused with that feature's {@code refusal}. */
    public static Account require(EntityManager em, Account actor, String refusal) {
        Account current = actor == null || actor.getId() == null ? null : em.find(Account.class, actor.getId());
        if (current == null || !current.isActive() || !current.isStaff()) {
            throw new RuleViolation(refusal);
        }
        return current;
    }
}
