package org.focalpoint.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;

import java.util.function.Supplier;

/**
 * The one check that work is for active secretariat staff, whatever a page sends; the services that
 * hold staff-only work inject it.
 */
@ApplicationScoped
public class SecretariatStaff {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("organizations.only-staff");

    @PersistenceContext
    private EntityManager em;

    /** The actor as stored now (a role or state changed since sign-in counts), refused unless active staff. */
    public Account require(Account actor) {
        return require(actor, ONLY_STAFF);
    }

    /** The same check for other staff-only work, refused with what {@code refusal} makes. */
    public Account require(Account actor, Supplier<RuleViolation> refusal) {
        Account current = actor == null || actor.getId() == null ? null : em.find(Account.class, actor.getId());
        if (current == null || !current.isActive() || !current.isStaff()) {
            throw refusal.get();
        }
        return current;
    }
}
