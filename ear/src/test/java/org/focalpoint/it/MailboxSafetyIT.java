package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.mailbox.DirectorMailbox;
import org.focalpoint.mailbox.MailboxItem;
import org.focalpoint.mailbox.MailboxItemState;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Director's mailbox read safely, through the pages: each mail below was written for one way
 * the reading went wrong, and its confirmation form must start from what the mail asks, and from
 * nothing it does not plainly ask. A reply asking to opt out while quoting an opt-in is an opt-out,
 * dated as it says; a request only in quoted text pre-selects nothing and says why; a ministry
 * named "of the Republic of Freedonia" is the registry's "Republic of Freedonia — Ministry of
 * Communications", for the ITU-R it names; an auto-reply from an address nobody has is dismissed
 * as junk, with a reason, acknowledged to nobody. The list is newest or oldest first and filters by day.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxSafetyIT {

    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String OPT_OUT_REPLY = "safety/01-reply-opt-out-quoting-opt-in.eml";
    static final String OPT_OUT_REPLY_SUBJECT = "Re: Automatic approval of registrations - Acme Wireless Inc.";
    static final String QUOTED_ONLY = "safety/03-only-quoted-asks.eml";
    static final String QUOTED_ONLY_SUBJECT = "Re: Example Telecom and TSB Circular 118";
    static final String MINISTRY = "safety/06-ministry-of-country-itu-r.eml";
    static final String MINISTRY_SUBJECT = "Automatic approval of registrations";
    static final String FREEDONIA = "Republic of Freedonia — Ministry of Communications";
    static final String AUTO_REPLY = "safety/07-auto-reply.eml";
    static final String AUTO_REPLY_SUBJECT = "Automatic reply: Registration for SG17";
    static final String AUTO_REPLY_SENDER = "noreply@mail.example.org";
    static final String ATTACHMENTS = "odd/05-attachments-only.eml";
    static final String ATTACHMENTS_SUBJECT = "Letter";
    static final String DISMISSAL = "An out-of-office auto-reply, not a request.";
    static final String TAKES_EFFECT = "Takes effect on (YYYY-MM-DD)";

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

    @Test
    @Order(1)
    void fiveMailsArriveInTheDirectorsMailbox() throws Exception {
        tx.begin();
        MailSamples.emptyQueue(em);
        TestData.staffReady(em, consents);
        MailSamples.worldWithoutOptIns(em);
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        DirectorInbox.empty(director);
        // appended over IMAP, each is received on the day its Date header gives: from 10 April 2026 to 20 January 2027
        DirectorInbox.deliver(director, List.of(MailSamples.bytes(ATTACHMENTS), MailSamples.bytes(OPT_OUT_REPLY),
                MailSamples.bytes(QUOTED_ONLY), MailSamples.bytes(MINISTRY), MailSamples.bytes(AUTO_REPLY)));
        assertEquals(5, Polling.until(() -> {
            mailbox.readNew();
            return items().size();
        }, n -> n >= 5, Duration.ofMillis(200), Duration.ofMinutes(1), "the five mails to be taken").intValue());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theListIsNewestFirstOrOldestFirstFiltersByDayAndMarksAttachments() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox").expect("5 messages are waiting for a decision.")
                    .expect("2 attachments, not read");
            assertEquals(AUTO_REPLY_SUBJECT, MailboxPages.firstSubject(staff), "newest first");
            new Select(staff.field("Order")).selectByVisibleText("Oldest first");
            staff.click("Search");
            assertEquals(ATTACHMENTS_SUBJECT, MailboxPages.firstSubject(staff), "oldest first");

            MailboxPages.day(staff, "Received from", "2027-01-21");
            staff.click("Search").expect("No message matches.");
            staff.click("Director's mailbox");
            MailboxPages.day(staff, "Received from", "2027-01-19");
            MailboxPages.day(staff, "Received until", "2027-01-19");
            staff.click("Search")
                    .expect(MINISTRY_SUBJECT);
            assertFalse(staff.text().contains(AUTO_REPLY_SUBJECT), "received on 20 January; the days shown: "
                    + staff.field("Received from").getAttribute("value") + " to "
                    + staff.field("Received until").getAttribute("value") + "\n" + staff.text());
            assertFalse(staff.text().contains(QUOTED_ONLY_SUBJECT), "received on 14 January");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aReplyAskingToOptOutIsAnOptOutFromTheDayItNamesWhateverItQuotes() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox");
            MailboxPages.openMessage(staff, OPT_OUT_REPLY_SUBJECT);
            staff.expect("Asks to opt out: \"opt acme wireless inc out\"");
            assertTrue(staff.field("Opt out").isSelected(), "the new text wins over the quoted opt-in");
            assertFalse(staff.field("Opt in").isSelected());
            assertEquals("Acme Wireless Inc. (Switzerland)", staff.field("Member").getAttribute("value"));
            assertEquals("2027-03-01", staff.field(TAKES_EFFECT).getAttribute("value"), "with effect from 1 March 2027");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aRequestOnlyInQuotedTextPreSelectsNothingAndSaysWhy() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox");
            MailboxPages.openMessage(staff, QUOTED_ONLY_SUBJECT);
            staff.expect("Opt in, but only in quoted text of an earlier message: not pre-selected")
                    .expect("The request is only in quoted text of an earlier message: nothing is pre-selected");
            assertFalse(staff.field("Opt in").isSelected());
            assertFalse(staff.field("Opt out").isSelected());
            assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), staff.field(TAKES_EFFECT).getAttribute("value"),
                    "no day named: today");
            staff.click("Confirm").expect("Please say whether the member asks to opt in or to opt out.");
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aMinistryNamedOfItsCountryIsTheRegistrysMemberForTheSectorAndDayItNames() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox").expect(FREEDONIA);
            MailboxPages.openMessage(staff, MINISTRY_SUBJECT);
            staff.expect("names each part of the registered name " + FREEDONIA);
            assertTrue(staff.field("Opt in").isSelected());
            assertEquals(FREEDONIA + " (Switzerland)", staff.field("Member").getAttribute("value"));
            assertEquals("ITU-R", new Select(staff.field("Sector")).getFirstSelectedOption().getText());
            assertEquals("2027-03-01", staff.field(TAKES_EFFECT).getAttribute("value"));
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void junkFromAnUnknownAddressIsDismissedWithAReasonAndNobodyIsWrittenTo() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Director's mailbox");
            MailboxPages.openMessage(staff, AUTO_REPLY_SUBJECT);
            staff.expect("No acknowledgement is sent to " + AUTO_REPLY_SENDER + ": no account has this address");
            assertFalse(staff.field("Opt in").isSelected(), "an unreadable message pre-fills no request");
            assertFalse(staff.field("Opt out").isSelected());

            staff.click("Dismiss").click("Yes, dismiss")
                    .expect("Please say why this message is dismissed, for the other staff who read it.")
                    .expect("State: Unreadable");
            staff.fill("Reason for dismissing (for staff only)", DISMISSAL);
            staff.click("Dismiss").click("Yes, dismiss").expect("The message was dismissed. Nobody was written to.")
                    .expect("Dismissed by Sam Secretariat on ").expect("Why: " + DISMISSAL);
            staff.click("Back to the Director's mailbox").expect("4 messages are waiting for a decision.");
            assertFalse(staff.text().contains(AUTO_REPLY_SUBJECT), "it left the waiting list");
        }
    }

    @Test
    @Order(7)
    void theDismissalIsAuditedAndQueuedNoMail() {
        MailboxItem junk = item(AUTO_REPLY_SUBJECT);
        assertEquals(MailboxItemState.DISMISSED, junk.getState());
        assertEquals(DISMISSAL, junk.getDecisionReason());
        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.action = :action and a.subjectId = :id",
                        Long.class).setParameter("action", AuditAction.MAIL_DISMISSED.name())
                .setParameter("id", junk.getId()).getSingleResult());
        assertEquals(0L, em.createQuery("select count(m) from QueuedMail m where m.recipient = :to", Long.class)
                .setParameter("to", AUTO_REPLY_SENDER).getSingleResult());
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
