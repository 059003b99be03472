package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TIES Focal Point opens the queue, is refused a rejection without reason, then rejects with one. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class RequestQueuePagesIT implements ServerFixture {

    static final String FOCAL_POINT = "queue.focal.point@tests.example.org";
    static final String PASSWORD = "Queue-Desk-Lamp-2026";
    static final String ORGANIZATION = "Queue Page Telecom";
    static final String REQUESTER_FAMILY = "Queuetester";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aFocalPointWithOneWaitingRequest() {
        ServerFixture.prepare(RequestQueuePagesIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.sectorMember(em, consents, ORGANIZATION)
                .focalPoint(FOCAL_POINT, PASSWORD, "Queue", "Keeper")
                .theOnlyWaitingRequestFrom("Ada", REQUESTER_FAMILY);
    }

    @Test
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
            assertEquals("Select Ada " + REQUESTER_FAMILY, QueueRows.boxName(browser, REQUESTER_FAMILY),
                    "the check box is named after the person, not the record");
            QueueRows.select(browser, REQUESTER_FAMILY);
            assertEquals("Select Ada " + REQUESTER_FAMILY, QueueRows.boxName(browser, REQUESTER_FAMILY), "still, once ticked");
            browser.click("Reject selected").expect("Please give a reason: the person will read it.");
            browser.fill("Reason for rejecting (the person will read it)", "We do not know you.")
                    .click("Reject selected")
                    .expect("Rejected: 1 request(s).")
                    .expect("No request is waiting.");
        }
    }
}
