package org.focalpoint.affiliations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.Countries;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.persistence.ConcurrentChange;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a person does with their own affiliations. Every method takes the signed-in account and
 * acts only on what belongs to it, whatever id a page sends; decisions belong to the focal points.
 */
@Stateless
public class MyAffiliations {

    public static final String WITHDRAWN = "Withdrawn by the requester";

    static final int ORGANIZATION_NAME_LENGTH = 200;
    static final int ADDRESS_LENGTH = 500;

    /** A focal point deciding the same request at the same moment wins; the person is told so. */
    private static final Supplier<RuleViolation> ALREADY_DECIDED =
            () -> new RuleViolation("affiliations.already-decided");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OrganizationDirectory directory;

    @Inject
    private AuditLog audit;

    /** The affiliations of {@code self}, oldest first, with their TIES state and whom to ask. */
    public List<MyAffiliation> of(Account self) {
        return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", self)
                .getResultStream().map(MyAffiliation::of).toList();
    }

    /**
     * An additional affiliation: effective at once with a non-member, waiting for the focal point
     * with an ITU Member. TIES access only where it can be granted.
     */
    public MyAffiliation requestAffiliation(Account self, Long organizationId, boolean withTies) {
        // serializes one person's requests, so a double click cannot affiliate them twice
        Account account = em.find(Account.class, self.getId(), LockModeType.PESSIMISTIC_WRITE);
        Organization organization = directory.find(organizationId).filter(Organization::isActive)
                .orElseThrow(() -> new RuleViolation("affiliations.choose-from-list"));
        boolean held = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", account).getResultStream()
                .anyMatch(a -> a.getOrganization().getId().equals(organization.getId())
                        && (a.getState() == AffiliationState.REQUESTED || a.getState() == AffiliationState.APPROVED));
        if (held) {
            throw new RuleViolation("affiliations.already-affiliated", organization.getName());
        }
        if (withTies && !organization.isTiesEligible()) {
            throw new RuleViolation("affiliations.ties-not-eligible");
        }
        Affiliation affiliation = new Affiliation(account, organization, clock.instant());
        TiesAccess ties = withTies ? affiliation.requestTiesAccess(clock.instant()) : null;
        em.persist(affiliation);
        audit.record(account, organization, AuditAction.AFFILIATION_REQUESTED, Affiliation.class, affiliation.getId(),
                organization.getName() + (affiliation.isApproved() ? " (effective at once: not an ITU Member)" : ""),
                null);
        if (ties != null) {
            audit.record(account, organization, AuditAction.TIES_ACCESS_REQUESTED, TiesAccess.class, ties.getId(),
                    organization.getName(), null);
        }
        return MyAffiliation.of(affiliation);
    }

    /** TIES access through an affiliation held with an ITU Member; a refused or revoked one may be asked again. */
    public void requestTies(Account self, Long affiliationId) {
        Affiliation affiliation = own(self, affiliationId);
        Organization organization = affiliation.getOrganization();
        if (affiliation.getState() != AffiliationState.REQUESTED && affiliation.getState() != AffiliationState.APPROVED) {
            throw new RuleViolation("affiliations.affiliation-ended", organization.getName());
        }
        if (!organization.isTiesEligible()) {
            throw new RuleViolation("affiliations.ties-not-eligible");
        }
        if (!organization.isActive()) {
            throw new RuleViolation("affiliations.organization-deactivated", organization.getName());
        }
        TiesAccess ties = affiliation.getTiesAccess();
        String detail = organization.getName();
        if (ties == null) {
            ties = affiliation.requestTiesAccess(clock.instant());
            em.persist(ties);
        } else if (ties.getState() == TiesState.REQUESTED) {
            throw new RuleViolation("affiliations.ties-already-asked", organization.getName());
        } else if (ties.getState() == TiesState.GRANTED) {
            throw new RuleViolation("affiliations.ties-already-granted", organization.getName());
        } else {
            detail += " (asked again after it was " + ties.getState().name().toLowerCase() + ")";
            ties.askAgain(clock.instant());
        }
        ConcurrentChange.flushOr(em, ALREADY_DECIDED);
        audit.record(affiliation.getAccount(), organization, AuditAction.TIES_ACCESS_REQUESTED, TiesAccess.class,
                ties.getId(), detail, null);
    }

    /**
     * Withdraws what still waits: a requested affiliation together with its TIES request, or only
     * the TIES request of an approved affiliation.
     */
    public void withdraw(Account self, Long affiliationId) {
        Affiliation affiliation = own(self, affiliationId);
        Account account = affiliation.getAccount();
        Organization organization = affiliation.getOrganization();
        TiesAccess ties = affiliation.getTiesAccess();
        boolean tiesWaits = ties != null && ties.getState() == TiesState.REQUESTED;
        if (affiliation.getState() == AffiliationState.REQUESTED) {
            affiliation.decide(AffiliationState.REMOVED, account, WITHDRAWN, clock.instant());
            audit.record(account, organization, AuditAction.AFFILIATION_WITHDRAWN, Affiliation.class,
                    affiliation.getId(), organization.getName(), WITHDRAWN);
        } else if (!(affiliation.getState() == AffiliationState.APPROVED && tiesWaits)) {
            throw new RuleViolation("affiliations.already-decided");
        }
        if (tiesWaits) {
            // TIES requests have no withdrawn state: like deactivation, the request is closed with
            // the reason saying so, and the history stays in the table
            ties.decide(TiesState.REJECTED, account, WITHDRAWN, clock.instant());
            audit.record(account, organization, AuditAction.TIES_ACCESS_WITHDRAWN, TiesAccess.class, ties.getId(),
                    organization.getName(), WITHDRAWN);
        }
        ConcurrentChange.flushOr(em, ALREADY_DECIDED);
    }

    /**
     * The name, address and country of a non-member organization, by someone affiliated with it.
     * {@code version} is the one the form showed: a change saved in between is not overwritten.
     */
    public void editOrganization(Account self, Long organizationId, long version, String name, String address,
                                 String country) {
        Organization organization = directory.find(organizationId)
                .orElseThrow(() -> new RuleViolation("organizations.no-such-organization"));
        if (organization.getCategory() != MembershipCategory.NON_MEMBER) {
            throw new RuleViolation("affiliations.member-data-staff-only");
        }
        Account account = em.find(Account.class, self.getId());
        boolean affiliated = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", account).getResultStream()
                .anyMatch(a -> a.isApproved() && a.getOrganization().getId().equals(organizationId));
        if (!affiliated) {
            throw new RuleViolation("affiliations.not-affiliated", organization.getName());
        }
        String newName = name == null ? "" : name.strip();
        if (newName.isEmpty()) {
            throw new RuleViolation("organizations.enter-name");
        }
        if (newName.length() > ORGANIZATION_NAME_LENGTH) {
            throw new RuleViolation("organizations.name-too-long", String.valueOf(ORGANIZATION_NAME_LENGTH));
        }
        String newAddress = address == null || address.isBlank() ? null : address.strip();
        if (newAddress != null && newAddress.length() > ADDRESS_LENGTH) {
            throw new RuleViolation("organizations.address-too-long", String.valueOf(ADDRESS_LENGTH));
        }
        if (!Countries.isKnown(country)) {
            throw new RuleViolation("affiliations.choose-country");
        }
        if (directory.activeNamed(newName).stream().anyMatch(o -> !o.getId().equals(organizationId))) {
            throw new RuleViolation("organizations.name-taken", newName);
        }
        if (organization.getVersion() != version) {
            throw new RuleViolation("affiliations.changed-meanwhile");
        }
        String before = organization.getName() + ", " + organization.getCountry() + ", " + organization.getAddress();
        organization.rename(newName);
        organization.setAddress(newAddress);
        organization.setCountry(country);
        ConcurrentChange.flushOr(em, () -> new RuleViolation("affiliations.changed-meanwhile"));
        audit.record(account, organization, AuditAction.ORGANIZATION_EDITED, Organization.class, organization.getId(),
                "was: " + before, null);
    }

    /** The affiliation if it is {@code self}'s; someone else's id gets the same answer as a made-up one. */
    private Affiliation own(Account self, Long affiliationId) {
        Affiliation affiliation = affiliationId == null ? null : em.find(Affiliation.class, affiliationId);
        if (affiliation == null || !affiliation.getAccount().getId().equals(self.getId())) {
            throw new RuleViolation("affiliations.not-yours");
        }
        return affiliation;
    }
}
