package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.deactivation.Deactivation;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.OrganizationOversight;
import org.focalpoint.organizations.OverseenOrganization;
import org.focalpoint.organizations.OversightFilter;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff's list of organizations: without a TIES Focal Point, requests waiting too long, search and paging. */
@ExtendWith(ArquillianExtension.class)
class OrganizationOversightIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    OrganizationOversight oversight;

    @Inject
    Deactivation deactivation;

    /** Names share a tag per test, so a search by it sees only this test's organizations. */
    final String tag = "Oversight " + UUID.randomUUID().toString().substring(0, 8);

    private Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    private Organization organization(String name, MembershipCategory category) {
        Organization o = new Organization(tag + " " + name, "CH", category,
                category.isTiesEligible() ? EnumSet.of(Sector.ITU_T) : EnumSet.noneOf(Sector.class), Instant.now());
        em.persist(o);
        return o;
    }

    /** Requested at {@code requestedAt}, approved or not, TIES access asked at {@code tiesAskedAt} (null: never). */
    private Affiliation affiliation(Account account, Organization organization, Instant requestedAt, boolean approved,
                                    Instant tiesAskedAt) {
        Affiliation a = new Affiliation(account, organization, requestedAt);
        if (approved) {
            a.decide(AffiliationState.APPROVED, null, null, requestedAt);
        }
        if (tiesAskedAt != null) {
            a.requestTiesAccess(tiesAskedAt);
        }
        em.persist(a);
        return a;
    }

    private List<String> names(Account staff, OversightFilter filter) {
        return oversight.page(staff, filter, 0, 100).stream().map(OverseenOrganization::name).toList();
    }

    private OversightFilter withoutFocalPoint() {
        return new OversightFilter(tag, null, true, null);
    }

    private OversightFilter waitingLongerThan(int days) {
        return new OversightFilter(tag, null, false, days);
    }

    @Test
    void anOrganizationWhoseFocalPointDeactivatesTheirAccountIsListedWithoutOne() throws Exception {
        Account staff = staff();
        tx.begin();
        Organization led = organization("Led", MembershipCategory.SECTOR_MEMBER);
        Account focalPoint = TestData.activeAccount(em, TestData.uniqueEmail("leaving-focal"));
        affiliation(focalPoint, led, Instant.now(), true, null);
        led.designateTiesFocalPoint(focalPoint);
        organization("Never Led", MembershipCategory.ASSOCIATE);
        organization("Non Member", MembershipCategory.NON_MEMBER);
        Organization closed = organization("Closed", MembershipCategory.SECTOR_MEMBER);
        closed.deactivate();
        tx.commit();

        assertEquals(List.of(tag + " Never Led"), names(staff, withoutFocalPoint()),
                "active ITU Members without a TIES Focal Point only");

        deactivation.deactivate(focalPoint, focalPoint.getEmail());

        assertEquals(List.of(tag + " Led", tag + " Never Led"), names(staff, withoutFocalPoint()));
        assertEquals(2, oversight.count(staff, withoutFocalPoint()));
        OverseenOrganization line = oversight.page(staff, withoutFocalPoint(), 0, 1).get(0);
        assertNull(line.tiesFocalPoint());
        assertTrue(line.active());
    }

    @Test
    void anOrganizationWithARequestOlderThanNDaysIsListedWithItsCountAndOldestDate() throws Exception {
        Account staff = staff();
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        tx.begin();
        Organization slow = organization("Slow", MembershipCategory.SECTOR_MEMBER);
        Organization slowTies = organization("Slow Ties", MembershipCategory.SECTOR_MEMBER);
        Organization quick = organization("Quick", MembershipCategory.SECTOR_MEMBER);
        Instant now = Instant.now();
        affiliation(TestData.activeAccount(em, TestData.uniqueEmail("old")), slow, tenDaysAgo, false, now);
        affiliation(TestData.activeAccount(em, TestData.uniqueEmail("recent")), slow, now, false, null);
        affiliation(TestData.activeAccount(em, TestData.uniqueEmail("ties")), slowTies, now, true, tenDaysAgo);
        affiliation(TestData.activeAccount(em, TestData.uniqueEmail("fresh")), quick, threeDaysAgo, false, null);
        // decided long ago: waits on nobody
        affiliation(TestData.activeAccount(em, TestData.uniqueEmail("decided")), quick, tenDaysAgo, true, null);
        tx.commit();

        assertEquals(List.of(tag + " Slow", tag + " Slow Ties"), names(staff, waitingLongerThan(7)));
        assertEquals(List.of(tag + " Quick", tag + " Slow", tag + " Slow Ties"), names(staff, waitingLongerThan(2)));
        List<OverseenOrganization> lines = oversight.page(staff, waitingLongerThan(7), 0, 10);
        assertEquals(2, lines.get(0).pendingRequests(), "the old request and the recent one of Slow");
        assertEquals(tenDaysAgo, lines.get(0).waitingSince());
        assertEquals(1, lines.get(1).pendingRequests());
        assertEquals(tenDaysAgo, lines.get(1).waitingSince(), "a TIES-only request waits since it was asked");
        OverseenOrganization quickLine = oversight.page(staff, new OversightFilter(tag + " Quick", null, false, null),
                0, 10).get(0);
        assertEquals(1, quickLine.pendingRequests());
        assertEquals(threeDaysAgo, quickLine.waitingSince());
    }

    @Test
    void staffSearchByNameAndCategoryAndPage() throws Exception {
        Account staff = staff();
        tx.begin();
        organization("Alpha", MembershipCategory.SECTOR_MEMBER);
        organization("beta", MembershipCategory.ASSOCIATE);
        organization("Gamma", MembershipCategory.SECTOR_MEMBER);
        organization("100% Delta_", MembershipCategory.NON_MEMBER);
        tx.commit();

        assertEquals(4, oversight.count(staff, new OversightFilter(tag.toUpperCase(), null, false, null)));
        assertEquals(List.of(tag + " beta", tag + " Gamma"),
                oversight.page(staff, new OversightFilter(tag, null, false, null), 2, 2).stream()
                        .map(OverseenOrganization::name).toList(), "by name whatever the case, page 2");
        assertEquals(List.of(tag + " Alpha", tag + " Gamma"),
                names(staff, new OversightFilter(tag, MembershipCategory.SECTOR_MEMBER, false, null)));
        assertEquals(List.of(tag + " 100% Delta_"), names(staff, new OversightFilter(tag + " 100%", null, false, null)));
        assertEquals(0, oversight.count(staff, new OversightFilter(tag + " 1_0", null, false, null)),
                "% and _ are no wildcards");
    }

    @Test
    void onlyStaffOverseeAndTheNumberOfDaysMustMakeSense() throws Exception {
        Account staff = staff();
        tx.begin();
        Account plain = TestData.activeAccount(em, TestData.uniqueEmail("plain"));
        tx.commit();
        assertEquals("Only secretariat staff can manage organizations.",
                assertThrows(RuleViolation.class, () -> oversight.count(plain, withoutFocalPoint())).getMessage());
        assertThrows(RuleViolation.class, () -> oversight.page(plain, withoutFocalPoint(), 0, 10));
        assertEquals("Please enter a number of days from 0 to 3650.",
                assertThrows(RuleViolation.class, () -> oversight.count(staff, waitingLongerThan(-1))).getMessage());
    }
}
