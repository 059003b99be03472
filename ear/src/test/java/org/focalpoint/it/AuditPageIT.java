package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.Organization;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Activity page in headless Chromium: a focal point approves a request, then finds the decision
 * in the organization's activity by its kind; a plain user sees only what concerns them, and an
 * organization typed into the address is refused.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class AuditPageIT implements ServerFixture {

    static final String ORGANIZATION = "Audit Page Telecom";
    static final String FOCAL_POINT = "fay.focal@audit-page.example.org";
    static final String PLAIN_USER = "pat.plain@audit-page.example.org";
    static final String REQUESTER_FAMILY = "Auditrequester";
    static final String PASSWORD = "Ledger-Lantern-Harbour-37";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aFocalPointWithAWaitingRequestAndAPlainUser() {
        ServerFixture.prepare(AuditPageIT.class);
    }

    /** Found or created; each run adds one waiting request, earlier runs' leftovers are withdrawn. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        Organization organization = MemberFixture.sectorMember(em, consents, ORGANIZATION)
                .theOnlyWaitingRequestFrom("Rita", REQUESTER_FAMILY).organization();
        organization.designateTiesFocalPoint(person(em, consents, FOCAL_POINT, "Fay", "Focal"));
        person(em, consents, PLAIN_USER, "Pat", "Plain");
    }

    /** Accepting the consent documents is the plain user's own first recorded activity. */
    private static Account person(EntityManager em, ConsentService consents, String email, String given,
                                  String family) {
        Account account = TestData.accountWithEmail(em, email).orElseGet(() -> {
            Account a = new Account(email, TestData.passwordHash(PASSWORD), given, family, Instant.now());
            a.activate();
            em.persist(a);
            return a;
        });
        em.flush();
        consents.accept(account, consents.pendingFor(account).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        return account;
    }

    @Test
    @RunAsClient
    void theFocalPointFindsTheirDecisionByKindAndAPlainUserOnlyTheirOwn() {
        String organizationId;
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser fay = new Browser()) {
            fay.signIn(FOCAL_POINT, PASSWORD).expect("Sign out");
            fay.open("focalpoints/queue.xhtml").expect("Rita " + REQUESTER_FAMILY);
            QueueRows.select(fay, REQUESTER_FAMILY);
            fay.click("Approve selected").expect("Approved: 1 request(s).");

            fay.click("Activity").expect("Every decision and change of role");
            organizationId = AuditPageSteps.optionValue(fay, "Show activity of", ORGANIZATION);
            assertFalse(fay.driver().getPageSource().contains(">Everything<"), "only staff see everything");
            AuditPageSteps.pick(fay, "Show activity of", ORGANIZATION);
            AuditPageSteps.pick(fay, "Kind of activity", "TIES access granted");
            fay.click("Show").expect("Rita " + REQUESTER_FAMILY);
            String table = AuditPageSteps.table(fay);
            assertTrue(table.contains("TIES access granted") && table.contains("Fay Focal"), table);
            assertFalse(table.contains("Affiliation approved"), "the kind filter narrows: " + table);

            AuditPageSteps.pick(fay, "Kind of activity", "Affiliation approved");
            fay.fill("Done by (name or e-mail)", "nobody-did-this").click("Show").expect("No activity matches.");

            fay.open("contacts.xhtml").click("Activity of " + ORGANIZATION).expect("Rita " + REQUESTER_FAMILY);
            assertTrue(AuditPageSteps.table(fay).contains("Affiliation approved"), "the organization's activity");
        }
        try (Browser pat = new Browser()) {
            pat.signIn(PLAIN_USER, PASSWORD).expect("Sign out");
            pat.open("audit.xhtml").expect("Terms of Use or privacy statement accepted");
            String table = AuditPageSteps.table(pat);
            assertTrue(table.contains("Pat Plain"), table);
            assertFalse(table.contains(REQUESTER_FAMILY) || table.contains("Fay Focal"), "only their own: " + table);
            assertFalse(pat.hasField("Show activity of"), "nothing else to choose");

            pat.open("audit.xhtml?organization=" + organizationId)
                    .expect("Only the TIES Focal Point of " + ORGANIZATION + " or the ITU secretariat can do this.");
            assertTrue(AuditPageSteps.table(pat).isEmpty(), "nothing shown");
            assertFalse(pat.text().contains(REQUESTER_FAMILY));
        }
    }
}
