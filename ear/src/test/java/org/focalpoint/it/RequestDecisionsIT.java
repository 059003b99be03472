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
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.Organization;
import org.focalpoint.tiesfocalpoint.Decided;
import org.focalpoint.tiesfocalpoint.PendingRequest;
import org.focalpoint.tiesfocalpoint.RequestDecisions;
import org.focalpoint.tiesfocalpoint.RequestQueue;
import org.focalpoint.tiesfocalpoint.SortKey;
import org.focalpoint.words.Words;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TIES Focal Point's queue: who may decide, all or nothing, one decision per request. */
@ExtendWith(ArquillianExtension.class)
class RequestDecisionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RequestQueue queue;

    @Inject
    RequestDecisions decisions;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    Organization orgA;
    Organization orgB;
    Account focalPointA;
    Account focalPointB;
    Account staff;

    @BeforeEach
    void twoMembersWithTheirFocalPoints() throws Exception {
        tx.begin();
        orgA = TestData.member(em);
        orgB = TestData.member(em);
        focalPointA = TestData.activeAccount(em, TestData.uniqueEmail("fp-a"));
        focalPointB = TestData.activeAccount(em, TestData.uniqueEmail("fp-b"));
        orgA.designateTiesFocalPoint(focalPointA);
        orgB.designateTiesFocalPoint(focalPointB);
        staff = TestData.staff(em);
        tx.commit();
    }

    /** A person asking {@code organization} for an affiliation, with TIES access if {@code ties}. */
    private Affiliation request(Organization organization, String given, boolean ties) throws Exception {
        tx.begin();
        Account person = new Account(TestData.uniqueEmail(given.toLowerCase()), "not-a-usable-hash", given, "Tester",
                Instant.now());
        person.activate();
        em.persist(person);
        Affiliation affiliation = new Affiliation(person, em.find(Organization.class, organization.getId()),
                Instant.now());
        if (ties) {
            affiliation.requestTiesAccess(Instant.now());
        }
        em.persist(affiliation);
        tx.commit();
        return affiliation;
    }

    /** An approved affiliation whose person now asks for TIES access only. */
    private Affiliation tiesOnly(Organization organization) throws Exception {
        tx.begin();
        Account person = TestData.activeAccount(em, TestData.uniqueEmail("ties-only"));
        Affiliation affiliation = new Affiliation(person, em.find(Organization.class, organization.getId()),
                Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        affiliation.requestTiesAccess(Instant.now());
        em.persist(affiliation);
        tx.commit();
        return affiliation;
    }

    private Affiliation reload(Affiliation affiliation) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Affiliation.class, affiliation.getId());
    }

    private static Decided seen(Affiliation affiliation) {
        return new Decided(affiliation.getId(), affiliation.getVersion());
    }

    private void assertUndecided(Affiliation affiliation) {
        Affiliation fresh = reload(affiliation);
        assertEquals(AffiliationState.REQUESTED, fresh.getState());
        assertEquals(affiliation.getVersion(), fresh.getVersion());
        if (fresh.getTiesAccess() != null) {
            assertEquals(TiesState.REQUESTED, fresh.getTiesAccess().getState());
        }
        assertTrue(audit.about(Affiliation.class, affiliation.getId()).stream()
                .noneMatch(e -> e.getAction().startsWith("AFFILIATION_APPROVED") || e.getAction().startsWith("AFFILIATION_REJECTED")));
    }

    @Test
    void theFocalPointApprovesAffiliationAndTiesAccessInOneGo() throws Exception {
        Affiliation request = request(orgA, "Approved", true);

        decisions.approve(focalPointA, orgA.getId(), List.of(seen(request)));

        Affiliation fresh = reload(request);
        assertEquals(AffiliationState.APPROVED, fresh.getState());
        assertEquals(TiesState.GRANTED, fresh.getTiesAccess().getState());
        assertEquals(focalPointA.getId(), fresh.getDecision().getBy().getId());
        assertEquals(focalPointA.getId(), fresh.getTiesAccess().getDecision().getBy().getId());
        List<AuditEntry> tiesEntries = audit.about(TiesAccess.class, fresh.getTiesAccess().getId());
        assertTrue(tiesEntries.stream().anyMatch(e -> e.getAction().equals(AuditAction.TIES_ACCESS_GRANTED.name())));
        Mailbox.Mail mail = Mailbox.await(request.getAccount().getEmail(), "Your request to join " + orgA.getName());
        assertTrue(mail.subject().endsWith(": approved"), mail.subject());
    }

    @Test
    void aRejectionWithAReasonRejectsBothAndTheRequesterReadsTheReason() throws Exception {
        Affiliation request = request(orgA, "Rejected", true);

        decisions.reject(focalPointA, orgA.getId(), List.of(seen(request)), "  We do not know you.  ");

        Affiliation fresh = reload(request);
        assertEquals(AffiliationState.REJECTED, fresh.getState());
        assertEquals(TiesState.REJECTED, fresh.getTiesAccess().getState());
        assertEquals("We do not know you.", fresh.getDecision().getReason());
        AuditEntry entry = audit.about(Affiliation.class, request.getId()).stream()
                .filter(e -> e.getAction().equals(AuditAction.AFFILIATION_REJECTED.name())).findFirst().orElseThrow();
        assertEquals("We do not know you.", entry.getReason());
        assertEquals(orgA.getId(), entry.getOnBehalfOf().getId());
        Mailbox.Mail mail = Mailbox.await(request.getAccount().getEmail(), "Your request to join " + orgA.getName());
        assertTrue(mail.subject().endsWith(": not approved"), mail.subject());
        assertTrue(mail.body().contains("We do not know you."), mail.body());
    }

    @Test
    void rejectingATiesRequestLeavesTheApprovedAffiliation() throws Exception {
        Affiliation request = tiesOnly(orgA);

        decisions.reject(focalPointA, orgA.getId(), List.of(seen(request)), "Not a delegate.");

        Affiliation fresh = reload(request);
        assertEquals(AffiliationState.APPROVED, fresh.getState());
        assertEquals(TiesState.REJECTED, fresh.getTiesAccess().getState());
    }

    @Test
    void rejectingWithoutAReasonIsRefusedAndNothingChanges() throws Exception {
        Affiliation request = request(orgA, "NoReason", true);

        for (String reason : new String[]{null, "", "   "}) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> decisions.reject(focalPointA, orgA.getId(), List.of(seen(request)), reason));
            assertEquals("Please give a reason: the person will read it.", refused.getMessage());
        }
        assertUndecided(request);
    }

    @Test
    void aFocalPointCannotDecideAnotherOrganizationsRequest() throws Exception {
        Affiliation requestToB = request(orgB, "Foreign", true);

        // Through B's id: A is not B's focal point.
        assertThrows(RuleViolation.class, () -> decisions.approve(focalPointA, orgB.getId(), List.of(seen(requestToB))));
        // Through A's own id with B's request: not one of A's requests.
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.approve(focalPointA, orgA.getId(), List.of(seen(requestToB))));
        assertTrue(refused.getMessage().contains("is not a request to " + orgA.getName()), refused.getMessage());
        assertThrows(RuleViolation.class, () -> queue.page(focalPointA, orgB.getId(), null, SortKey.NAME, true, 0, 10));
        assertThrows(RuleViolation.class, () -> queue.count(focalPointA, orgB.getId(), null));
        assertUndecided(requestToB);
    }

    @Test
    void aListMixingOwnAndForeignRequestsChangesNothing() throws Exception {
        Affiliation own = request(orgA, "Own", true);
        Affiliation foreign = request(orgB, "Foreign", true);

        assertThrows(RuleViolation.class,
                () -> decisions.approve(focalPointA, orgA.getId(), List.of(seen(own), seen(foreign))));
        assertThrows(RuleViolation.class,
                () -> decisions.reject(focalPointA, orgA.getId(), List.of(seen(own), seen(foreign)), "No."));

        assertUndecided(own);
        assertUndecided(foreign);
    }

    @Test
    void staffDecideForAnyOrganizationOnItsBehalf() throws Exception {
        Affiliation request = request(orgB, "ByStaff", true);

        decisions.approve(staff, orgB.getId(), List.of(seen(request)));

        Affiliation fresh = reload(request);
        assertEquals(AffiliationState.APPROVED, fresh.getState());
        AuditEntry entry = audit.about(Affiliation.class, request.getId()).stream()
                .filter(e -> e.getAction().equals(AuditAction.AFFILIATION_APPROVED.name())).findFirst().orElseThrow();
        assertEquals(orgB.getId(), entry.getOnBehalfOf().getId());
        assertEquals(staff.getId(), entry.getActor().getId());
    }

    @Test
    void aStaleListIsToldWhoDecidedAlready() throws Exception {
        Affiliation request = request(orgA, "Stale", true);
        Decided seenByBoth = seen(request);
        decisions.approve(staff, orgA.getId(), List.of(seenByBoth));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.reject(focalPointA, orgA.getId(), List.of(seenByBoth), "Too late."));

        assertTrue(refused.getMessage().contains("Already decided by " + staff.getFullName() + " on "), refused.getMessage());
        Affiliation fresh = reload(request);
        assertEquals(AffiliationState.APPROVED, fresh.getState());
        assertEquals(TiesState.GRANTED, fresh.getTiesAccess().getState());
    }

    @Test
    void aStaleTiesOnlyRequestIsRefusedToo() throws Exception {
        Affiliation request = tiesOnly(orgA);
        Decided seenByBoth = seen(request);
        decisions.approve(staff, orgA.getId(), List.of(seenByBoth));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.reject(focalPointA, orgA.getId(), List.of(seenByBoth), "Too late."));

        assertTrue(refused.getMessage().contains("Already decided by " + staff.getFullName()), refused.getMessage());
        assertEquals(TiesState.GRANTED, reload(request).getTiesAccess().getState());
    }

    @Test
    void aWithdrawnRequestCannotBeDecided() throws Exception {
        Affiliation request = request(orgA, "Withdrawn", false);
        tx.begin();
        Affiliation withdrawn = em.find(Affiliation.class, request.getId());
        withdrawn.decide(AffiliationState.REMOVED, withdrawn.getAccount(), "Withdrawn", Instant.now());
        tx.commit();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> decisions.approve(focalPointA, orgA.getId(), List.of(seen(reload(request)))));

        assertTrue(refused.getMessage().endsWith("This request was withdrawn."), refused.getMessage());
        assertEquals(AffiliationState.REMOVED, reload(request).getState());
    }

    @Test
    void twoFocalPointsDecidingAtOnceOneStandsTheOtherIsTold() throws Exception {
        Affiliation request = request(orgA, "Race", true);
        Decided seenByBoth = seen(request);
        Race.Outcome<String> race = Race.run(executor, () -> {
            decisions.approve(focalPointA, orgA.getId(), List.of(seenByBoth));
            return "approved";
        }, () -> {
            decisions.reject(staff, orgA.getId(), List.of(seenByBoth), "Not known.");
            return "rejected";
        });
        List<String> stood = race.stood();
        List<String> told = race.refused();
        assertEquals(1, stood.size(), race.toString());
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("Already decided by "), told.get(0));
        Affiliation fresh = reload(request);
        boolean approved = stood.get(0).equals("approved");
        assertEquals(approved ? AffiliationState.APPROVED : AffiliationState.REJECTED, fresh.getState());
        assertEquals(approved ? TiesState.GRANTED : TiesState.REJECTED, fresh.getTiesAccess().getState());
        long decisionsRecorded = audit.about(Affiliation.class, request.getId()).stream()
                .filter(e -> e.getAction().startsWith("AFFILIATION_APPROVED") || e.getAction().startsWith("AFFILIATION_REJECTED"))
                .count();
        assertEquals(1, decisionsRecorded);
    }

    @Test
    void theQueueListsPendingRequestsPageByPageWithFilterAndCount() throws Exception {
        Affiliation first = request(orgA, "Zelda", true);
        Affiliation second = request(orgA, "Yannick", false);
        Affiliation third = tiesOnly(orgA);
        request(orgB, "Elsewhere", true);
        Affiliation decided = request(orgA, "Decided", false);
        decisions.approve(focalPointA, orgA.getId(), List.of(seen(decided)));

        assertEquals(3, queue.count(focalPointA, orgA.getId(), null));
        List<PendingRequest> all = queue.page(focalPointA, orgA.getId(), null, SortKey.REQUESTED_SINCE, true, 0, 10);
        assertEquals(List.of(first.getId(), second.getId(), third.getId()),
                all.stream().map(PendingRequest::affiliationId).toList());
        assertEquals("Affiliation and TIES access", all.get(0).asked().label(Words.ENGLISH));
        assertEquals("Affiliation", all.get(1).asked().label(Words.ENGLISH));
        assertEquals("TIES access", all.get(2).asked().label(Words.ENGLISH));
        assertEquals("Zelda Tester", all.get(0).personName());

        List<PendingRequest> secondPage = queue.page(focalPointA, orgA.getId(), null, SortKey.REQUESTED_SINCE, true, 1, 1);
        assertEquals(List.of(second.getId()), secondPage.stream().map(PendingRequest::affiliationId).toList());

        assertEquals(1, queue.count(focalPointA, orgA.getId(), "zELDA"));
        List<PendingRequest> byMail = queue.page(staff, orgA.getId(), first.getAccount().getEmail().toUpperCase(),
                SortKey.EMAIL, false, 0, 10);
        assertEquals(List.of(first.getId()), byMail.stream().map(PendingRequest::affiliationId).toList());
        assertEquals(0, queue.count(focalPointA, orgA.getId(), "%"));

        List<PendingRequest> byNameDescending = queue.page(focalPointA, orgA.getId(), null, SortKey.NAME, false, 0, 10);
        assertEquals(3, byNameDescending.size());
    }
}
