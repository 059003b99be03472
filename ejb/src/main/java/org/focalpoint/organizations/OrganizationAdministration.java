package org.focalpoint.organizations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.Countries;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Secretariat staff create, edit, deactivate and reactivate organizations. Every change is audited
 * with the staff member as actor, on behalf of the organization. When an organization stops being
 * able to hold TIES rights (deactivated, or no longer an ITU Member) its pending requests close with
 * the reason, the requesters are told, granted TIES access is revoked and its focal-point roles lapse.
 */
@Stateless
public class OrganizationAdministration {

    static final int NAME_LENGTH = 200;
    static final int ADDRESS_LENGTH = 500;
    static final int REASON_LENGTH = 1000;

    private static final MailTemplate CLOSED_MAIL = new MailTemplate("request-closed");
    private static final MailTemplate LAPSED_MAIL = new MailTemplate("ties-focal-point-lapsed");
    private static final Supplier<RuleViolation> CHANGED_MEANWHILE =
            () -> new RuleViolation("organizations.changed-meanwhile");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    /** The organization as stored, for the edit page; staff only. */
    public Organization organization(Account actor, Long organizationId) {
        secretariat.require(actor);
        return existing(organizationId);
    }

    public Organization create(Account actor, OrganizationData data) {
        Account staff = secretariat.require(actor);
        OrganizationData clean = checked(data, null);
        Organization organization = new Organization(clean.name(), clean.country(), clean.category(), clean.sectors(),
                clock.instant());
        organization.setAddress(clean.address());
        em.persist(organization);
        audit.record(staff, organization, AuditAction.ORGANIZATION_CREATED, Organization.class, organization.getId(),
                describe(organization), null);
        return organization;
    }

    /**
     * Saves what staff changed on the version they read. Sectors left lose their Designated Focal
     * Point; an organization that is no longer an ITU Member loses its TIES rights and roles.
     */
    public void edit(Account actor, Long organizationId, long seenVersion, OrganizationData data) {
        Account staff = secretariat.require(actor);
        Organization organization = existing(organizationId);
        OrganizationData clean = checked(data, organization.getId());
        if (organization.getVersion() != seenVersion) {
            throw new RuleViolation("organizations.changed-meanwhile");
        }
        String before = describe(organization);
        boolean leavesMembership = organization.isTiesEligible() && !clean.category().isTiesEligible();
        organization.rename(clean.name());
        organization.setCountry(clean.country());
        organization.setAddress(clean.address());
        organization.setCategory(clean.category());
        organization.setSectors(clean.sectors());
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, organization, AuditAction.ORGANIZATION_EDITED, Organization.class, organization.getId(),
                "was: " + before + "; now: " + describe(organization), null);
        lapseDesignatedFocalPoints(staff, organization, clean.sectors(), "Sector left by " + organization.getName());
        if (leavesMembership) {
            closeTies(staff, organization, organization.getName() + " is no longer an ITU Member");
        }
    }

    /**
     * The organization disappears from the lists people pick from and accepts no new requests;
     * what waits is closed with {@code reason}, which the requesters read.
     */
    public void deactivate(Account actor, Long organizationId, long seenVersion, String reason) {
        Account staff = secretariat.require(actor);
        Organization organization = existing(organizationId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("organizations.reason-required", organization.getName());
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation("decisions.reason-too-long", String.valueOf(REASON_LENGTH));
        }
        if (organization.getVersion() != seenVersion) {
            throw new RuleViolation("organizations.changed-meanwhile");
        }
        if (!organization.isActive()) {
            throw new RuleViolation("organizations.already-deactivated", organization.getName());
        }
        organization.deactivate();
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, organization, AuditAction.ORGANIZATION_DEACTIVATED, Organization.class,
                organization.getId(), organization.getName(), why);
        lapseDesignatedFocalPoints(staff, organization, EnumSet.noneOf(Sector.class), why);
        closeTies(staff, organization, why);
    }

    /** Open again for requests; rights and roles that lapsed stay lapsed, to be granted anew. */
    public void reactivate(Account actor, Long organizationId, long seenVersion) {
        Account staff = secretariat.require(actor);
        Organization organization = existing(organizationId);
        if (organization.getVersion() != seenVersion) {
            throw new RuleViolation("organizations.changed-meanwhile");
        }
        if (organization.isActive()) {
            throw new RuleViolation("organizations.already-active", organization.getName());
        }
        if (sameNameElsewhere(organization.getName(), organization.getId())) {
            throw new RuleViolation("organizations.name-taken-rename", organization.getName());
        }
        organization.reactivate();
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, organization, AuditAction.ORGANIZATION_REACTIVATED, Organization.class,
                organization.getId(), organization.getName(), null);
    }

    private Organization existing(Long organizationId) {
        Organization organization = organizationId == null ? null : em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new RuleViolation("organizations.no-such-organization");
        }
        return organization;
    }

    /** The data stripped and checked; {@code self} is the organization being edited, null for a new one. */
    private OrganizationData checked(OrganizationData data, Long self) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolation("organizations.enter-name");
        }
        if (name.length() > NAME_LENGTH) {
            throw new RuleViolation("organizations.name-too-long", String.valueOf(NAME_LENGTH));
        }
        if (!Countries.isKnown(data.country())) {
            throw new RuleViolation("organizations.choose-country");
        }
        String address = data.address() == null || data.address().isBlank() ? null : data.address().strip();
        if (address != null && address.length() > ADDRESS_LENGTH) {
            throw new RuleViolation("organizations.address-too-long", String.valueOf(ADDRESS_LENGTH));
        }
        if (data.category() == null) {
            throw new RuleViolation("organizations.choose-category");
        }
        Set<Sector> sectors = data.sectors() == null || data.sectors().isEmpty() ? EnumSet.noneOf(Sector.class)
                : EnumSet.copyOf(data.sectors());
        SectorParticipation.refused(data.category(), sectors).ifPresent(refused -> {
            throw refused;
        });
        if (sameNameElsewhere(name, self)) {
            throw new RuleViolation("organizations.name-taken", name);
        }
        return new OrganizationData(name, data.country(), address, data.category(), sectors);
    }

    /** Any other organization, active or not: a deactivated one may come back under its name. */
    private boolean sameNameElsewhere(String name, Long self) {
        return em.createNamedQuery("Organization.byName", Organization.class).setParameter("name", name)
                .getResultStream().anyMatch(o -> !o.getId().equals(self));
    }

    private void lapseDesignatedFocalPoints(Account staff, Organization organization, Set<Sector> kept, String why) {
        for (DesignatedFocalPoint dfp : em.createNamedQuery("DesignatedFocalPoint.ofOrganization",
                DesignatedFocalPoint.class).setParameter("organization", organization).getResultList()) {
            if (!kept.contains(dfp.getSector())) {
                audit.record(staff, organization, AuditAction.DESIGNATED_FOCAL_POINT_LAPSED, DesignatedFocalPoint.class,
                        dfp.getId(), organization.getName() + ", " + dfp.getSector().label(Words.ENGLISH) + ": "
                                + dfp.getAccount().getFullName(), why);
                em.remove(dfp);
            }
        }
    }

    /**
     * Pending affiliation and TIES requests are rejected with {@code why} and their requesters told,
     * granted TIES access is revoked and the TIES Focal Point steps down, each audited.
     */
    private void closeTies(Account staff, Organization organization, String why) {
        List<Affiliation> standing = em.createQuery("select a from Affiliation a where a.organization = :organization"
                        + " and a.state in :states order by a.id", Affiliation.class)
                .setParameter("organization", organization)
                .setParameter("states", EnumSet.of(AffiliationState.REQUESTED, AffiliationState.APPROVED))
                .getResultList();
        for (Affiliation affiliation : standing) {
            Account person = affiliation.getAccount();
            String detail = person.getFullName() + " <" + person.getEmail() + ">, " + organization.getName();
            boolean closed = false;
            if (affiliation.getState() == AffiliationState.REQUESTED) {
                affiliation.decide(AffiliationState.REJECTED, staff, why, clock.instant());
                audit.record(staff, organization, AuditAction.AFFILIATION_REJECTED, Affiliation.class,
                        affiliation.getId(), detail, why);
                closed = true;
            }
            TiesAccess ties = affiliation.getTiesAccess();
            if (ties != null && ties.getState() == TiesState.REQUESTED) {
                ties.decide(TiesState.REJECTED, staff, why, clock.instant());
                audit.record(staff, organization, AuditAction.TIES_ACCESS_REJECTED, TiesAccess.class, ties.getId(),
                        detail, why);
                closed = true;
            } else if (ties != null && ties.isGranted()) {
                ties.decide(TiesState.REVOKED, staff, why, clock.instant());
                audit.record(staff, organization, AuditAction.TIES_ACCESS_REVOKED, TiesAccess.class, ties.getId(),
                        detail, why);
            }
            if (closed) {
                // the affiliation's version stands for the whole request in the focal points' queue
                em.lock(affiliation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                mailer.send(closedMail(person, organization, why));
            }
        }
        Account focalPoint = organization.getTiesFocalPoint();
        if (focalPoint != null) {
            organization.designateTiesFocalPoint(null);
            audit.record(staff, organization, AuditAction.TIES_FOCAL_POINT_LAPSED, Organization.class,
                    organization.getId(), organization.getName() + ": " + focalPoint.getFullName(), why);
            mailer.send(LAPSED_MAIL.mail(Words.ENGLISH, focalPoint.getEmail(), Map.of("name", focalPoint.getFullName(),
                    "organization", organization.getName(), "reason", why)));
        }
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
    }

    static OutgoingMail closedMail(Account requester, Organization organization, String why) {
        return CLOSED_MAIL.mail(Words.ENGLISH, requester.getEmail(), Map.of("name", requester.getFullName(),
                "organization", organization.getName(), "reason", why));
    }

    private static String describe(Organization o) {
        return o.getName() + ", " + o.getCountry() + ", " + o.getCategory().label(Words.ENGLISH) + ", sectors "
                + (o.getSectors().isEmpty() ? "none" : o.getSectors().stream().sorted().map(s -> s.label(Words.ENGLISH))
                .collect(Collectors.joining(" ")))
                + (o.getAddress() == null ? "" : ", " + o.getAddress());
    }
}
