package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.util.Comparator;
import java.util.List;

/**
 * The one place that decides who decides an organization's registrations to the events of one
 * sector: its Designated Focal Point for that sector, or active staff acting on its behalf. A DFP
 * for ITU-T decides nothing for ITU-R, nor for another organization, whatever the page sent.
 */
@Stateless
public class DelegationAuthority {

    @PersistenceContext
    private EntityManager em;

    /** Refused unless {@code actor} decides the registrations of that organization and sector. */
    public DecidingFor decideFor(Account actor, Long organizationId, Sector sector) {
        Organization organization = organizationId == null ? null : em.find(Organization.class, organizationId);
        if (organization == null || sector == null) {
            throw new RuleViolation("This organization or sector does not exist.");
        }
        Account current = em.find(Account.class, actor.getId());
        if (!mayDecide(current, designated(organization, sector))) {
            throw new RuleViolation("Only the Designated Focal Point of " + organization.getName() + " for "
                    + sector.label() + " or the ITU secretariat can do this.");
        }
        return new DecidingFor(current, organization, sector, current.isStaff());
    }

    /** The organizations and sectors a person is the active Designated Focal Point of, by name then sector. */
    public List<DecidingFor> seatsOf(Account account) {
        Account current = em.find(Account.class, account.getId());
        if (current == null || !current.isActive()) {
            return List.of();
        }
        return em.createNamedQuery("DesignatedFocalPoint.ofAccount", DesignatedFocalPoint.class)
                .setParameter("account", current).getResultStream()
                .filter(d -> d.getOrganization().isActive())
                .map(d -> new DecidingFor(current, d.getOrganization(), d.getSector(), false))
                .sorted(Comparator.comparing((DecidingFor d) -> d.organization().getName()).thenComparing(DecidingFor::sector))
                .toList();
    }

    private Account designated(Organization organization, Sector sector) {
        return em.createNamedQuery("DesignatedFocalPoint.ofOrganization", DesignatedFocalPoint.class)
                .setParameter("organization", organization).getResultStream()
                .filter(d -> d.getSector() == sector).map(DesignatedFocalPoint::getAccount)
                .findFirst().orElse(null);
    }

    /** Active staff decide for every organization; otherwise only the active DFP of that organization and sector. */
    static boolean mayDecide(Account actor, Account designatedFocalPoint) {
        if (actor == null || !actor.isActive()) {
            return false;
        }
        if (actor.isStaff()) {
            return true;
        }
        return designatedFocalPoint != null && designatedFocalPoint.getId() != null
                && designatedFocalPoint.getId().equals(actor.getId());
    }
}
