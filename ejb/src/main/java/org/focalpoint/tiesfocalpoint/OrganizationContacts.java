package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.Like;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An organization's contacts and roles, managed by its TIES Focal Point or by staff as ITU Focal
 * Point. Every method asks {@link FocalPointAuthority} first and then only touches rows of that
 * organization, whatever ids the page sent.
 */
@Stateless
public class OrganizationContacts {

    private static final MailTemplate DESIGNATED_MAIL = new MailTemplate("ties-focal-point-designated");
    private static final MailTemplate REPLACED_MAIL = new MailTemplate("ties-focal-point-replaced");
    private static final MailTemplate REVOKED_MAIL = new MailTemplate("ties-access-revoked");
    private static final MailTemplate REMOVED_MAIL = new MailTemplate("affiliation-removed");

    private static final Set<AffiliationState> CONTACT_STATES = EnumSet.of(AffiliationState.APPROVED,
            AffiliationState.REQUESTED);

    private static final String CONTACTS_WHERE = " from Affiliation a join a.account p"
            + " where a.organization = :organization and a.state in :states"
            + " and (lower(concat(concat(p.givenName, ' '), p.familyName)) like :filter escape '!'"
            + " or p.emailKey like :filter escape '!')";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FocalPointAuthority authority;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** The organization whose contacts the page shows; refused unless the actor may act for it. */
    public Organization organization(Account actor, Long organizationId) {
        return authority.actFor(actor, organizationId).organization();
    }

    /** A page of the organization's contacts (approved or requested affiliations), by family name. */
    public List<Contact> page(Account actor, Long organizationId, String filterText, int first, int pageSize) {
        Organization organization = authority.actFor(actor, organizationId).organization();
        List<Affiliation> affiliations = contactsQuery("select a", Affiliation.class, organization, filterText)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, pageSize))
                .getResultList();
        if (affiliations.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Sector>> designated = new HashMap<>();
        em.createQuery("select d from DesignatedFocalPoint d where d.organization = :organization"
                        + " and d.account.id in :accounts", DesignatedFocalPoint.class)
                .setParameter("organization", organization)
                .setParameter("accounts", affiliations.stream().map(a -> a.getAccount().getId()).distinct().toList())
                .getResultList()
                .forEach(d -> designated.computeIfAbsent(d.getAccount().getId(), id -> EnumSet.noneOf(Sector.class))
                        .add(d.getSector()));
        Account focalPoint = organization.getTiesFocalPoint();
        return affiliations.stream().map(a -> {
            Account p = a.getAccount();
            TiesAccess ties = a.getTiesAccess();
            return new Contact(p.getId(), a.getId(), a.getVersion(), p.getFullName(), p.getEmail(), p.getState(),
                    a.getState(), ties == null ? null : ties.getState(),
                    focalPoint != null && focalPoint.getId().equals(p.getId()),
                    designated.getOrDefault(p.getId(), EnumSet.noneOf(Sector.class)));
        }).toList();
    }

    public long count(Account actor, Long organizationId, String filterText) {
        Organization organization = authority.actFor(actor, organizationId).organization();
        return contactsQuery("select count(a)", Long.class, organization, filterText).getSingleResult();
    }

    private <T> TypedQuery<T> contactsQuery(String select, Class<T> type, Organization organization, String filterText) {
        String order = type == Long.class ? "" : " order by p.familyName, p.givenName, a.id";
        return em.createQuery(select + CONTACTS_WHERE + order, type)
                .setParameter("organization", organization)
                .setParameter("states", CONTACT_STATES)
                .setParameter("filter", Objects.requireNonNullElse(Like.containing(filterText), "%"));
    }

    /** Grants TIES access through an approved affiliation, whether or not the person asked for it. */
    public void grantTies(Account actor, Long organizationId, Long affiliationId, long affiliationVersion) {
        Acting acting = authority.actFor(actor, organizationId);
        Affiliation affiliation = contact(acting, affiliationId, affiliationVersion);
        Organization organization = acting.organization();
        String name = affiliation.getAccount().getFullName();
        if (!organization.isTiesEligible()) {
            throw new RuleViolation("tiesfocalpoint.ties-only-for-members", organization.getName());
        }
        refuseIfDeactivated(organization);
        if (!affiliation.isApproved()) {
            throw new RuleViolation("tiesfocalpoint.approve-affiliation-first", name);
        }
        if (!affiliation.getAccount().isActive()) {
            throw new RuleViolation("tiesfocalpoint.account-not-active", name);
        }
        TiesAccess ties = affiliation.getTiesAccess();
        if (ties == null) {
            ties = affiliation.requestTiesAccess(clock.instant());
            em.persist(ties);
        } else if (ties.isGranted()) {
            throw new RuleViolation("tiesfocalpoint.already-has-ties", name);
        }
        ties.decide(TiesState.GRANTED, acting.actor(), null, clock.instant());
        audit.record(acting.actor(), organization, AuditAction.TIES_ACCESS_GRANTED, TiesAccess.class, ties.getId(),
                name + ", " + organization.getName(), null);
    }

    /** Revokes granted TIES access; the reason is optional and kept with the decision. */
    public void revokeTies(Account actor, Long organizationId, Long affiliationId, long affiliationVersion,
                           String reason) {
        Acting acting = authority.actFor(actor, organizationId);
        Affiliation affiliation = contact(acting, affiliationId, affiliationVersion);
        TiesAccess ties = affiliation.getTiesAccess();
        String name = affiliation.getAccount().getFullName();
        if (ties == null || !ties.isGranted()) {
            throw new RuleViolation("tiesfocalpoint.no-ties-to-revoke", name);
        }
        String why = blankToNull(reason);
        ties.decide(TiesState.REVOKED, acting.actor(), why, clock.instant());
        audit.record(acting.actor(), acting.organization(), AuditAction.TIES_ACCESS_REVOKED, TiesAccess.class,
                ties.getId(), name + ", " + acting.organization().getName(), why);
        Account person = affiliation.getAccount();
        mailer.send(REVOKED_MAIL.mail(Words.ENGLISH, person.getEmail(), Map.of("name", person.getFullName(),
                "actor", acting.actor().getFullName(), "organization", acting.organization().getName(),
                "reasoned", why == null ? "no" : "yes", "reason", Objects.toString(why, ""), "link", links.page("affiliations.xhtml"))));
    }

    /**
     * Ends a person's affiliation: TIES access through it is revoked (a pending request rejected)
     * and their Designated Focal Point roles for the organization lapse. The TIES Focal Point
     * cannot be removed: the organization would be left without one.
     */
    public void removeAffiliation(Account actor, Long organizationId, Long affiliationId, long affiliationVersion,
                                  String reason) {
        Acting acting = authority.actFor(actor, organizationId);
        Affiliation affiliation = contact(acting, affiliationId, affiliationVersion);
        Organization organization = acting.organization();
        Account person = affiliation.getAccount();
        Account focalPoint = organization.getTiesFocalPoint();
        if (focalPoint != null && focalPoint.getId().equals(person.getId())) {
            throw new RuleViolation("tiesfocalpoint.is-ties-focal-point", person.getFullName(), organization.getName());
        }
        String why = blankToNull(reason);
        affiliation.decide(AffiliationState.REMOVED, acting.actor(), why, clock.instant());
        audit.record(acting.actor(), organization, AuditAction.AFFILIATION_REMOVED, Affiliation.class,
                affiliation.getId(), person.getFullName() + ", " + organization.getName(), why);
        TiesAccess ties = affiliation.getTiesAccess();
        String tiesEnded = "none";
        if (ties != null && (ties.getState() == TiesState.GRANTED || ties.getState() == TiesState.REQUESTED)) {
            boolean granted = ties.isGranted();
            tiesEnded = granted ? "revoked" : "withdrawn";
            ties.decide(granted ? TiesState.REVOKED : TiesState.REJECTED, acting.actor(), "Affiliation removed",
                    clock.instant());
            audit.record(acting.actor(), organization,
                    granted ? AuditAction.TIES_ACCESS_REVOKED : AuditAction.TIES_ACCESS_WITHDRAWN,
                    TiesAccess.class, ties.getId(), person.getFullName() + ", " + organization.getName(),
                    "Affiliation removed");
        }
        List<String> sectors = new ArrayList<>();
        for (DesignatedFocalPoint dfp : em.createQuery("select d from DesignatedFocalPoint d"
                        + " where d.organization = :organization and d.account = :account order by d.sector",
                        DesignatedFocalPoint.class)
                .setParameter("organization", organization).setParameter("account", person).getResultList()) {
            audit.record(acting.actor(), organization, AuditAction.DESIGNATED_FOCAL_POINT_LAPSED,
                    DesignatedFocalPoint.class, dfp.getId(), organization.getName() + ", " + dfp.getSector().label(Words.ENGLISH),
                    "Affiliation removed");
            sectors.add(dfp.getSector().label(Words.ENGLISH));
            em.remove(dfp);
        }
        mailer.send(REMOVED_MAIL.mail(Words.ENGLISH, person.getEmail(), Map.of("name", person.getFullName(),
                "actor", acting.actor().getFullName(), "organization", organization.getName(), "ties", tiesEnded,
                "sectors", sectors.isEmpty() ? "none" : String.join(", ", sectors),
                "reasoned", why == null ? "no" : "yes", "reason", Objects.toString(why, ""), "link", links.page("affiliations.xhtml"))));
    }

    /**
     * Makes another affiliated person the TIES Focal Point. The previous one steps down by the same
     * assignment, and both are told.
     */
    public void designateTiesFocalPoint(Account actor, Long organizationId, Long newAccountId) {
        Acting acting = authority.actFor(actor, organizationId);
        Organization organization = acting.organization();
        if (!organization.isTiesEligible()) {
            throw new RuleViolation("tiesfocalpoint.focal-point-only-for-members", organization.getName());
        }
        refuseIfDeactivated(organization);
        Account newOne = activeAndApproved(organization, newAccountId);
        Account oldOne = organization.getTiesFocalPoint();
        if (oldOne != null && oldOne.getId().equals(newOne.getId())) {
            throw new RuleViolation("tiesfocalpoint.already-ties-focal-point", newOne.getFullName(),
                    organization.getName());
        }
        organization.designateTiesFocalPoint(newOne);
        audit.record(acting.actor(), organization, AuditAction.TIES_FOCAL_POINT_DESIGNATED, Organization.class,
                organization.getId(), "from " + (oldOne == null ? "nobody" : oldOne.getFullName())
                        + " to " + newOne.getFullName(), null);
        String contactsLink = links.page("contacts.xhtml", "organization", String.valueOf(organization.getId()));
        mailer.send(DESIGNATED_MAIL.mail(Words.ENGLISH, newOne.getEmail(), Map.of("name", newOne.getFullName(),
                "actor", acting.actor().getFullName(), "self", newOne.getId().equals(acting.actor().getId()) ? "yes" : "no",
                "organization", organization.getName(),
                "takingOver", oldOne == null ? "no" : "yes", "previous", oldOne == null ? "" : oldOne.getFullName(),
                "link", contactsLink)));
        if (oldOne != null) {
            mailer.send(REPLACED_MAIL.mail(Words.ENGLISH, oldOne.getEmail(), Map.of("name", oldOne.getFullName(),
                    "actor", acting.actor().getFullName(), "successor", newOne.getFullName(),
                    "organization", organization.getName())));
        }
    }

    /** Appoints or replaces the organization's Designated Focal Point for one sector it takes part in. */
    public void setDesignatedFocalPoint(Account actor, Long organizationId, Sector sector, Long accountId) {
        Acting acting = authority.actFor(actor, organizationId);
        Organization organization = acting.organization();
        refuseIfDeactivated(organization);
        if (sector == null) {
            throw new RuleViolation("tiesfocalpoint.choose-sector");
        }
        if (!organization.participatesIn(sector)) {
            throw new RuleViolation("tiesfocalpoint.sector-not-taken-part-in", organization.getName(), sector);
        }
        Account person = activeAndApproved(organization, accountId);
        DesignatedFocalPoint dfp = em.createQuery("select d from DesignatedFocalPoint d"
                        + " where d.organization = :organization and d.sector = :sector", DesignatedFocalPoint.class)
                .setParameter("organization", organization).setParameter("sector", sector)
                .getResultStream().findFirst().orElse(null);
        String from;
        if (dfp == null) {
            from = "nobody";
            dfp = new DesignatedFocalPoint(organization, sector, person, clock.instant());
            em.persist(dfp);
        } else {
            if (dfp.getAccount().getId().equals(person.getId())) {
                throw new RuleViolation("tiesfocalpoint.already-designated", person.getFullName(), sector);
            }
            from = dfp.getAccount().getFullName();
            dfp.reassign(person, clock.instant());
        }
        audit.record(acting.actor(), organization, AuditAction.DESIGNATED_FOCAL_POINT_SET, DesignatedFocalPoint.class,
                dfp.getId(), sector.label(Words.ENGLISH) + ": from " + from + " to " + person.getFullName(), null);
    }

    /**
     * An affiliation of this organization's contacts, as the person saw it. A foreign or unknown id
     * gets the same answer, so a page cannot probe other organizations.
     */
    private Affiliation contact(Acting acting, Long affiliationId, long seenVersion) {
        Affiliation affiliation = affiliationId == null ? null : em.find(Affiliation.class, affiliationId);
        if (affiliation == null || !affiliation.getOrganization().getId().equals(acting.organization().getId())) {
            throw new RuleViolation("tiesfocalpoint.not-a-contact", acting.organization().getName());
        }
        if (affiliation.getVersion() != seenVersion || !CONTACT_STATES.contains(affiliation.getState())) {
            String name = affiliation.getAccount().getFullName();
            Account by = lastDecidedBy(affiliation);
            if (by == null) {
                throw new RuleViolation("tiesfocalpoint.contact-changed", name);
            }
            throw new RuleViolation("tiesfocalpoint.contact-changed-by", name, by.getFullName());
        }
        // TIES changes do not touch the affiliation row; its version still moves, so that a second
        // decision taken on the same stale list is refused.
        em.lock(affiliation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return affiliation;
    }

    private static Account lastDecidedBy(Affiliation affiliation) {
        TiesAccess ties = affiliation.getTiesAccess();
        return ties != null && ties.getDecision() != null ? ties.getDecision().getBy()
                : affiliation.getDecision() == null ? null : affiliation.getDecision().getBy();
    }

    /** The person a role goes to: an active account with an approved affiliation to this organization. */
    private Account activeAndApproved(Organization organization, Long accountId) {
        Account person = accountId == null ? null : em.find(Account.class, accountId);
        if (person == null) {
            throw new RuleViolation("tiesfocalpoint.choose-user", organization.getName());
        }
        long approved = em.createQuery("select count(a) from Affiliation a where a.account = :account"
                        + " and a.organization = :organization and a.state = :approved", Long.class)
                .setParameter("account", person).setParameter("organization", organization)
                .setParameter("approved", AffiliationState.APPROVED).getSingleResult();
        if (!person.isActive() || approved == 0) {
            throw new RuleViolation("tiesfocalpoint.not-active-and-affiliated", person.getFullName(),
                    organization.getName());
        }
        return person;
    }

    /** A deactivated organization gets no new rights or roles until staff reactivate it. */
    private static void refuseIfDeactivated(Organization organization) {
        if (!organization.isActive()) {
            throw new RuleViolation("tiesfocalpoint.organization-deactivated", organization.getName());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
