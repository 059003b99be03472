package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.activity.AuditFilter;
import org.focalpoint.activity.AuditLine;
import org.focalpoint.activity.AuditScope;
import org.focalpoint.activity.AuditTrail;
import org.focalpoint.activity.ScopeChoice;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.Organization;
import org.focalpoint.tiesfocalpoint.Decided;
import org.focalpoint.tiesfocalpoint.RequestDecisions;
import org.focalpoint.time.DayRange;
import org.focalpoint.words.Words;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who reads which part of the audit trail, and how the filters narrow it. Each test starts from two
 * members, each with its focal point and one decided request (affiliation approved, TIES granted).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String EVERYTHING_REFUSED = "Only the ITU secretariat can see all activity.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog audit;

    @Inject
    RequestDecisions decisions;

    Organization orgA;
    Organization orgB;
    Account focalPointA;
    Account focalPointB;
    Account personA;
    Account personB;
    Account staff;
    List<Long> entriesA;
    List<Long> entriesB;

    @BeforeEach
    void twoMembersEachWithADecidedRequest() throws Exception {
        tx.begin();
        orgA = TestData.member(em);
        orgB = TestData.member(em);
        focalPointA = TestData.activeAccount(em, TestData.uniqueEmail("fp-a"));
        focalPointB = TestData.activeAccount(em, TestData.uniqueEmail("fp-b"));
        orgA.designateTiesFocalPoint(focalPointA);
        orgB.designateTiesFocalPoint(focalPointB);
        staff = TestData.staff(em);
        Affiliation requestA = request(orgA, "person-a");
        Affiliation requestB = request(orgB, "person-b");
        tx.commit();
        personA = requestA.getAccount();
        personB = requestB.getAccount();
        decisions.approve(focalPointA, orgA.getId(), List.of(new Decided(requestA.getId(), requestA.getVersion())));
        decisions.approve(focalPointB, orgB.getId(), List.of(new Decided(requestB.getId(), requestB.getVersion())));
        entriesA = entriesAbout(requestA);
        entriesB = entriesAbout(requestB);
        assertEquals(2, entriesA.size(), "affiliation approved and TIES access granted");
    }

    private Affiliation request(Organization organization, String who) {
        Account person = TestData.activeAccount(em, TestData.uniqueEmail(who));
        Affiliation affiliation = new Affiliation(person, organization, Instant.now());
        affiliation.requestTiesAccess(Instant.now());
        em.persist(affiliation);
        return affiliation;
    }

    private List<Long> entriesAbout(Affiliation request) {
        em.getEntityManagerFactory().getCache().evictAll();
        Affiliation fresh = em.find(Affiliation.class, request.getId());
        return java.util.stream.Stream.concat(audit.about(Affiliation.class, fresh.getId()).stream(),
                        audit.about(TiesAccess.class, fresh.getTiesAccess().getId()).stream())
                .map(AuditEntry::getId).toList();
    }

    private List<Long> ids(Account actor, AuditScope scope, AuditFilter filter) {
        return trail.page(actor, scope, filter, 0, 100).stream().map(AuditLine::id).toList();
    }

    private static AuditFilter kind(String kind) {
        return new AuditFilter(null, null, kind);
    }

    @Test
    void aPersonSeesWhatConcernsThemAndNotAnothersActivity() {
        List<Long> seen = ids(personA, AuditScope.own(), AuditFilter.NONE);
        assertTrue(seen.containsAll(entriesA), "decisions on their own requests: " + seen);
        assertTrue(seen.stream().noneMatch(entriesB::contains), "nothing about another person: " + seen);
        assertEquals(seen.size(), trail.count(personA, AuditScope.own(), AuditFilter.NONE));

        List<Long> byFocalPoint = ids(focalPointA, AuditScope.own(), AuditFilter.NONE);
        assertTrue(byFocalPoint.containsAll(entriesA), "what they did themselves");
        assertTrue(byFocalPoint.stream().noneMatch(entriesB::contains));
    }

    @Test
    void theFocalPointSeesTheirOrganizationsDecisions() {
        assertEquals(entriesA.stream().sorted().toList(),
                ids(focalPointA, AuditScope.organization(orgA.getId()), AuditFilter.NONE).stream().sorted().toList());
        assertEquals(2, trail.count(focalPointA, AuditScope.organization(orgA.getId()), AuditFilter.NONE));
        AuditLine newest = trail.page(focalPointA, AuditScope.organization(orgA.getId()), AuditFilter.NONE, 0, 1).get(0);
        assertEquals("TIES access granted", newest.what());
        assertEquals(orgA.getName(), newest.onBehalfOf());
        assertTrue(newest.who().contains(focalPointA.getEmail()), newest.who());
        assertTrue(newest.detail().contains(personA.getEmail()), newest.detail());
        AuditLine older = trail.page(focalPointA, AuditScope.organization(orgA.getId()), AuditFilter.NONE, 1, 1).get(0);
        assertEquals("Affiliation approved", older.what(), "newest first, pages do not overlap");

        assertEquals(List.of("What concerns me", orgA.getName()),
                trail.choices(focalPointA, null).stream().map(c -> c.label(Words.ENGLISH)).toList(), "no Everything");
    }

    @Test
    void aForeignOrganizationIsRefusedAndNothingIsShown() {
        String refusal = "Only the TIES Focal Point of " + orgB.getName() + " or the ITU secretariat can do this.";
        AuditScope foreign = AuditScope.organization(orgB.getId());
        assertEquals(refusal, assertThrows(RuleViolation.class,
                () -> trail.page(focalPointA, foreign, AuditFilter.NONE, 0, 25)).getMessage());
        assertEquals(refusal, assertThrows(RuleViolation.class,
                () -> trail.count(focalPointA, foreign, AuditFilter.NONE)).getMessage());
        assertEquals(refusal, assertThrows(RuleViolation.class,
                () -> trail.choices(focalPointA, orgB.getId())).getMessage());
        assertEquals(EVERYTHING_REFUSED, assertThrows(RuleViolation.class,
                () -> trail.page(focalPointA, AuditScope.everything(), AuditFilter.NONE, 0, 25)).getMessage());
        assertEquals(EVERYTHING_REFUSED, assertThrows(RuleViolation.class,
                () -> trail.count(personA, AuditScope.everything(), AuditFilter.NONE)).getMessage());
        assertEquals("This organization does not exist.", assertThrows(RuleViolation.class,
                () -> trail.page(focalPointA, AuditScope.organization(-1L), AuditFilter.NONE, 0, 25)).getMessage());
    }

    @Test
    void staffSeeEverythingAndAnyOrganization() {
        List<Long> newest = ids(staff, AuditScope.everything(), AuditFilter.NONE);
        assertTrue(newest.containsAll(entriesA) && newest.containsAll(entriesB), newest.toString());
        assertTrue(trail.count(staff, AuditScope.everything(), AuditFilter.NONE) >= 4);
        assertEquals(entriesB.stream().sorted().toList(),
                ids(staff, AuditScope.organization(orgB.getId()), AuditFilter.NONE).stream().sorted().toList());
        List<String> choices = trail.choices(staff, orgB.getId()).stream().map(c -> c.label(Words.ENGLISH)).toList();
        assertTrue(choices.contains(orgB.getName()) && choices.contains("Everything"), choices.toString());
    }

    @Test
    void eachFilterNarrows() {
        AuditScope a = AuditScope.organization(orgA.getId());
        assertEquals(1, trail.count(focalPointA, a, kind(AuditAction.TIES_ACCESS_GRANTED.name())));
        assertEquals("TIES access granted",
                trail.page(focalPointA, a, kind(AuditAction.TIES_ACCESS_GRANTED.name()), 0, 10).get(0).what());
        assertEquals("Affiliation approved", trail.page(focalPointA, a, kind("AFFILIATIONS"), 0, 10).get(0).what());
        assertEquals(1, trail.count(focalPointA, a, kind("AFFILIATIONS")));
        assertEquals(0, trail.count(focalPointA, a, kind("FOCAL_POINT_ROLES")));
        assertEquals(0, trail.count(focalPointA, a, kind("OTHER")), "a group with no action matches nothing");

        String actorPart = focalPointA.getEmail().substring(0, 20).toUpperCase(Locale.ROOT);
        assertEquals(2, trail.count(staff, AuditScope.everything(), new AuditFilter(null, actorPart, null)),
                "part of the actor's e-mail, whatever the case");
        assertEquals(0, trail.count(focalPointA, a, new AuditFilter(null, focalPointB.getEmail(), null)));
        assertEquals(0, trail.count(focalPointA, a, new AuditFilter(null, "%", null)), "typed % is literal");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(2, trail.count(focalPointA, a, new AuditFilter(new DayRange(today, today, null), null, null)), "both days included");
        assertEquals(0, trail.count(focalPointA, a, new AuditFilter(new DayRange(null, today.minusDays(1), null), null, null)));
        assertEquals(0, trail.count(focalPointA, a, new AuditFilter(new DayRange(today.plusDays(1), null, null), null, null)));
        assertEquals(1, trail.count(focalPointA, a,
                new AuditFilter(new DayRange(today, today, null), focalPointA.getEmail(), AuditAction.AFFILIATION_APPROVED.name())));
    }

    @Test
    void badFilterInputGetsAClearMessage() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AuditFilter backwards = new AuditFilter(new DayRange(today, today.minusDays(1), null), null, null);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> trail.page(focalPointA, AuditScope.organization(orgA.getId()), backwards, 0, 25));
        assertTrue(refused.getMessage().startsWith("The first day (" + today + ") is after the last day"),
                refused.getMessage());
        refused = assertThrows(RuleViolation.class,
                () -> trail.count(personA, AuditScope.own(), kind("SOMETHING_ELSE")));
        assertEquals("There is no kind of activity called \"SOMETHING_ELSE\": please pick one from the list.",
                refused.getMessage());
        assertFalse(trail.page(personA, AuditScope.own(), AuditFilter.NONE, 0, 25).isEmpty(), "nothing was lost");
    }
}
