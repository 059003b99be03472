package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.MyAffiliations;
import org.focalpoint.organizations.Organization;
import org.focalpoint.tiesfocalpoint.Decided;
import org.focalpoint.tiesfocalpoint.RequestDecisions;
import org.focalpoint.tiesfocalpoint.RequestDigests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TIES Focal Point's digest of new requests, read from the real mailbox. The server's own timer
 * runs meanwhile with the real clock: each test uses fresh organizations and people, and drives
 * the digest with times after the real clock, so the timer finds nothing due for them.
 */
@ExtendWith(ArquillianExtension.class)
class RequestDigestIT {

    private static final Digests DIGESTS = new Digests("New requests are waiting for your decision");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RequestDigests digests;

    @Inject
    MyAffiliations myAffiliations;

    @Inject
    RequestDecisions decisions;

    @Resource
    ManagedExecutorService executor;

    /** Created in the caller's transaction: a person asking {@code organization}, with TIES access if {@code ties}. */
    private Affiliation request(Organization organization, String given, boolean ties) {
        Account person = new Account(TestData.uniqueEmail(given.toLowerCase()), "not-a-usable-hash", given, "Tester",
                Instant.now());
        person.activate();
        em.persist(person);
        Affiliation affiliation = new Affiliation(person, organization, Instant.now());
        if (ties) {
            affiliation.requestTiesAccess(Instant.now());
        }
        em.persist(affiliation);
        return affiliation;
    }

    private Account focalPointOf(Organization organization) {
        Account focalPoint = TestData.activeAccount(em, TestData.uniqueEmail("fp"));
        organization.designateTiesFocalPoint(focalPoint);
        return focalPoint;
    }

    @Test
    void oneMailListsAllNewRequestsThenNothingWithinTheHourThenOnlyWhatIsNew() throws Exception {
        tx.begin();
        Organization orgA = TestData.member(em);
        Organization orgB = TestData.member(em);
        Affiliation both = request(orgA, "Both", true);
        Affiliation affiliationOnly = request(orgA, "Plain", false);
        Affiliation tiesOnly = request(orgA, "Ties", true);
        tiesOnly.decide(AffiliationState.APPROVED, null, null, Instant.now());
        Affiliation withdrawn = request(orgA, "Withdrawn", false);
        Affiliation decided = request(orgA, "Decided", false);
        Affiliation ofB = request(orgB, "Elsewhere", true);
        // designated last, in the same transaction: the timer never sees the focal point without all the requests
        Account focalPointA = focalPointOf(orgA);
        Account focalPointB = focalPointOf(orgB);
        tx.commit();
        myAffiliations.withdraw(withdrawn.getAccount(), withdrawn.getId());
        decisions.approve(focalPointA, orgA.getId(), List.of(new Decided(decided.getId(), decided.getVersion())));
        Instant first = Instant.now().plus(Duration.ofMinutes(2));

        digests.sendDue(first);

        String body = DIGESTS.await(focalPointA, 1).get(0).body();
        assertTrue(body.contains(orgA.getName() + ": 3 new requests"), body);
        assertTrue(body.contains("Both Tester <" + both.getAccount().getEmail() + ">: Affiliation and TIES access, waiting since "), body);
        assertTrue(body.contains("Plain Tester <" + affiliationOnly.getAccount().getEmail() + ">: Affiliation, waiting since "), body);
        assertTrue(body.contains("Ties Tester <" + tiesOnly.getAccount().getEmail() + ">: TIES access, waiting since "), body);
        assertFalse(body.contains(withdrawn.getAccount().getEmail()), "a withdrawn request is not listed");
        assertFalse(body.contains(decided.getAccount().getEmail()), "a decided request is not listed");
        assertFalse(body.contains(ofB.getAccount().getEmail()), "another organization's request is not listed");
        assertTrue(body.contains("/focalpoints/queue.xhtml?organization=" + orgA.getId()), body);
        String bodyB = DIGESTS.await(focalPointB, 1).get(0).body();
        assertTrue(bodyB.contains(ofB.getAccount().getEmail()), bodyB);
        assertFalse(bodyB.contains(orgA.getName()) || bodyB.contains(both.getAccount().getEmail()), bodyB);

        Account latecomer = given(() -> TestData.activeAccount(em, TestData.uniqueEmail("latecomer")));
        myAffiliations.requestAffiliation(latecomer, orgA.getId(), true);

        digests.sendDue(first.plus(Duration.ofMinutes(10)));
        // the mail would have left before sendDue returned (after its transaction committed)
        assertEquals(1, DIGESTS.to(focalPointA).size(), "nothing within the hour");

        digests.sendDue(first.plus(Duration.ofMinutes(61)));
        String second = DIGESTS.await(focalPointA, 2).get(1).body();
        assertTrue(second.contains(orgA.getName() + ": 1 new request"), second);
        assertEquals(1, second.lines().filter(line -> line.startsWith("- ")).count(), second);
        assertTrue(second.contains(latecomer.getEmail() + ">: Affiliation and TIES access"), second);
        assertFalse(second.contains(both.getAccount().getEmail()), "announced already: " + second);
        assertEquals(1, DIGESTS.to(focalPointB).size(), "nothing new for B's focal point");
    }

    @Test
    void aNewlyDesignatedFocalPointHearsOfEveryRequestAlreadyWaiting() throws Exception {
        tx.begin();
        Organization organization = TestData.member(em);
        Affiliation waiting = request(organization, "Waiting", true);
        Account formerFocalPoint = focalPointOf(organization);
        tx.commit();
        Instant first = Instant.now().plus(Duration.ofMinutes(2));
        digests.sendDue(first);
        assertTrue(DIGESTS.await(formerFocalPoint, 1).get(0).body().contains(waiting.getAccount().getEmail()));

        Account successor = given(() -> focalPointOf(em.find(Organization.class, organization.getId())));
        digests.sendDue(first.plus(Duration.ofMinutes(5)));

        String body = DIGESTS.await(successor, 1).get(0).body();
        assertTrue(body.contains(waiting.getAccount().getEmail()), body);
        assertEquals(1, DIGESTS.to(formerFocalPoint).size(), "the former focal point hears no more");
    }

    @Test
    void theFocalPointOfTwoOrganizationsGetsOneMailForBoth() throws Exception {
        tx.begin();
        Organization one = TestData.member(em);
        Organization other = TestData.member(em);
        Affiliation toOne = request(one, "One", false);
        Affiliation toOther = request(other, "Other", true);
        Account focalPoint = focalPointOf(one);
        other.designateTiesFocalPoint(focalPoint);
        tx.commit();

        digests.sendDue(Instant.now().plus(Duration.ofMinutes(2)));

        String body = DIGESTS.await(focalPoint, 1).get(0).body();
        assertTrue(body.contains(toOne.getAccount().getEmail()) && body.contains(toOther.getAccount().getEmail()), body);
    }

    @Test
    void twoRunsAtOnceSendOneDigest() throws Exception {
        tx.begin();
        Organization organization = TestData.member(em);
        request(organization, "Raced", true);
        Account focalPoint = focalPointOf(organization);
        tx.commit();
        Instant now = Instant.now().plus(Duration.ofMinutes(2));
        Callable<Integer> run = () -> digests.sendDue(now);
        assertEquals(List.of(), Race.run(executor, run, run).refused(), "both runs end without a refusal");

        DIGESTS.await(focalPoint, 1);
        // a second copy, if any, would have been filed by now as well
        assertEquals(1, DIGESTS.to(focalPoint).size());
    }

    private <T> T given(Callable<T> setup) throws Exception {
        tx.begin();
        T result = setup.call();
        tx.commit();
        return result;
    }
}
