package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;

import java.util.Optional;

/**
 * The one place that decides who may act for an organization's contacts and requests. Every
 * focal-point service asks here first, whatever the page sent.
 */
@Stateless
public class FocalPointAuthority {

    @PersistenceContext
    private EntityManager em;

    /** Refused unless {@code actor} may act for the organization; never trusts an id from a page. */
    public Acting actFor(Account actor, Long organizationId) {
        Organization organization = organizationId == null ? null : em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new RuleViolation("organizations.no-such-organization");
        }
        Account current = em.find(Account.class, actor.getId());
        if (!mayActFor(current, organization)) {
            throw new RuleViolation("tiesfocalpoint.not-focal-point", organization.getName());
        }
        return new Acting(current, organization, current.isStaff());
    }

    /**
     * The organization a TIES Focal Point's pages open on when the address names none: the first
     * they lead. Staff have none of their own; they choose one from the list of organizations.
     */
    public Optional<Long> ledBy(Account account) {
        return em.createNamedQuery("Organization.withTiesFocalPoint", Organization.class)
                .setParameter("account", em.find(Account.class, account.getId()))
                .getResultStream().map(Organization::getId).sorted().findFirst();
    }

    /** Active staff act for every organization; otherwise only its active TIES Focal Point does. */
    static boolean mayActFor(Account actor, Organization organization) {
        if (actor == null || !actor.isActive()) {
            return false;
        }
        if (actor.isStaff()) {
            return true;
        }
        Account focalPoint = organization.getTiesFocalPoint();
        return focalPoint != null && focalPoint.getId() != null && focalPoint.getId().equals(actor.getId());
    }
}
