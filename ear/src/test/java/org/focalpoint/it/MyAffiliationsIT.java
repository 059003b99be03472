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
import org.focalpoint.affiliations.MyAffiliation;
import org.focalpoint.affiliations.MyAffiliations;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's own affiliations through the service, against the real server: what works, and what is refused. */
@ExtendWith(ArquillianExtension.class)
class MyAffiliationsIT {

    private static final String CHANGED_MEANWHILE =
            "Someone else changed this organization's data in the meantime. Please review it and save again.";
    private static final String NOT_YOURS = "This is not one of your affiliations.";
    private static final String CHOOSE_FROM_LIST = "Please choose your organization from the list.";
    private static final String TIES_NOT_ELIGIBLE =
            "TIES access is only available to ITU Members (Member States, Sector Members, Associates and Academia).";
    private static final String ALREADY_DECIDED = "This request has already been decided.";
    private static final String MEMBER_DATA = "Only secretariat staff can change a member organization's data.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    MyAffiliations myAffiliations;

    @Inject
    AuditLog audit;

    private <T> T given(Callable<T> setup) throws Exception {
        tx.begin();
        T result = setup.call();
        tx.commit();
        return result;
    }

    private Account person() throws Exception {
        return given(() -> TestData.activeAccount(em, TestData.uniqueEmail("member")));
    }

    private Organization nonMember() throws Exception {
        return given(() -> {
            Organization o = new Organization("Non-member " + UUID.randomUUID(), "FR", MembershipCategory.NON_MEMBER,
                    EnumSet.noneOf(Sector.class), Instant.now());
            em.persist(o);
            return o;
        });
    }

    private Organization member() throws Exception {
        return given(() -> TestData.member(em));
    }

    /** An affiliation as the focal point left it: {@code ties} null for none requested. */
    private Affiliation affiliation(Account account, Organization organization, AffiliationState state, TiesState ties)
            throws Exception {
        return given(() -> {
            Affiliation a = new Affiliation(em.find(Account.class, account.getId()),
                    em.find(Organization.class, organization.getId()), Instant.now());
            if (ties != null) {
                a.requestTiesAccess(Instant.now());
                if (ties != TiesState.REQUESTED) {
                    a.getTiesAccess().decide(ties, TestData.staff(em), "decided by the test", Instant.now());
                }
            }
            if (state != a.getState()) {
                a.decide(state, TestData.staff(em), "decided by the test", Instant.now());
            }
            em.persist(a);
            return a;
        });
    }

    private Affiliation reload(Affiliation a) {
        return em.find(Affiliation.class, a.getId());
    }

    private List<Affiliation> affiliationsOf(Account account) {
        return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class).setParameter("account", account)
                .getResultList();
    }

    private List<String> actionsAbout(Class<?> type, Long id) {
        return audit.about(type, id).stream().map(AuditEntry::getAction).toList();
    }

    private static void refused(String message, Executable action) {
        assertEquals(message, assertThrows(RuleViolation.class, action).getMessage());
    }

    @Test
    void eachRowNamesTheFocalPointToAskOrTheSecretariat() throws Exception {
        Account self = person();
        Organization withFocalPoint = member();
        Organization without = member();
        Account focalPoint = person();
        affiliation(focalPoint, withFocalPoint, AffiliationState.APPROVED, null);
        given(() -> {
            em.find(Organization.class, withFocalPoint.getId())
                    .designateTiesFocalPoint(em.find(Account.class, focalPoint.getId()));
            return null;
        });
        affiliation(self, withFocalPoint, AffiliationState.REQUESTED, TiesState.REQUESTED);
        affiliation(self, without, AffiliationState.APPROVED, null);

        List<MyAffiliation> rows = myAffiliations.of(self);

        assertEquals(2, rows.size());
        MyAffiliation first = rows.get(0);
        assertEquals(withFocalPoint.getName(), first.organization());
        assertEquals(AffiliationState.REQUESTED, first.state());
        assertEquals(TiesState.REQUESTED, first.tiesState());
        assertEquals("Ada Lovelace <" + focalPoint.getEmail() + ">", first.focalPointToAsk());
        assertTrue(first.mayWithdraw());
        assertFalse(first.mayRequestTies());
        MyAffiliation second = rows.get(1);
        assertEquals(MyAffiliation.SECRETARIAT, second.focalPointToAsk());
        assertNull(second.tiesState());
        assertTrue(second.mayRequestTies());
        assertFalse(second.mayWithdraw());
    }

    @Test
    void anAdditionalAffiliationWithAMemberWaitsWithItsTiesRequest() throws Exception {
        Account self = person();
        affiliation(self, nonMember(), AffiliationState.APPROVED, null);
        Organization member = member();

        MyAffiliation requested = myAffiliations.requestAffiliation(self, member.getId(), true);

        Affiliation stored = em.find(Affiliation.class, requested.id());
        assertEquals(AffiliationState.REQUESTED, stored.getState());
        assertEquals(TiesState.REQUESTED, stored.getTiesAccess().getState());
        assertEquals(List.of("AFFILIATION_REQUESTED"), actionsAbout(Affiliation.class, stored.getId()));
        assertEquals(List.of("TIES_ACCESS_REQUESTED"), actionsAbout(TiesAccess.class, stored.getTiesAccess().getId()));
    }

    @Test
    void anAffiliationWithANonMemberIsEffectiveAtOnce() throws Exception {
        Account self = person();
        Organization other = nonMember();

        MyAffiliation requested = myAffiliations.requestAffiliation(self, other.getId(), false);

        assertEquals(AffiliationState.APPROVED, reload(em.find(Affiliation.class, requested.id())).getState());
        assertNull(requested.tiesState());
    }

    @Test
    void aSecondAffiliationWithTheSameOrganizationIsRefused() throws Exception {
        Account self = person();
        Organization member = member();
        affiliation(self, member, AffiliationState.REQUESTED, null);

        refused("You are already affiliated with " + member.getName() + ".",
                () -> myAffiliations.requestAffiliation(self, member.getId(), true));
        assertEquals(1, affiliationsOf(self).size());
        assertNull(affiliationsOf(self).get(0).getTiesAccess());
    }

    @Test
    void anAffiliationThatEndedMayBeRequestedAgain() throws Exception {
        Account self = person();
        Organization member = member();
        affiliation(self, member, AffiliationState.REJECTED, null);

        myAffiliations.requestAffiliation(self, member.getId(), false);

        assertEquals(2, affiliationsOf(self).size());
    }

    @Test
    void tiesAccessWithANonMemberIsRefusedAndNoAffiliationIsMade() throws Exception {
        Account self = person();
        Organization other = nonMember();

        refused(TIES_NOT_ELIGIBLE, () -> myAffiliations.requestAffiliation(self, other.getId(), true));
        assertTrue(affiliationsOf(self).isEmpty());
    }

    @Test
    void anOrganizationNotInTheListIsRefused() throws Exception {
        Account self = person();
        Organization closed = member();
        given(() -> {
            em.find(Organization.class, closed.getId()).deactivate();
            return null;
        });

        refused(CHOOSE_FROM_LIST, () -> myAffiliations.requestAffiliation(self, closed.getId(), false));
        refused(CHOOSE_FROM_LIST, () -> myAffiliations.requestAffiliation(self, null, false));
        refused(CHOOSE_FROM_LIST, () -> myAffiliations.requestAffiliation(self, -1L, false));
        assertTrue(affiliationsOf(self).isEmpty());
    }

    @Test
    void tiesAccessIsRequestedForAnApprovedAffiliationOnce() throws Exception {
        Account self = person();
        Organization member = member();
        Affiliation held = affiliation(self, member, AffiliationState.APPROVED, null);

        myAffiliations.requestTies(self, held.getId());

        TiesAccess ties = reload(held).getTiesAccess();
        assertEquals(TiesState.REQUESTED, ties.getState());
        assertEquals(List.of("TIES_ACCESS_REQUESTED"), actionsAbout(TiesAccess.class, ties.getId()));

        refused("You have already asked for TIES access through " + member.getName() + ".",
                () -> myAffiliations.requestTies(self, held.getId()));
        assertEquals(ties.getRequestedAt(), reload(held).getTiesAccess().getRequestedAt());
        assertEquals(1, actionsAbout(TiesAccess.class, ties.getId()).size());
    }

    @Test
    void grantedTiesAccessIsNotRequestedAgain() throws Exception {
        Account self = person();
        Organization member = member();
        Affiliation held = affiliation(self, member, AffiliationState.APPROVED, TiesState.GRANTED);

        refused("You already have TIES access through " + member.getName() + ".",
                () -> myAffiliations.requestTies(self, held.getId()));
        assertEquals(TiesState.GRANTED, reload(held).getTiesAccess().getState());
    }

    @Test
    void rejectedTiesAccessMayBeAskedAgainAndTheAuditTrailKeepsTheEarlierOutcome() throws Exception {
        Account self = person();
        Affiliation held = affiliation(self, member(), AffiliationState.APPROVED, TiesState.REJECTED);

        myAffiliations.requestTies(self, held.getId());

        TiesAccess ties = reload(held).getTiesAccess();
        assertEquals(TiesState.REQUESTED, ties.getState());
        assertNull(ties.getDecision());
        List<AuditEntry> entries = audit.about(TiesAccess.class, ties.getId());
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).getDetail().contains("asked again after it was rejected"), entries.get(0).getDetail());
    }

    @Test
    void tiesAccessThroughANonMemberOrAnEndedAffiliationIsRefused() throws Exception {
        Account self = person();
        Affiliation toNonMember = affiliation(self, nonMember(), AffiliationState.APPROVED, null);
        Organization member = member();
        Affiliation removed = affiliation(self, member, AffiliationState.REMOVED, null);

        refused(TIES_NOT_ELIGIBLE, () -> myAffiliations.requestTies(self, toNonMember.getId()));
        refused("Your affiliation with " + member.getName() + " has ended; request the affiliation again first.",
                () -> myAffiliations.requestTies(self, removed.getId()));
        assertNull(reload(toNonMember).getTiesAccess());
        assertNull(reload(removed).getTiesAccess());
    }

    @Test
    void someoneElsesAffiliationIsRefusedForEveryAction() throws Exception {
        Account self = person();
        Account other = person();
        Affiliation theirs = affiliation(other, member(), AffiliationState.REQUESTED, null);

        refused(NOT_YOURS, () -> myAffiliations.requestTies(self, theirs.getId()));
        refused(NOT_YOURS, () -> myAffiliations.withdraw(self, theirs.getId()));
        refused(NOT_YOURS, () -> myAffiliations.withdraw(self, null));
        refused(NOT_YOURS, () -> myAffiliations.requestTies(self, -1L));

        Affiliation unchanged = reload(theirs);
        assertEquals(AffiliationState.REQUESTED, unchanged.getState());
        assertNull(unchanged.getTiesAccess());
        assertEquals(theirs.getVersion(), unchanged.getVersion());
    }

    @Test
    void withdrawingARequestedAffiliationWithdrawsItsTiesRequestToo() throws Exception {
        Account self = person();
        Affiliation requested = affiliation(self, member(), AffiliationState.REQUESTED, TiesState.REQUESTED);
        Long tiesId = requested.getTiesAccess().getId();

        myAffiliations.withdraw(self, requested.getId());

        Affiliation withdrawn = reload(requested);
        assertEquals(AffiliationState.REMOVED, withdrawn.getState());
        assertEquals(MyAffiliations.WITHDRAWN, withdrawn.getDecision().getReason());
        assertEquals(self.getId(), withdrawn.getDecision().getBy().getId());
        assertEquals(TiesState.REJECTED, withdrawn.getTiesAccess().getState());
        assertEquals(MyAffiliations.WITHDRAWN, withdrawn.getTiesAccess().getDecision().getReason());
        assertEquals(List.of("AFFILIATION_WITHDRAWN"), actionsAbout(Affiliation.class, requested.getId()));
        assertEquals(List.of("TIES_ACCESS_WITHDRAWN"), actionsAbout(TiesAccess.class, tiesId));
    }

    @Test
    void withdrawingOnlyTheTiesRequestOfAnApprovedAffiliation() throws Exception {
        Account self = person();
        Affiliation approved = affiliation(self, member(), AffiliationState.APPROVED, TiesState.REQUESTED);

        myAffiliations.withdraw(self, approved.getId());

        Affiliation after = reload(approved);
        assertEquals(AffiliationState.APPROVED, after.getState());
        assertEquals(TiesState.REJECTED, after.getTiesAccess().getState());
        assertEquals(MyAffiliations.WITHDRAWN, after.getTiesAccess().getDecision().getReason());
        assertTrue(actionsAbout(Affiliation.class, approved.getId()).isEmpty());

        // withdrawn, it may be asked for again
        myAffiliations.requestTies(self, approved.getId());
        assertEquals(TiesState.REQUESTED, reload(approved).getTiesAccess().getState());
    }

    @Test
    void aDecidedRequestCannotBeWithdrawn() throws Exception {
        Account self = person();
        Affiliation approved = affiliation(self, member(), AffiliationState.APPROVED, TiesState.GRANTED);
        Affiliation rejected = affiliation(self, member(), AffiliationState.REJECTED, TiesState.REJECTED);

        refused(ALREADY_DECIDED, () -> myAffiliations.withdraw(self, approved.getId()));
        refused(ALREADY_DECIDED, () -> myAffiliations.withdraw(self, rejected.getId()));

        assertEquals(approved.getVersion(), reload(approved).getVersion());
        assertEquals(TiesState.GRANTED, reload(approved).getTiesAccess().getState());
        assertEquals(AffiliationState.REJECTED, reload(rejected).getState());
        assertTrue(actionsAbout(Affiliation.class, approved.getId()).isEmpty());
    }

    @Test
    void anAffiliatedPersonEditsTheirNonMemberOrganization() throws Exception {
        Account self = person();
        Organization other = nonMember();
        affiliation(self, other, AffiliationState.APPROVED, null);
        String newName = "Renamed " + UUID.randomUUID();

        myAffiliations.editOrganization(self, other.getId(), other.getVersion(), "  " + newName + " ",
                "1 Rue de Lausanne, Geneva", "CH");

        Organization after = em.find(Organization.class, other.getId());
        assertEquals(newName, after.getName());
        assertEquals("1 Rue de Lausanne, Geneva", after.getAddress());
        assertEquals("CH", after.getCountry());
        assertEquals(List.of("ORGANIZATION_EDITED"), actionsAbout(Organization.class, other.getId()));
    }

    @Test
    void aMemberOrganizationIsEditedByStaffOnly() throws Exception {
        Account self = person();
        Organization member = member();
        affiliation(self, member, AffiliationState.APPROVED, null);

        refused(MEMBER_DATA,
                () -> myAffiliations.editOrganization(self, member.getId(), member.getVersion(), "Mine now", null, "CH"));
        assertUnchanged(member);
    }

    @Test
    void aNonMemberOrganizationIsEditedOnlyByThoseApprovedWithIt() throws Exception {
        Account self = person();
        Organization other = nonMember();
        affiliation(self, other, AffiliationState.REMOVED, null);

        refused("You are not affiliated with " + other.getName() + ".",
                () -> myAffiliations.editOrganization(self, other.getId(), other.getVersion(), "Mine now", null, "CH"));
        assertUnchanged(other);
    }

    @Test
    void badOrganizationDataIsRefused() throws Exception {
        Account self = person();
        Organization other = nonMember();
        Organization namesake = nonMember();
        affiliation(self, other, AffiliationState.APPROVED, null);
        long v = other.getVersion();
        Long id = other.getId();

        refused("Please enter the name of the organization.",
                () -> myAffiliations.editOrganization(self, id, v, "  ", null, "CH"));
        refused("The organization name can be at most 200 characters long.",
                () -> myAffiliations.editOrganization(self, id, v, "x".repeat(201), null, "CH"));
        refused("The address can be at most 500 characters long.",
                () -> myAffiliations.editOrganization(self, id, v, "Fine", "x".repeat(501), "CH"));
        refused("Please choose the country of the organization.",
                () -> myAffiliations.editOrganization(self, id, v, "Fine", null, "XX"));
        refused("Please choose the country of the organization.",
                () -> myAffiliations.editOrganization(self, id, v, "Fine", null, null));
        refused("Another organization is already called " + namesake.getName() + ".",
                () -> myAffiliations.editOrganization(self, id, v, namesake.getName(), null, "CH"));
        assertUnchanged(other);
    }

    @Test
    void aChangeSavedInTheMeantimeIsNotOverwritten() throws Exception {
        Account self = person();
        Organization other = nonMember();
        affiliation(self, other, AffiliationState.APPROVED, null);
        long seen = other.getVersion();
        String firstName = "First " + UUID.randomUUID();
        myAffiliations.editOrganization(self, other.getId(), seen, firstName, null, "FR");

        refused(CHANGED_MEANWHILE,
                () -> myAffiliations.editOrganization(self, other.getId(), seen, "Second", null, "DE"));
        Organization after = em.find(Organization.class, other.getId());
        assertEquals(firstName, after.getName());
        assertEquals("FR", after.getCountry());
        assertEquals(1, actionsAbout(Organization.class, other.getId()).size());
    }

    private void assertUnchanged(Organization before) {
        Organization after = em.find(Organization.class, before.getId());
        assertNotNull(after);
        assertEquals(before.getName(), after.getName());
        assertEquals(before.getCountry(), after.getCountry());
        assertEquals(before.getAddress(), after.getAddress());
        assertEquals(before.getVersion(), after.getVersion());
        assertTrue(actionsAbout(Organization.class, before.getId()).isEmpty());
    }
}
