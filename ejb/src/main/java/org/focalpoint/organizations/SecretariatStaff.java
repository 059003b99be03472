package org.focalpoint.organizations;

import jakarta.persistence.EntityManager;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;

import java.util.function.Supplier;

/** Managing and overseeing organizations is for active secretariat staff only, whatever a page sends. */
public final class SecretariatStaff {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("organizations.only-staff");

    private SecretariatStaff() {
    }

    /** The actor as stored now (a role or state changed since sign-in counts), refused unless active staff. */
    static Account require(EntityManager em, Account actor) {
        return require(em, actor, ONLY_STAFF);
    }

    /** The same check for other staff-only work, refused with what {@code refusal} makes. */
    public static Account require(EntityManager em, Account actor, Supplier<RuleViolation> refusal) {
        Account current = actor == null || actor.getId() == null ? null : em.find(Account.class, actor.getId());
        if (current == null || !current.isActive() || !current.isStaff()) {
            throw refusal.get();
        }
        return current;
    }
}
