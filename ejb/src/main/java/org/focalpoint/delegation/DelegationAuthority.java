package org.focalpoint.delegation;

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
            throw new RuleViolation("delegation.no-such-organization-or-sector");
        }
        Account current = em.find(Account.class, actor.getId());
        if (!mayDecide(current, designated(organization, sector))) {
            throw new RuleViolation("delegation.not-designated-for", organization.getName(), sector);
        }
        return new DecidingFor(current, organization, sector, current.isStaff());
    }

    /**
     * The queue a page opens on: what the address names, else the person's first seat as
     * Designated Focal Point (staff name the organization, and get its first sector by default).
     * Refused unless the person decides for it.
     */
    public Seat choose(Account actor, Long organizationId, Sector sector) {
        List<Seat> own = seatsOf(actor);
        Long organization = organizationId;
        Sector chosen = sector;
        if (organization == null) {
            if (own.isEmpty()) {
                throw new RuleViolation("delegation.not-designated-focal-point");
            }
            organization = own.get(0).organizationId();
            chosen = chosen == null ? own.get(0).sector() : chosen;
        }
        if (chosen == null) {
            Long wanted = organization;
            chosen = own.stream().filter(s -> s.organizationId().equals(wanted)).map(Seat::sector).findFirst()
                    .orElseGet(() -> firstSectorOf(wanted));
        }
        DecidingFor deciding = decideFor(actor, organization, chosen);
        return new Seat(deciding.organization().getId(), deciding.organization().getName(), deciding.sector());
    }

    /**
     * The queues a person may switch between: their seats as Designated Focal Point; for staff
     * looking at an organization, that organization's sectors.
     */
    public List<Seat> choices(Account actor, Seat current) {
        Account account = em.find(Account.class, actor.getId());
        if (account != null && account.isActive() && account.isStaff()) {
            Organization organization = em.find(Organization.class, current.organizationId());
            return organization.getSectors().stream().sorted()
                    .map(sector -> new Seat(organization.getId(), organization.getName(), sector)).toList();
        }
        return seatsOf(actor);
    }

    /** The organizations and sectors a person is the active Designated Focal Point of, by name then sector. */
    public List<Seat> seatsOf(Account account) {
        Account current = em.find(Account.class, account.getId());
        if (current == null || !current.isActive()) {
            return List.of();
        }
        return em.createNamedQuery("DesignatedFocalPoint.ofAccount", DesignatedFocalPoint.class)
                .setParameter("account", current).getResultStream()
                .filter(d -> d.getOrganization().isActive())
                .map(d -> new Seat(d.getOrganization().getId(), d.getOrganization().getName(), d.getSector()))
                .sorted(Comparator.comparing(Seat::organizationName).thenComparing(Seat::sector))
                .toList();
    }

    private Sector firstSectorOf(Long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        return organization == null ? null : organization.getSectors().stream().sorted().findFirst().orElse(null);
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
