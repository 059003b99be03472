package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.accounts.SignIn;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shared test fixtures promise the tests that stand on them: {@link MemberFixture} finds
 * or makes its rows and puts them back as a test starts, test accounts sign in with their cheap hash, a
 * {@link ServerFixture} commits or reports why not, and a {@link Race} lets its contenders go at once.
 */
@ExtendWith(ArquillianExtension.class)
class MemberFixtureIT implements ServerFixture {

    private static final String PASSWORD = "Fixture-Lantern-Orchard-51";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ConsentService consents;

    @Inject
    SignIn signIn;

    @Inject
    TestAccounts accounts;

    @Resource
    ManagedExecutorService executor;

    /** The name a fixture made in the server gives its member: the servlet runs it on an instance of its own. */
    private static volatile String fixtureMember;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private MemberFixture member() {
        return MemberFixture.sectorMember(em, consents, "Fixture Telecom " + tag);
    }

    private String email(String who) {
        return who + "." + tag + "@fixture.example.org";
    }

    private List<Affiliation> affiliationsOf(String email) {
        return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", TestData.accountWithEmail(em, email).orElseThrow()).getResultList();
    }

    @Test
    void aMemberIsMadeOnceAndFoundByItsNameOnTheNextRun() throws Exception {
        Long made = inTransaction(() -> member().organization().getId());
        Long found = inTransaction(() -> member().organization().getId());
        assertEquals(made, found);
        assertEquals(1L, em.createQuery("select count(o) from Organization o where o.name = :name", Long.class)
                .setParameter("name", "Fixture Telecom " + tag).getSingleResult());
    }

    @Test
    void aDelegateIsApprovedHasAcceptedEveryCurrentConsentAndSignsInWithThePassword() throws Exception {
        String email = email("delegate");
        inTransaction(() -> member().delegate(email, PASSWORD, "Dee", "Legate"));
        List<Affiliation> affiliations = affiliationsOf(email);
        assertEquals(1, affiliations.size());
        assertEquals(AffiliationState.APPROVED, affiliations.get(0).getState());
        assertEquals(List.of(), consents.pendingFor(affiliations.get(0).getAccount()), "nothing left to accept");
        assertTrue(signIn.attempt(email, PASSWORD.toCharArray(), Unique.address()).signedIn());
    }

    @Test
    void aDelegateAlreadyThereIsFoundNotMadeAgain() throws Exception {
        String email = email("again");
        Long organization = inTransaction(() -> member().delegate(email, PASSWORD, "Ann", "Again").organization()
                .getId());
        inTransaction(() -> member().delegate(email, PASSWORD, "Ann", "Again"));
        assertEquals(1L, em.createQuery("select count(a) from Account a where a.emailKey = :key", Long.class)
                .setParameter("key", Account.emailKey(email)).getSingleResult());
        List<Affiliation> affiliations = affiliationsOf(email);
        assertEquals(1, affiliations.size());
        assertEquals(organization, affiliations.get(0).getOrganization().getId());
    }

    @Test
    void aTestAccountsCheapHashIsOneTheApplicationChecks() {
        String email = email("cheap");
        Account account = accounts.create(email, PASSWORD, AccountState.ACTIVE, false, false);
        assertTrue(account.getPasswordHash().startsWith("pbkdf2-sha256$1000$"), account.getPasswordHash());
        assertTrue(signIn.attempt(email, PASSWORD.toCharArray(), Unique.address()).signedIn());
        assertFalse(signIn.attempt(email, "Not-The-Password-2026".toCharArray(), Unique.address()).signedIn());
    }

    @Test
    void theFocalPointIsTheOneNamedLastWhoeverWasBefore() throws Exception {
        inTransaction(() -> member().focalPoint(email("first"), PASSWORD, "Fay", "First"));
        Organization organization = inTransaction(() -> member().delegate(email("second"), PASSWORD, "Sid", "Second")
                .focalPoint(email("second"), PASSWORD, "Sid", "Second").organization());
        assertEquals(email("second"), em.find(Organization.class, organization.getId()).getTiesFocalPoint().getEmail());
        inTransaction(() -> member().focalPoint(email("first"), PASSWORD, "Fay", "First"));
        assertEquals(email("first"), em.find(Organization.class, organization.getId()).getTiesFocalPoint().getEmail(),
                "put back as the next run starts");
    }

    @Test
    void aDelegateWithTiesHasItGrantedAndAPlainDelegateHasNone() throws Exception {
        inTransaction(() -> member().delegateWithTies(email("ties"), PASSWORD, "Tia", "Ties")
                .delegate(email("plain"), PASSWORD, "Pia", "Plain"));
        assertEquals(TiesState.GRANTED, affiliationsOf(email("ties")).get(0).getTiesAccess().getState());
        assertNull(affiliationsOf(email("plain")).get(0).getTiesAccess());
    }

    @Test
    void theDesignatedFocalPointIsDesignatedForItuTOnceHoweverOftenTheFixtureRuns() throws Exception {
        Organization organization = inTransaction(() -> member()
                .designatedFocalPoint(email("dfp"), PASSWORD, "Dora", "Designated").organization());
        inTransaction(() -> member().designatedFocalPoint(email("dfp"), PASSWORD, "Dora", "Designated"));
        List<DesignatedFocalPoint> dfps = em.createNamedQuery("DesignatedFocalPoint.ofOrganization",
                DesignatedFocalPoint.class).setParameter("organization", organization).getResultList();
        assertEquals(1, dfps.size());
        assertEquals(Sector.ITU_T, dfps.get(0).getSector());
        assertEquals(email("dfp"), dfps.get(0).getAccount().getEmail());
        assertNotEquals(dfps.get(0).getAccount(), em.find(Organization.class, organization.getId()).getTiesFocalPoint(),
                "a DFP is not made the TIES Focal Point as well");
    }

    @Test
    void theOnlyWaitingRequestIsTheNewestEarlierOnesAreWithdrawn() throws Exception {
        Organization organization = inTransaction(() -> member().theOnlyWaitingRequestFrom("Ada", "Earlier")
                .organization());
        inTransaction(() -> member().theOnlyWaitingRequestFrom("Bea", "Later"));
        List<Affiliation> waiting = em.createQuery("select a from Affiliation a where a.organization = :o"
                        + " and a.state = :requested", Affiliation.class)
                .setParameter("o", organization).setParameter("requested", AffiliationState.REQUESTED).getResultList();
        assertEquals(1, waiting.size());
        assertEquals("Later", waiting.get(0).getAccount().getFamilyName());
        assertEquals(TiesState.REQUESTED, waiting.get(0).getTiesAccess().getState());
    }

    @Test
    void staffAreReadyToSignInAndUseEveryPage() throws Exception {
        Account staff = inTransaction(() -> TestData.staffReady(em, consents));
        assertTrue(staff.isStaff() && staff.isActive());
        assertEquals(List.of(), consents.pendingFor(staff));
    }

    /** What the class prepares for {@link #aServerFixtureCommitsItsRows}. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.sectorMember(em, consents, fixtureMember);
    }

    @Test
    void aServerFixtureCommitsItsRows() {
        fixtureMember = "Fixture Prepared Telecom " + tag;
        ServerFixture.prepare(MemberFixtureIT.class);
        assertTrue(TestData.organizationNamed(em, fixtureMember).isPresent());
    }

    /** Fails in the middle of its transaction, as a fixture whose own check does not hold. */
    static class Failing implements ServerFixture {

        @Override
        public void prepare(EntityManager em, ConsentService consents) {
            MemberFixture.sectorMember(em, consents, fixtureMember);
            em.flush();
            throw new AssertionError("the fixture's own check failed");
        }
    }

    @Test
    void aFailingServerFixtureTellsTheTestWhyAndLeavesNothing() {
        fixtureMember = "Fixture Failing Telecom " + tag;
        AssertionError told = assertThrows(AssertionError.class, () -> ServerFixture.prepare(Failing.class));
        assertTrue(told.getMessage().contains("500") && told.getMessage().contains("the fixture's own check failed"),
                told.getMessage());
        assertFalse(TestData.organizationNamed(em, fixtureMember).isPresent(), "rolled back");
    }

    @Test
    void aRaceStartsEveryContenderBeforeAnyOfThemRuns() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Callable<Boolean> contender = () -> {
            bothStarted.countDown();
            return bothStarted.await(10, TimeUnit.SECONDS);
        };
        assertEquals(List.of(true, true), Race.run(executor, contender, contender).stood(),
                "each contender saw the other one running");
    }

    @Test
    void aRaceReportsRefusalsAndFailsOnAnythingElse() throws Exception {
        Race.Outcome<String> race = Race.run(executor, () -> "stood", () -> {
            throw new RuleViolation("accounts.account-deactivated");
        });
        assertEquals(List.of("stood"), race.stood());
        assertEquals(List.of("This account has been deactivated."), race.refused());
        assertThrows(AssertionError.class, () -> Race.run(executor, () -> {
            throw new IllegalStateException("not a rule");
        }));
    }
}
