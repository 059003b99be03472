package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.delegation.DelegationLine;
import org.focalpoint.delegation.RegistrationDecisions;
import org.focalpoint.delegation.RegistrationQueue;
import org.focalpoint.delegation.RegistrationSort;
import org.focalpoint.delegation.SeenRegistration;
import org.focalpoint.delegation.WaitingRegistration;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DFP's registration queue: who may decide, all or nothing, one decision per registration. */
@ExtendWith(ArquillianExtension.class)
class RegistrationDecisionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RegistrationQueue queue;

    @Inject
    RegistrationDecisions decisions;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    Organization orgA;
    Organization orgB;
    Account dfpA;
    Account dfpB;
    Account staff;
    Event sgT;
    Event sgR;

    @BeforeEach
    void twoMembersWithTheirDesignatedFocalPoints() throws Exception {
        tx.begin();
        orgA = TestData.organization(em, "Member " + UUID.randomUUID(), MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T, Sector.ITU_R));
        orgB = TestData.member(em);
        dfpA = TestData.activeAccount(em, TestData.uniqueEmail("dfp-a"));
        dfpB = TestData.activeAccount(em, TestData.uniqueEmail("dfp-b"));
        em.persist(new DesignatedFocalPoint(orgA, Sector.ITU_T, dfpA, Instant.now()));
        em.persist(new DesignatedFocalPoint(orgB, Sector.ITU_T, dfpB, Instant.now()));
        staff = TestData.staff(em);
        sgT = TestData.studyGroupEnding(em, LocalDate.now().plusDays(40));
        Instant opens = Instant.now().minus(Duration.ofDays(10));
        sgR = new Event(Sector.ITU_R, EventKind.STUDY_GROUP, "WP " + UUID.randomUUID(),
                LocalDate.now().plusDays(30), LocalDate.now().plusDays(32), opens, opens.plus(Duration.ofDays(20)),
                        Instant.now());
        em.persist(sgR);
        tx.commit();
    }

    /** A delegate of {@code organization}, approved, registered for {@code event} in {@code state}. */
    private Registration registered(Organization organization, Event event, String given, RegistrationState state)
            throws Exception {
        tx.begin();
        Account delegate = new Account(TestData.uniqueEmail(given.toLowerCase()), "not-a-usable-hash", given,
                "Delegate", Instant.now());
        delegate.activate();
        em.persist(delegate);
        Affiliation affiliation = new Affiliation(delegate, em.find(Organization.class, organization.getId()),
                Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        Registration registration = TestData.registration(em, em.find(Event.class, event.getId()), affiliation, state);
        tx.commit();
        return registration;
    }

    private Registration reload(Registration registration) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Registration.class, registration.getId());
    }

    private static SeenRegistration seen(Registration registration) {
        return new SeenRegistration(registration.getId(), registration.getVersion());
    }

    private void assertUndecided(Registration registration) {
        Registration fresh = reload(registration);
        assertEquals(RegistrationState.PENDING_APPROVAL, fresh.getState());
        assertEquals(registration.getVersion(), fresh.getVersion());
        assertTrue(audit.about(Registration.class, registration.getId()).isEmpty());
    }

    @Test
    void theDfpApprovesAndTheDelegateIsTold() throws Exception {
        Registration registration = registered(orgA, sgT, "Approved", RegistrationState.PENDING_APPROVAL);

        decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(seen(registration)));

        Registration fresh = reload(registration);
        assertEquals(RegistrationState.APPROVED, fresh.getState());
        assertEquals(dfpA.getId(), fresh.getDecision().getBy().getId());
        assertEquals("Approved by the Designated Focal Point", fresh.getBasis());
        AuditEntry entry = audit.about(Registration.class, registration.getId()).get(0);
        assertEquals(AuditAction.REGISTRATION_APPROVED.name(), entry.getAction());
        assertEquals(orgA.getId(), entry.getOnBehalfOf().getId());
        Mailbox.Mail mail = Mailbox.await(registration.getAccount().getEmail(), "Your registration for " + sgT.getTitle());
        assertTrue(mail.subject().endsWith(": approved"), mail.subject());
    }

    @Test
    void aRejectionKeepsTheReasonAndTheDelegateReadsIt() throws Exception {
        Registration first = registered(orgA, sgT, "Rejected", RegistrationState.PENDING_APPROVAL);
        Registration second = registered(orgA, sgT, "AlsoRejected", RegistrationState.PENDING_APPROVAL);

        decisions.reject(dfpA, orgA.getId(), Sector.ITU_T, List.of(seen(first), seen(second)), "  No budget.  ");

        for (Registration registration : List.of(first, second)) {
            Registration fresh = reload(registration);
            assertEquals(RegistrationState.REJECTED, fresh.getState());
            assertEquals("No budget.", fresh.getDecision().getReason());
            AuditEntry entry = audit.about(Registration.class, registration.getId()).get(0);
            assertEquals(AuditAction.REGISTRATION_REJECTED.name(), entry.getAction());
            assertEquals("No budget.", entry.getReason());
            Mailbox.Mail mail = Mailbox.await(registration.getAccount().getEmail(), "Your registration for " + sgT.getTitle());
            assertTrue(mail.subject().endsWith(": not approved"), mail.subject());
            assertTrue(mail.body().contains("Reason: No budget."), mail.body());
        }
    }

    @Test
    void rejectingWithoutAReasonIsRefusedAndNothingChanges() throws Exception {
        Registration registration = registered(orgA, sgT, "NoReason", RegistrationState.PENDING_APPROVAL);

        for (String reason : new String[]{null, "", "   "}) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> decisions.reject(dfpA, orgA.getId(), Sector.ITU_T, List.of(seen(registration)), reason));
            assertEquals("Please give a reason: the delegate will read it.", refused.getMessage());
        }
        assertUndecided(registration);
    }

    @Test
    void aDfpCannotDecideForAnotherOrganization() throws Exception {
        Registration ofB = registered(orgB, sgT, "Foreign", RegistrationState.PENDING_APPROVAL);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.approve(dfpA, orgB.getId(), Sector.ITU_T, List.of(seen(ofB))));
        assertTrue(refused.getMessage().startsWith("Only the Designated Focal Point of " + orgB.getName()), refused.getMessage());
        RuleViolation notOurs = assertThrows(RuleViolation.class,
                () -> decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(seen(ofB))));
        assertTrue(notOurs.getMessage().contains("is not a registration of " + orgA.getName()), notOurs.getMessage());
        assertThrows(RuleViolation.class, () -> queue.page(dfpA, orgB.getId(), Sector.ITU_T, null, null, true, 0, 10));
        assertThrows(RuleViolation.class, () -> queue.count(dfpA, orgB.getId(), Sector.ITU_T, null));
        assertThrows(RuleViolation.class, () -> queue.delegation(dfpA, orgB.getId(), Sector.ITU_T, 0, 10));
        assertUndecided(ofB);
    }

    @Test
    void aDfpForItuTCannotDecideTheSameMembersItuRRegistrations() throws Exception {
        Registration toR = registered(orgA, sgR, "OtherSector", RegistrationState.PENDING_APPROVAL);
        Registration toT = registered(orgA, sgT, "OwnSector", RegistrationState.PENDING_APPROVAL);

        assertThrows(RuleViolation.class,
                () -> decisions.approve(dfpA, orgA.getId(), Sector.ITU_R, List.of(seen(toR))));
        // Through the sector they hold, a registration to an ITU-R event is not theirs; the whole lot is refused.
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(seen(toT), seen(toR))));
        assertTrue(refused.getMessage().contains("to an ITU-T event: nothing was decided."), refused.getMessage());
        assertThrows(RuleViolation.class, () -> queue.count(dfpA, orgA.getId(), Sector.ITU_R, null));
        assertUndecided(toR);
        assertUndecided(toT);
    }

    @Test
    void staffDecideOnTheMembersBehalfAndTheAuditSaysSo() throws Exception {
        Registration registration = registered(orgB, sgT, "ByStaff", RegistrationState.PENDING_APPROVAL);

        decisions.approve(staff, orgB.getId(), Sector.ITU_T, List.of(seen(registration)));

        Registration fresh = reload(registration);
        assertEquals(RegistrationState.APPROVED, fresh.getState());
        assertEquals("Approved by the ITU secretariat", fresh.getBasis());
        AuditEntry entry = audit.about(Registration.class, registration.getId()).get(0);
        assertEquals(staff.getId(), entry.getActor().getId());
        assertEquals(orgB.getId(), entry.getOnBehalfOf().getId());
        assertTrue(entry.getDetail().endsWith("decided by the secretariat"), entry.getDetail());
        Mailbox.Mail mail = Mailbox.await(registration.getAccount().getEmail(), "Your registration for " + sgT.getTitle());
        assertTrue(mail.body().contains("the ITU secretariat on behalf of " + orgB.getName()), mail.body());
    }

    @Test
    void aWithdrawnRegistrationCannotBeApproved() throws Exception {
        Registration registration = registered(orgA, sgT, "Withdrawn", RegistrationState.PENDING_APPROVAL);
        SeenRegistration seenPending = seen(registration);
        tx.begin();
        Registration withdrawn = em.find(Registration.class, registration.getId());
        withdrawn.decide(RegistrationState.WITHDRAWN, "Withdrawn by the delegate", withdrawn.getAccount(), null,
                Instant.now());
        tx.commit();

        for (SeenRegistration item : List.of(seenPending, seen(reload(registration)))) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(item)));
            assertTrue(refused.getMessage().contains("was withdrawn"), refused.getMessage());
        }
        assertEquals(RegistrationState.WITHDRAWN, reload(registration).getState());
        assertTrue(audit.about(Registration.class, registration.getId()).isEmpty());
    }

    @Test
    void aStaleListIsToldWhoDecidedAlready() throws Exception {
        Registration registration = registered(orgA, sgT, "Stale", RegistrationState.PENDING_APPROVAL);
        SeenRegistration seenByBoth = seen(registration);
        decisions.approve(staff, orgA.getId(), Sector.ITU_T, List.of(seenByBoth));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.reject(dfpA, orgA.getId(), Sector.ITU_T, List.of(seenByBoth), "Too late."));

        assertTrue(refused.getMessage().contains("Already decided by " + staff.getFullName() + " on "), refused.getMessage());
        assertEquals(RegistrationState.APPROVED, reload(registration).getState());
    }

    @Test
    void twoDecidingAtOnceOneStandsTheOtherIsToldWho() throws Exception {
        Registration registration = registered(orgA, sgT, "Race", RegistrationState.PENDING_APPROVAL);
        SeenRegistration seenByBoth = seen(registration);
        Race.Outcome<String> race = Race.run(executor, () -> {
            decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(seenByBoth));
            return "approved";
        }, () -> {
            decisions.reject(staff, orgA.getId(), Sector.ITU_T, List.of(seenByBoth), "Not known.");
            return "rejected";
        });
        List<String> stood = race.stood();
        List<String> told = race.refused();
        assertEquals(1, stood.size(), race.toString());
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("Already decided by "), told.get(0));
        boolean approved = stood.get(0).equals("approved");
        assertTrue(told.get(0).contains("Already decided by " + (approved ? dfpA : staff).getFullName()), told.get(0));
        assertEquals(approved ? RegistrationState.APPROVED : RegistrationState.REJECTED, reload(registration).getState());
        assertEquals(1, audit.about(Registration.class, registration.getId()).size());
    }

    @Test
    void theQueueShowsWhatTheDfpJudgesByPageByPage() throws Exception {
        Registration first = registered(orgA, sgT, "Zelda", RegistrationState.PENDING_APPROVAL);
        Registration second = registered(orgA, sgT, "Yannick", RegistrationState.PENDING_APPROVAL);
        registered(orgA, sgR, "OtherSector", RegistrationState.PENDING_APPROVAL);
        registered(orgB, sgT, "Elsewhere", RegistrationState.PENDING_APPROVAL);
        Registration approved = registered(orgA, sgT, "Approved", RegistrationState.AUTO_APPROVED);
        // Zelda also goes to the ITU-R meeting and asked for TIES access
        tx.begin();
        Registration zelda = em.find(Registration.class, first.getId());
        em.persist(zelda.getAffiliation().requestTiesAccess(Instant.now()));
        em.persist(new Registration(em.find(Event.class, sgR.getId()), zelda.getAccount(), zelda.getAffiliation(),
                Instant.now()));
        tx.commit();

        assertEquals(2, queue.count(dfpA, orgA.getId(), Sector.ITU_T, null));
        List<WaitingRegistration> all = queue.page(dfpA, orgA.getId(), Sector.ITU_T, null,
                RegistrationSort.REGISTERED_SINCE, true, 0, 10);
        assertEquals(List.of(first.getId(), second.getId()), all.stream().map(WaitingRegistration::registrationId).toList());
        assertEquals("Zelda Delegate", all.get(0).delegateName());
        assertEquals(sgT.getTitle(), all.get(0).eventTitle());
        assertEquals("TIES access requested", all.get(0).tiesLabel());
        assertEquals(1, all.get(0).otherRegistrations());
        assertEquals("No TIES access", all.get(1).tiesLabel());
        assertEquals(0, all.get(1).otherRegistrations());

        assertEquals(List.of(second.getId()), queue.page(dfpA, orgA.getId(), Sector.ITU_T, null,
                RegistrationSort.REGISTERED_SINCE, true, 1, 1).stream().map(WaitingRegistration::registrationId).toList());
        assertEquals(1, queue.count(staff, orgA.getId(), Sector.ITU_T, "zELDA"));
        assertEquals(0, queue.count(dfpA, orgA.getId(), Sector.ITU_T, "%"));
        assertEquals(2, queue.page(dfpA, orgA.getId(), Sector.ITU_T, null, RegistrationSort.DELEGATE, false, 0, 10).size());

        // the delegation shows every state of the sector's upcoming events
        assertEquals(3, queue.delegationCount(dfpA, orgA.getId(), Sector.ITU_T));
        List<DelegationLine> delegation = queue.delegation(dfpA, orgA.getId(), Sector.ITU_T, 0, 10);
        assertTrue(delegation.stream().anyMatch(l -> l.registrationId().equals(approved.getId())
                && l.state() == RegistrationState.AUTO_APPROVED), delegation.toString());
    }
}
