package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.tiesfocalpoint.Contact;
import org.focalpoint.tiesfocalpoint.FocalPointAuthority;
import org.focalpoint.tiesfocalpoint.OrganizationContacts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A TIES Focal Point (or staff) manages an organization's contacts and roles, and only that organization's. */
@ExtendWith(ArquillianExtension.class)
class OrganizationContactsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    OrganizationContacts contacts;

    @Inject
    FocalPointAuthority authority;

    @Inject
    AuditLog audit;

    /**
     * A member in ITU-T and ITU-D with its TIES Focal Point (TIES granted, DFP for ITU-T), a delegate
     * with TIES access who is DFP for ITU-D, a colleague without TIES, a pending request, a rejected
     * and a removed affiliation, and a deactivated former colleague.
     */
    private final class Member {
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        Organization organization;
        Account focalPoint;
        Affiliation focalPointAffiliation;
        Account delegate;
        Affiliation delegateAffiliation;
        DesignatedFocalPoint delegateDfp;
        Account colleague;
        Affiliation colleagueAffiliation;
        Account applicant;
        Affiliation applicantAffiliation;
        Account rejected;
        Account gone;

        Member() throws Exception {
            tx.begin();
            organization = TestData.member(em);
            organization.setSectors(Set.of(Sector.ITU_T, Sector.ITU_D));
            focalPoint = person("Fiona", "Focal");
            focalPointAffiliation = approved(focalPoint, TiesState.GRANTED);
            organization.designateTiesFocalPoint(focalPoint);
            em.persist(new DesignatedFocalPoint(organization, Sector.ITU_T, focalPoint, Instant.now()));
            delegate = person("Dan", "Delegate");
            delegateAffiliation = approved(delegate, TiesState.GRANTED);
            delegateDfp = new DesignatedFocalPoint(organization, Sector.ITU_D, delegate, Instant.now());
            em.persist(delegateDfp);
            colleague = person("Carla", "Colleague");
            colleagueAffiliation = approved(colleague, null);
            applicant = person("Abe", "Applicant");
            applicantAffiliation = new Affiliation(applicant, organization, Instant.now());
            applicantAffiliation.requestTiesAccess(Instant.now());
            em.persist(applicantAffiliation);
            rejected = person("Rita", "Rejected");
            Affiliation refused = new Affiliation(rejected, organization, Instant.now());
            refused.decide(AffiliationState.REJECTED, null, "unknown", Instant.now());
            em.persist(refused);
            gone = person("Gus", "Gone");
            approved(gone, null);
            gone.deactivate(Instant.now());
            tx.commit();
        }

        private Account person(String given, String family) {
            Account account = new Account(TestData.uniqueEmail(given.toLowerCase()), "not-a-usable-hash",
                    given, family + " " + tag, Instant.now());
            account.activate();
            em.persist(account);
            return account;
        }

        private Affiliation approved(Account account, TiesState ties) {
            Affiliation affiliation = new Affiliation(account, organization, Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            if (ties != null) {
                affiliation.requestTiesAccess(Instant.now()).decide(ties, null, null, Instant.now());
            }
            em.persist(affiliation);
            return affiliation;
        }

        Long id() {
            return organization.getId();
        }
    }

    private Affiliation affiliation(Affiliation a) {
        return em.find(Affiliation.class, a.getId());
    }

    private long version(Affiliation a) {
        return affiliation(a).getVersion();
    }

    private List<AuditEntry> entries(String action, Class<?> subject, Long id) {
        return audit.about(subject, id).stream().filter(e -> e.getAction().equals(action)).toList();
    }

    private AuditEntry only(String action, Class<?> subject, Long id) {
        List<AuditEntry> found = entries(action, subject, id);
        assertEquals(1, found.size(), action + " entries about " + subject.getSimpleName() + " " + id);
        return found.get(0);
    }

    private static void refused(String expectedStart, Executable call) {
        RuleViolation refusal = assertThrows(RuleViolation.class, call);
        assertTrue(refusal.getMessage().startsWith(expectedStart), refusal.getMessage());
    }

    private DesignatedFocalPoint dfp(Organization organization, Sector sector) {
        return em.createQuery("select d from DesignatedFocalPoint d where d.organization.id = :o and d.sector = :s",
                        DesignatedFocalPoint.class)
                .setParameter("o", organization.getId()).setParameter("s", sector)
                .getResultStream().findFirst().orElse(null);
    }

    // --- the list --------------------------------------------------------------------------------

    @Test
    void theListShowsApprovedAndRequestedContactsWithTiesAndRoles() throws Exception {
        Member m = new Member();

        assertEquals(5, contacts.count(m.focalPoint, m.id(), null));
        List<Contact> page = contacts.page(m.focalPoint, m.id(), "", 0, 10);
        assertEquals(List.of("Abe Applicant " + m.tag, "Carla Colleague " + m.tag, "Dan Delegate " + m.tag,
                "Fiona Focal " + m.tag, "Gus Gone " + m.tag), page.stream().map(Contact::name).toList());

        Contact fiona = page.get(3);
        assertTrue(fiona.tiesFocalPoint());
        assertEquals(Set.of(Sector.ITU_T), fiona.designatedFor());
        assertEquals(TiesState.GRANTED, fiona.tiesState());
        Contact dan = page.get(2);
        assertFalse(dan.tiesFocalPoint());
        assertEquals(Set.of(Sector.ITU_D), dan.designatedFor());
        assertEquals(m.delegateAffiliation.getId(), dan.affiliationId());
        assertEquals(m.delegate.getId(), dan.accountId());
        assertEquals(m.delegate.getEmail(), dan.email());
        Contact abe = page.get(0);
        assertEquals(AffiliationState.REQUESTED, abe.affiliationState());
        assertEquals(TiesState.REQUESTED, abe.tiesState());
        assertNull(page.get(1).tiesState());
        assertEquals(AccountState.DEACTIVATED, page.get(4).accountState());

        assertEquals(List.of("Carla Colleague " + m.tag, "Dan Delegate " + m.tag),
                contacts.page(m.focalPoint, m.id(), null, 1, 2).stream().map(Contact::name).toList());
        assertEquals(1, contacts.count(m.focalPoint, m.id(), " DELEGATE "));
        assertEquals(List.of(m.colleague.getId()), contacts.page(m.focalPoint, m.id(),
                m.colleague.getEmail().substring(0, 20), 0, 10).stream().map(Contact::accountId).toList());
        assertEquals(0, contacts.count(m.focalPoint, m.id(), "100%_"), "% and _ are not wildcards");
    }

    // --- TIES access -----------------------------------------------------------------------------

    @Test
    void grantingTiesCreatesTheAccessAndAuditsIt() throws Exception {
        Member m = new Member();

        contacts.grantTies(m.focalPoint, m.id(), m.colleagueAffiliation.getId(), m.colleagueAffiliation.getVersion());

        TiesAccess ties = affiliation(m.colleagueAffiliation).getTiesAccess();
        assertEquals(TiesState.GRANTED, ties.getState());
        assertEquals(m.focalPoint.getId(), ties.getDecision().getBy().getId());
        AuditEntry entry = only("TIES_ACCESS_GRANTED", TiesAccess.class, ties.getId());
        assertEquals(m.id(), entry.getOnBehalfOf().getId());
        assertEquals(m.focalPoint.getId(), entry.getActor().getId());
    }

    @Test
    void revokedTiesCanBeGrantedAgainAndAStaleListIsRefused() throws Exception {
        Member m = new Member();
        long seen = m.delegateAffiliation.getVersion();

        contacts.revokeTies(m.focalPoint, m.id(), m.delegateAffiliation.getId(), seen, "  Left the delegation ");

        TiesAccess ties = affiliation(m.delegateAffiliation).getTiesAccess();
        assertEquals(TiesState.REVOKED, ties.getState());
        assertEquals("Left the delegation", ties.getDecision().getReason());
        assertEquals("Left the delegation", only("TIES_ACCESS_REVOKED", TiesAccess.class, ties.getId()).getReason());
        String told = Mailbox.await(m.delegate.getEmail(), "Your TIES access through " + m.organization.getName()
                + " has ended").body();
        assertTrue(told.contains("Fiona Focal " + m.tag + " revoked your TIES access through "), told);
        assertTrue(told.contains("You remain affiliated with") && told.contains("Reason: Left the delegation"), told);

        refused("Dan Delegate " + m.tag + "'s affiliation was changed meanwhile (last by Fiona Focal",
                () -> contacts.grantTies(m.focalPoint, m.id(), m.delegateAffiliation.getId(), seen));
        assertEquals(TiesState.REVOKED, affiliation(m.delegateAffiliation).getTiesAccess().getState());

        contacts.grantTies(m.focalPoint, m.id(), m.delegateAffiliation.getId(), version(m.delegateAffiliation));
        assertEquals(TiesState.GRANTED, affiliation(m.delegateAffiliation).getTiesAccess().getState());
        only("TIES_ACCESS_GRANTED", TiesAccess.class, ties.getId());
    }

    @Test
    void tiesIsGrantedOnlyThroughAnApprovedAffiliation() throws Exception {
        Member m = new Member();

        refused("Approve Abe Applicant " + m.tag + "'s affiliation before granting TIES access.",
                () -> contacts.grantTies(m.focalPoint, m.id(), m.applicantAffiliation.getId(),
                        m.applicantAffiliation.getVersion()));
        refused("Carla Colleague " + m.tag + " has no TIES access to revoke.",
                () -> contacts.revokeTies(m.focalPoint, m.id(), m.colleagueAffiliation.getId(),
                        m.colleagueAffiliation.getVersion(), null));

        assertEquals(TiesState.REQUESTED, affiliation(m.applicantAffiliation).getTiesAccess().getState());
        assertNull(affiliation(m.colleagueAffiliation).getTiesAccess());
        assertEquals(m.applicantAffiliation.getVersion(), version(m.applicantAffiliation));
    }

    // --- removing an affiliation -----------------------------------------------------------------

    @Test
    void removingAnAffiliationRevokesTiesAndLapsesTheDfpRole() throws Exception {
        Member m = new Member();

        contacts.removeAffiliation(m.focalPoint, m.id(), m.delegateAffiliation.getId(),
                m.delegateAffiliation.getVersion(), "Moved to another ministry");

        Affiliation removed = affiliation(m.delegateAffiliation);
        assertEquals(AffiliationState.REMOVED, removed.getState());
        assertEquals("Moved to another ministry", removed.getDecision().getReason());
        assertEquals(TiesState.REVOKED, removed.getTiesAccess().getState());
        assertNull(em.find(DesignatedFocalPoint.class, m.delegateDfp.getId()));
        assertEquals(m.id(), only("AFFILIATION_REMOVED", Affiliation.class, removed.getId()).getOnBehalfOf().getId());
        only("TIES_ACCESS_REVOKED", TiesAccess.class, removed.getTiesAccess().getId());
        only("DESIGNATED_FOCAL_POINT_LAPSED", DesignatedFocalPoint.class, m.delegateDfp.getId());
        assertEquals(4, contacts.count(m.focalPoint, m.id(), null));
        String told = Mailbox.await(m.delegate.getEmail(), "You are no longer affiliated with "
                + m.organization.getName()).body();
        assertTrue(told.contains("Fiona Focal " + m.tag + " removed your affiliation"), told);
        assertTrue(told.contains("Your TIES access through " + m.organization.getName() + " has ended with it."), told);
        assertTrue(told.contains("You are no longer its Designated Focal Point for ITU-D."), told);
        assertTrue(told.contains("Reason: Moved to another ministry"), told);
    }

    @Test
    void theFocalPointsOwnAffiliationCannotBeRemoved() throws Exception {
        Member m = new Member();

        refused("Fiona Focal " + m.tag + " is the TIES Focal Point of " + m.organization.getName()
                        + ". Designate a new TIES Focal Point first.",
                () -> contacts.removeAffiliation(m.focalPoint, m.id(), m.focalPointAffiliation.getId(),
                        m.focalPointAffiliation.getVersion(), null));

        Affiliation kept = affiliation(m.focalPointAffiliation);
        assertEquals(AffiliationState.APPROVED, kept.getState());
        assertEquals(TiesState.GRANTED, kept.getTiesAccess().getState());
        assertNotNull(dfp(m.organization, Sector.ITU_T));
        assertTrue(entries("AFFILIATION_REMOVED", Affiliation.class, kept.getId()).isEmpty());
    }

    // --- designating a new TIES Focal Point ------------------------------------------------------

    @Test
    void aNewTiesFocalPointTakesOverAndBothAreTold() throws Exception {
        Member m = new Member();

        contacts.designateTiesFocalPoint(m.focalPoint, m.id(), m.delegate.getId());

        assertEquals(m.delegate.getId(), em.find(Organization.class, m.id()).getTiesFocalPoint().getId());
        AuditEntry entry = only("TIES_FOCAL_POINT_DESIGNATED", Organization.class, m.id());
        assertEquals("from Fiona Focal " + m.tag + " to Dan Delegate " + m.tag, entry.getDetail());
        assertEquals(m.id(), entry.getOnBehalfOf().getId());

        refused("Only the TIES Focal Point of", () -> authority.actFor(m.focalPoint, m.id()));
        refused("Only the TIES Focal Point of", () -> contacts.count(m.focalPoint, m.id(), null));
        assertEquals(m.delegate.getId(), authority.actFor(m.delegate, m.id()).actor().getId());
        assertEquals(5, contacts.count(m.delegate, m.id(), null));

        String subject = "TIES Focal Point of " + m.organization.getName();
        assertTrue(Mailbox.await(m.delegate.getEmail(), "You are now the " + subject).body()
                .contains("taking over from Fiona Focal " + m.tag));
        assertTrue(Mailbox.await(m.focalPoint.getEmail(), "You are no longer the " + subject).body()
                .contains("designated Dan Delegate " + m.tag));
    }

    @Test
    void onlyAnActiveApprovedContactCanBeDesignated() throws Exception {
        Member m = new Member();
        Member other = new Member();

        String mustBe = " must be an active user affiliated with " + m.organization.getName() + ".";
        refused("Gus Gone " + m.tag + mustBe, () -> contacts.designateTiesFocalPoint(m.focalPoint, m.id(), m.gone.getId()));
        refused("Abe Applicant " + m.tag + mustBe,
                () -> contacts.designateTiesFocalPoint(m.focalPoint, m.id(), m.applicant.getId()));
        refused("Rita Rejected " + m.tag + mustBe,
                () -> contacts.designateTiesFocalPoint(m.focalPoint, m.id(), m.rejected.getId()));
        refused("Dan Delegate " + other.tag + mustBe,
                () -> contacts.designateTiesFocalPoint(m.focalPoint, m.id(), other.delegate.getId()));
        refused("Choose a user affiliated with", () -> contacts.designateTiesFocalPoint(m.focalPoint, m.id(), -1L));

        assertEquals(m.focalPoint.getId(), em.find(Organization.class, m.id()).getTiesFocalPoint().getId());
        assertTrue(entries("TIES_FOCAL_POINT_DESIGNATED", Organization.class, m.id()).isEmpty());
    }

    // --- Designated Focal Points -----------------------------------------------------------------

    @Test
    void theDfpOfASectorIsAppointedThenReplaced() throws Exception {
        Member m = new Member();
        tx.begin();
        em.remove(em.find(DesignatedFocalPoint.class, m.delegateDfp.getId()));
        tx.commit();

        contacts.setDesignatedFocalPoint(m.focalPoint, m.id(), Sector.ITU_D, m.colleague.getId());
        DesignatedFocalPoint appointed = dfp(m.organization, Sector.ITU_D);
        assertEquals(m.colleague.getId(), appointed.getAccount().getId());

        contacts.setDesignatedFocalPoint(m.focalPoint, m.id(), Sector.ITU_D, m.focalPoint.getId());
        DesignatedFocalPoint replaced = dfp(m.organization, Sector.ITU_D);
        assertEquals(appointed.getId(), replaced.getId(), "one row per organization and sector");
        assertEquals(m.focalPoint.getId(), replaced.getAccount().getId());

        List<String> details = entries("DESIGNATED_FOCAL_POINT_SET", DesignatedFocalPoint.class, appointed.getId())
                .stream().map(AuditEntry::getDetail).toList();
        assertEquals(List.of("ITU-D: from nobody to Carla Colleague " + m.tag,
                "ITU-D: from Carla Colleague " + m.tag + " to Fiona Focal " + m.tag), details);
    }

    @Test
    void aDfpOnlyForASectorTheOrganizationIsInAndOnlyAnActiveApprovedContact() throws Exception {
        Member m = new Member();

        refused(m.organization.getName() + " does not take part in ITU-R.",
                () -> contacts.setDesignatedFocalPoint(m.focalPoint, m.id(), Sector.ITU_R, m.colleague.getId()));
        refused("Gus Gone " + m.tag + " must be an active user affiliated with",
                () -> contacts.setDesignatedFocalPoint(m.focalPoint, m.id(), Sector.ITU_D, m.gone.getId()));
        refused("Abe Applicant " + m.tag + " must be an active user affiliated with",
                () -> contacts.setDesignatedFocalPoint(m.focalPoint, m.id(), Sector.ITU_D, m.applicant.getId()));

        assertNull(dfp(m.organization, Sector.ITU_R));
        assertEquals(m.delegate.getId(), dfp(m.organization, Sector.ITU_D).getAccount().getId());
    }

    // --- isolation and staff ---------------------------------------------------------------------

    @Test
    void theFocalPointOfAnotherOrganizationIsRefusedEverythingWithNothingChanged() throws Exception {
        Member a = new Member();
        Member b = new Member();
        Account intruder = a.focalPoint;
        String notAContact = "This person is not a contact of " + a.organization.getName() + ".";
        String notYours = "Only the TIES Focal Point of " + b.organization.getName();

        // naming the other organization: the authority refuses
        refused(notYours, () -> contacts.page(intruder, b.id(), null, 0, 10));
        refused(notYours, () -> contacts.count(intruder, b.id(), null));
        refused(notYours, () -> contacts.grantTies(intruder, b.id(), b.colleagueAffiliation.getId(),
                b.colleagueAffiliation.getVersion()));
        refused(notYours, () -> contacts.revokeTies(intruder, b.id(), b.delegateAffiliation.getId(),
                b.delegateAffiliation.getVersion(), null));
        refused(notYours, () -> contacts.removeAffiliation(intruder, b.id(), b.delegateAffiliation.getId(),
                b.delegateAffiliation.getVersion(), null));
        refused(notYours, () -> contacts.designateTiesFocalPoint(intruder, b.id(), intruder.getId()));
        refused(notYours, () -> contacts.setDesignatedFocalPoint(intruder, b.id(), Sector.ITU_D, intruder.getId()));

        // naming their own organization with the other's ids: the ids are refused
        refused(notAContact, () -> contacts.grantTies(intruder, a.id(), b.colleagueAffiliation.getId(),
                b.colleagueAffiliation.getVersion()));
        refused(notAContact, () -> contacts.revokeTies(intruder, a.id(), b.delegateAffiliation.getId(),
                b.delegateAffiliation.getVersion(), null));
        refused(notAContact, () -> contacts.removeAffiliation(intruder, a.id(), b.delegateAffiliation.getId(),
                b.delegateAffiliation.getVersion(), null));
        refused("Dan Delegate " + b.tag + " must be an active user affiliated with " + a.organization.getName(),
                () -> contacts.designateTiesFocalPoint(intruder, a.id(), b.delegate.getId()));
        refused("Dan Delegate " + b.tag + " must be an active user affiliated with " + a.organization.getName(),
                () -> contacts.setDesignatedFocalPoint(intruder, a.id(), Sector.ITU_D, b.delegate.getId()));

        Organization untouched = em.find(Organization.class, b.id());
        assertEquals(b.focalPoint.getId(), untouched.getTiesFocalPoint().getId());
        assertEquals(a.focalPoint.getId(), em.find(Organization.class, a.id()).getTiesFocalPoint().getId());
        assertNull(affiliation(b.colleagueAffiliation).getTiesAccess());
        Affiliation delegate = affiliation(b.delegateAffiliation);
        assertEquals(AffiliationState.APPROVED, delegate.getState());
        assertEquals(TiesState.GRANTED, delegate.getTiesAccess().getState());
        assertEquals(b.delegateAffiliation.getVersion(), delegate.getVersion());
        assertEquals(b.delegate.getId(), dfp(b.organization, Sector.ITU_D).getAccount().getId());
        assertEquals(a.delegate.getId(), dfp(a.organization, Sector.ITU_D).getAccount().getId());
        for (Member m : List.of(a, b)) {
            assertTrue(audit.about(Organization.class, m.id()).isEmpty());
            assertTrue(audit.about(Affiliation.class, m.delegateAffiliation.getId()).isEmpty());
            assertTrue(audit.about(TiesAccess.class, m.delegateAffiliation.getTiesAccess().getId()).isEmpty());
            assertTrue(audit.about(Affiliation.class, m.colleagueAffiliation.getId()).isEmpty());
        }
    }

    @Test
    void staffActForAnyOrganizationAsItuFocalPoint() throws Exception {
        Member m = new Member();
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();

        assertTrue(authority.actFor(staff, m.id()).asItuFocalPoint());
        contacts.grantTies(staff, m.id(), m.colleagueAffiliation.getId(), m.colleagueAffiliation.getVersion());
        contacts.designateTiesFocalPoint(staff, m.id(), m.colleague.getId());

        TiesAccess ties = affiliation(m.colleagueAffiliation).getTiesAccess();
        assertEquals(TiesState.GRANTED, ties.getState());
        AuditEntry granted = only("TIES_ACCESS_GRANTED", TiesAccess.class, ties.getId());
        assertEquals(staff.getId(), granted.getActor().getId());
        assertEquals(m.id(), granted.getOnBehalfOf().getId());
        AuditEntry designated = only("TIES_FOCAL_POINT_DESIGNATED", Organization.class, m.id());
        assertEquals(staff.getId(), designated.getActor().getId());
        assertEquals(m.id(), designated.getOnBehalfOf().getId());
        assertEquals(m.colleague.getId(), em.find(Organization.class, m.id()).getTiesFocalPoint().getId());
    }
}
