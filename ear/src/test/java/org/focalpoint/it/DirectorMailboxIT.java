package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.mailbox.DirectorMailbox;
import org.focalpoint.mailbox.IncomingMail;
import org.focalpoint.mailbox.MailIntake;
import org.focalpoint.mailbox.MailboxFailure;
import org.focalpoint.mailbox.MailboxItem;
import org.focalpoint.mailbox.MailboxItemState;
import org.focalpoint.mailbox.SenderStanding;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Director's mailbox against a real IMAP server: every sample mail of the parser's unit tests
 * (the annex wording, people's variants, bad and hostile mails) is delivered to the inbox, read by
 * the application and becomes exactly one review item with the reading the samples expect; a
 * message read again is not taken twice; a huge one is recorded without its body; new mail is
 * picked up by the timer within a minute.
 */
@ExtendWith(ArquillianExtension.class)
class DirectorMailboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/mail/Director")
    Session director;

    @Inject
    DirectorMailbox mailbox;

    @Inject
    MailIntake intake;

    /** An empty queue and inbox in the samples' world. */
    @BeforeEach
    void reset() throws Exception {
        tx.begin();
        MailSamples.emptyQueue(em);
        MailSamples.world(em);
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        DirectorInbox.empty(director);
    }

    @Test
    void everySampleMailBecomesOneItemWithTheReadingItsSampleExpects() throws Exception {
        List<String[]> expected = MailSamples.rows("expected.csv");
        List<byte[]> mails = new ArrayList<>();
        for (String[] row : expected) {
            mails.add(MailSamples.bytes(row[0]));
        }
        DirectorInbox.deliver(director, mails);

        readAll();
        assertEquals(expected.size(), items().size(), "each message taken once, whichever reading took it");
        assertEquals(expected.size(), DirectorInbox.marked(director)[0], "every message marked once its item committed");

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (String[] row : expected) {
            MailboxItem item = itemOf(MailSamples.bytes(row[0]));
            String file = row[0];
            checks.add(() -> {
                if (row[1].startsWith("UNREADABLE")) {
                    assertEquals(MailboxItemState.UNREADABLE, item.getState(), file);
                    assertEquals(row[1].substring("UNREADABLE ".length()), item.getUnreadableReason().name(), file);
                } else {
                    assertEquals(MailboxItemState.TO_REVIEW, item.getState(), file);
                    assertEquals(RequestKind.valueOf(row[1].split(" ")[0]), item.getRequestKind(), file);
                    assertEquals(row[1].endsWith(" QUOTED"), item.isRequestQuotedOnly(), file + " quoted only");
                }
                boolean oneOrganization = row[2].equals("MATCHED") || row[2].equals("SUGGESTED");
                assertEquals(oneOrganization ? row[3] : null,
                        item.getOrganization() == null ? null : item.getOrganization().getName(), file + " organization");
                assertEquals(row[4].equals("-") ? null : Sector.valueOf(row[4]), item.getSector(), file + " sector");
                assertEquals(row[7], item.getConfidence().name(), file + " confidence: " + item.getReasons());
                assertTrue(item.getTextBody() != null && item.getSource() != null, file + " kept as received");
            });
        }
        assertAll(checks);

        assertEquals(SenderStanding.FOCAL_POINT, itemOf(MailSamples.bytes("annex-opt-in.eml")).getSenderStanding(),
                "Jane Doe is Example Telecom's TIES Focal Point");
        assertEquals(SenderStanding.UNKNOWN_ADDRESS, itemOf(MailSamples.bytes("odd/10-unknown-organization.eml")).getSenderStanding());
    }

    @Test
    void aMessageReadAgainAfterACrashBeforeItWasMarkedIsNotTakenTwice() throws Exception {
        byte[] annex = MailSamples.bytes("annex-opt-in.eml");
        DirectorInbox.deliver(director, List.of(annex));
        readAll();
        assertEquals(1, items().size());

        DirectorInbox.unmarkAll(director);
        // the same message delivered again, as a second copy in the mailbox
        DirectorInbox.deliver(director, List.of(annex));
        readAll();
        assertEquals(1, items().size(), "known by its Message-ID");
        assertEquals(2, DirectorInbox.marked(director)[0], "both copies marked, so neither is read again");
    }

    @Test
    void aMessageWithoutMessageIdDeliveredTwiceByDifferentRoutesIsOneItem() throws Exception {
        String written = new String(MailSamples.bytes("safety/04-no-message-id.eml"), StandardCharsets.UTF_8);
        byte[] direct = ("Return-Path: <thabo.mokoena@lca.test>\r\nDelivered-To: tsbdir@itu.int\r\n"
                + "Received: from mx.lca.test by mail.itu.int; Fri, 15 Jan 2027 10:20:05 +0200\r\n"
                + written.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] relayed = ("Return-Path: <bounce@relay.lca.test>\nX-Original-To: director@itu.int\nDelivered-To: director@itu.int\n"
                + "Received: from relay.lca.test by backup-mx.itu.int; Fri, 15 Jan 2027 10:41:17 +0200\n"
                + "Received: from mx.lca.test by relay.lca.test; Fri, 15 Jan 2027 10:41:16 +0200\n"
                + "X-Spam-Status: No, score=0.2\n" + written).getBytes(StandardCharsets.UTF_8);
        DirectorInbox.deliver(director, List.of(direct));
        readAll();
        DirectorInbox.deliver(director, List.of(relayed));
        readAll();

        assertEquals(1, items().size(), "one message, known again by what its sender wrote");
        assertNull(items().get(0).getMessageId());
        assertEquals(2, DirectorInbox.marked(director)[0], "both copies marked, so neither is read again");
    }

    @Test
    void aMailOverTheSizeLimitIsRecordedWithANoteAndWithoutItsBody() throws Exception {
        MimeMessage huge = new MimeMessage(director);
        huge.setFrom("tom.baker@acme-wireless.test");
        huge.setRecipients(jakarta.mail.Message.RecipientType.TO, "tsbdir@itu.int");
        huge.setSubject("Opt in to automatic approval - Acme Wireless Inc.");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("On behalf of Acme Wireless Inc., I wish to opt in to automatic approval.", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setFileName("scan.pdf");
        attachment.setContent(new byte[10 * 1024 * 1024], "application/pdf");
        huge.setContent(new MimeMultipart(text, attachment));
        huge.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        huge.writeTo(raw);
        DirectorInbox.deliver(director, List.of(raw.toByteArray()));

        readAll();
        assertEquals(1, items().size());
        MailboxItem item = items().get(0);
        assertTrue(item.getSizeBytes() > 10_000_000, "size " + item.getSizeBytes());
        assertNull(item.getTextBody());
        assertNull(item.getSource());
        assertTrue(item.getNote().contains("over the limit"), item.getNote());
        assertEquals("Opt in to automatic approval - Acme Wireless Inc.", item.getSubject(), "the headers were read");
        assertEquals(RequestKind.OPT_IN, item.getRequestKind(), "the subject alone asks to opt in");
    }

    @Test
    void aMessageTheApplicationKeepsFailingOnIsParkedWithItsError() throws Exception {
        IncomingMail mail = IncomingMail.of(MailSamples.bytes("annex-opt-out.eml"), Instant.now());
        assertEquals(1, intake.failed(mail, "PSQLException: the database went away"));
        assertEquals(2, intake.failed(mail, "PSQLException: the database went away again"));
        assertEquals(2, em.find(MailboxFailure.class, mail.digest()).getAttempts());

        intake.park(mail, "PSQLException: the database went away again");
        em.getEntityManagerFactory().getCache().evictAll();
        MailboxItem parked = items().get(0);
        assertEquals(MailboxItemState.PARKED, parked.getState());
        assertTrue(parked.getReasons().get(0).contains("the database went away again"), parked.getReasons().toString());
        assertNotNull(parked.getSource(), "the message is kept for staff to read");
        assertNull(em.find(MailboxFailure.class, mail.digest()), "its failures are settled");

        intake.park(mail, "again");
        assertEquals(1, items().size(), "parked once");
    }

    @Test
    void newMailIsPickedUpWithinAMinuteWithoutAnyoneAsking() throws Exception {
        DirectorInbox.deliver(director, List.of(MailSamples.bytes("annex-opt-out.eml")));
        assertEquals(1, Polling.until(() -> items().size(), n -> n > 0, Duration.ofMillis(500), Duration.ofMinutes(1),
                "the timer to take the mail").intValue(), "taken by the timer within a minute");
    }

    /**
     * Reads until this call did the reading itself, so that every message delivered before is taken:
     * the timer's reading, which runs whenever it is due, may have taken some or all of them first.
     */
    private void readAll() throws Exception {
        Polling.until(mailbox::readNew, Optional::isPresent, Duration.ofMillis(200), Duration.ofMinutes(1),
                "the timer's reading to end");
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private List<MailboxItem> items() {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select i from MailboxItem i order by i.id", MailboxItem.class).getResultList();
    }

    /** The item of a message, found by the digest of what its sender wrote. */
    private MailboxItem itemOf(byte[] raw) {
        return em.createQuery("select i from MailboxItem i where i.contentDigest = :digest", MailboxItem.class)
                .setParameter("digest", IncomingMail.of(raw, Instant.now()).digest()).getSingleResult();
    }
}
