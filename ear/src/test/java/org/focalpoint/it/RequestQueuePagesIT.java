package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** The TIES Focal Point opens the queue, is refused a rejection without reason, then rejects with one. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestQueuePagesIT {

    static final String FOCAL_POINT = "queue.focal.point@tests.example.org";
    static final String PASSWORD = "Queue-Desk-Lamp-2026";
    static final String ORGANIZATION = "Queue Page Telecom";
    static final String REQUESTER_FAMILY = "Queuetester";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ConsentService consents;

    @Test
    @Order(1)
    void aFocalPointWithOneWaitingRequest() throws Exception {
        tx.begin();
        Account focalPoint = TestData.accountWithEmail(em, FOCAL_POINT)
                .orElseGet(() -> {
                    Account a = new Account(FOCAL_POINT, TestData.passwordHash(PASSWORD), "Queue",
                            "Keeper", Instant.now());
                    a.activate();
                    em.persist(a);
                    return a;
                });
        Organization organization = TestData.organization(em, ORGANIZATION, MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_T));
        organization.designateTiesFocalPoint(focalPoint);
        TestData.consentDocumentsPublished(em, consents);
        consents.accept(focalPoint, consents.pendingFor(focalPoint).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        // earlier runs' requests are withdrawn: the queue shows this run's request only
        em.createQuery("select a from Affiliation a where a.organization = :o and a.state = :requested", Affiliation.class)
                .setParameter("o", organization).setParameter("requested", AffiliationState.REQUESTED)
                .getResultList().forEach(a -> a.decide(AffiliationState.REMOVED, a.getAccount(), "Withdrawn",
                        Instant.now()));
        Account requester = new Account(TestData.uniqueEmail("queued"), "not-a-usable-hash", "Ada", REQUESTER_FAMILY,
                Instant.now());
        requester.activate();
        em.persist(requester);
        Affiliation request = new Affiliation(requester, organization, Instant.now());
        request.requestTiesAccess(Instant.now());
        em.persist(request);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theFocalPointRejectsWithAReason() {
        try (Browser browser = new Browser()) {
            browser.signIn(FOCAL_POINT, PASSWORD);
            browser.open("focalpoints/queue.xhtml")
                    .expect("Ada " + REQUESTER_FAMILY)
                    .expect("Affiliation and TIES access")
                    .fill("Filter by name or e-mail", REQUESTER_FAMILY.toLowerCase())
                    .click("Filter")
                    .expect("Ada " + REQUESTER_FAMILY);
            QueueRows.select(browser, REQUESTER_FAMILY);
            browser.click("Reject selected").expect("Please give a reason: the person will read it.");
            browser.fill("Reason for rejecting (the person will read it)", "We do not know you.")
                    .click("Reject selected")
                    .expect("Rejected: 1 request(s).")
                    .expect("No request is waiting.");
        }
    }
}
