package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.delegation.RegistrationDecisions;
import org.focalpoint.delegation.RegistrationDigests;
import org.focalpoint.delegation.SeenRegistration;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Designated Focal Point's digest of waiting registrations, read from the real mailbox. The
 * server's timer runs meanwhile with the real clock; the test drives the digest with times after
 * it, and registrations younger than a minute are never announced, so the timer sends nothing here.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationDigestIT {

    private static final Digests DIGESTS = new Digests("Registrations are waiting for your decision");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RegistrationDigests digests;

    @Inject
    RegistrationDecisions decisions;

    /** In the caller's transaction: an approved delegate of {@code organization} registered for {@code event}. */
    private Registration registered(Organization organization, Event event, String given) {
        Account delegate = new Account(TestData.uniqueEmail(given.toLowerCase()), "not-a-usable-hash", given,
                "Delegate", Instant.now());
        delegate.activate();
        em.persist(delegate);
        Affiliation affiliation = new Affiliation(delegate, organization, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        return TestData.registration(em, event, affiliation, RegistrationState.PENDING_APPROVAL);
    }

    private Account dfpOf(Organization organization, Sector sector) {
        Account dfp = TestData.activeAccount(em, TestData.uniqueEmail("dfp"));
        em.persist(new DesignatedFocalPoint(organization, sector, dfp, Instant.now()));
        return dfp;
    }

    @Test
    void oneMailListsWhatWaitsThenNothingWithinTheHourThenOnlyWhatIsNew() throws Exception {
        tx.begin();
        Organization orgA = TestData.organization(em, "Member " + UUID.randomUUID(), MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T, Sector.ITU_R));
        Organization orgB = TestData.member(em);
        Event sgT = TestData.studyGroupEnding(em, LocalDate.now().plusDays(40));
        Instant opens = Instant.now().minus(Duration.ofDays(10));
        Event sgR = new Event(Sector.ITU_R, EventKind.STUDY_GROUP, "WP " + UUID.randomUUID(),
                LocalDate.now().plusDays(30), LocalDate.now().plusDays(32), opens, opens.plus(Duration.ofDays(20)),
                        Instant.now());
        em.persist(sgR);
        Registration first = registered(orgA, sgT, "First");
        Registration second = registered(orgA, sgT, "Second");
        Registration decided = registered(orgA, sgT, "Decided");
        Registration otherSector = registered(orgA, sgR, "Radio");
        Registration ofB = registered(orgB, sgT, "Elsewhere");
        Account dfpA = dfpOf(orgA, Sector.ITU_T);
        Account dfpB = dfpOf(orgB, Sector.ITU_T);
        tx.commit();
        decisions.approve(dfpA, orgA.getId(), Sector.ITU_T, List.of(new SeenRegistration(decided.getId(), decided.getVersion())));
        Instant at = Instant.now().plus(Duration.ofMinutes(2));

        digests.sendDue(at);

        String body = DIGESTS.await(dfpA, 1).get(0).body();
        assertTrue(body.contains(orgA.getName() + ", ITU-T: 2 new registrations"), body);
        assertTrue(body.contains("First Delegate <" + first.getAccount().getEmail() + ">: " + sgT.getTitle()), body);
        assertTrue(body.contains("Second Delegate <" + second.getAccount().getEmail() + ">"), body);
        assertFalse(body.contains(decided.getAccount().getEmail()), "a decided registration is not listed");
        assertFalse(body.contains(otherSector.getAccount().getEmail()), "another sector's registration is not listed");
        assertFalse(body.contains(ofB.getAccount().getEmail()), "another organization's registration is not listed");
        assertTrue(body.contains("/dfp/queue.xhtml?organization=" + orgA.getId() + "&sector=ITU_T"), body);
        String bodyB = DIGESTS.await(dfpB, 1).get(0).body();
        assertTrue(bodyB.contains(ofB.getAccount().getEmail()) && !bodyB.contains(orgA.getName()), bodyB);

        tx.begin();
        Registration latecomer = registered(em.find(Organization.class, orgA.getId()), em.find(Event.class, sgT.getId()),
                "Latecomer");
        tx.commit();

        digests.sendDue(at.plus(Duration.ofMinutes(10)));
        assertEquals(1, DIGESTS.to(dfpA).size(), "nothing within the hour");

        digests.sendDue(at.plus(Duration.ofMinutes(61)));
        String next = DIGESTS.await(dfpA, 2).get(1).body();
        assertTrue(next.contains(orgA.getName() + ", ITU-T: 1 new registration"), next);
        assertEquals(1, next.lines().filter(line -> line.startsWith("- ")).count(), next);
        assertTrue(next.contains(latecomer.getAccount().getEmail()), next);

        digests.sendDue(at.plus(Duration.ofMinutes(150)));
        assertEquals(2, DIGESTS.to(dfpA).size(), "nothing new, no mail");
    }
}
