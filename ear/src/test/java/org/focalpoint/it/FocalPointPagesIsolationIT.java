package org.focalpoint.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The focal point of organization A, signed in, types organization B's id into the address of the
 * queue and contacts pages, and posts B's request id in a forged selection: each time refused, and
 * B's request and contacts are left as they were.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
// ordered: the last test checks what the forged requests of the browser test before it left behind
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FocalPointPagesIsolationIT implements ServerFixture {

    static final String PASSWORD = "Harbour-Window-Pebble-88";
    static final String ORGANIZATION_A = "Isolation Pages Alpha Telecom";
    static final String ORGANIZATION_B = "Isolation Pages Beta Telecom";
    static final String FOCAL_POINT_A = "alma.alpha@isolation-pages.example.org";
    static final String FOCAL_POINT_B = "bert.beta@isolation-pages.example.org";
    static final String CONTACT_B = "bella.beta@isolation-pages.example.org";
    static final String REQUESTER_B = "boris.beta@isolation-pages.example.org";
    static final String REFUSED = "Only the TIES Focal Point of " + ORGANIZATION_B + " or the ITU secretariat can do this.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @BeforeAll
    static void twoMembersEachWithItsFocalPoint() {
        ServerFixture.prepare(FocalPointPagesIsolationIT.class);
    }

    /** Each focal point leads their own member; B has one contact and one request waiting, as every run starts. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.organization(em, consents, ORGANIZATION_A, MembershipCategory.SECTOR_MEMBER,
                        EnumSet.of(Sector.ITU_D))
                .focalPoint(FOCAL_POINT_A, PASSWORD, "Alma", "Alpha");
        Organization b = MemberFixture.organization(em, consents, ORGANIZATION_B, MembershipCategory.SECTOR_MEMBER,
                        EnumSet.of(Sector.ITU_D))
                .focalPoint(FOCAL_POINT_B, PASSWORD, "Bert", "Beta")
                .delegate(CONTACT_B, PASSWORD, "Bella", "Beta")
                .organization();
        Account requester = TestData.accountWithEmail(em, REQUESTER_B).orElseGet(() -> {
            Account r = new Account(REQUESTER_B, "not-a-usable-hash", "Boris", "Beta", Instant.now());
            r.activate();
            em.persist(r);
            return r;
        });
        em.createNamedQuery("Affiliation.ofAccount", Affiliation.class).setParameter("account", requester)
                .getResultStream().filter(x -> x.getState() == AffiliationState.REQUESTED)
                .forEach(x -> x.decide(AffiliationState.REMOVED, requester, "Withdrawn by the requester",
                        Instant.now()));
        Affiliation request = new Affiliation(requester, b, Instant.now());
        request.requestTiesAccess(Instant.now());
        em.persist(request);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theFocalPointOfAIsRefusedBsPagesAndBsRequestPostedByHand() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser alma = new Browser()) {
            String b = alma.open("it/public/organization?name=" + ORGANIZATION_B.replace(" ", "%20")).text().strip();
            String requestOfB = alma.open("it/public/affiliation?email=" + REQUESTER_B).text().strip();
            alma.signIn(FOCAL_POINT_A, PASSWORD).expect("Sign out");

            alma.open("focalpoints/queue.xhtml?organization=" + b).expect(REFUSED);
            assertFalse(alma.text().contains("Boris Beta"), "B's request is not shown");

            alma.open("contacts.xhtml?organization=" + b).expect(REFUSED);
            assertFalse(alma.text().contains("Bella Beta"), "B's contacts are not shown");

            // A's own queue, with B's request id put into the posted selection by hand
            alma.open("focalpoints/queue.xhtml").expect("Requests waiting for a decision");
            ((JavascriptExecutor) alma.driver()).executeScript(
                    "document.getElementById('queue:requests_selection').value = arguments[0];", requestOfB);
            alma.click("Approve selected").expect("Please select at least one request.");
        }
    }

    @Test
    @Order(3)
    void bsRequestAndContactsAreAsTheyWere() {
        Account requester = TestData.accountWithEmail(em, REQUESTER_B).orElseThrow();
        Affiliation request = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", requester).getResultStream()
                .filter(x -> x.getState() == AffiliationState.REQUESTED).findFirst().orElseThrow();
        assertEquals(TiesState.REQUESTED, request.getTiesAccess().getState(), "nobody decided B's request");
        assertEquals(List.of(), audit.about(Affiliation.class, request.getId()), "nothing recorded about it");
        Organization b = TestData.organizationNamed(em, ORGANIZATION_B).orElseThrow();
        assertEquals(FOCAL_POINT_B, b.getTiesFocalPoint().getEmail());
    }
}
