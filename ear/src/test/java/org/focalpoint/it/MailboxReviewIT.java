package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.mailbox.IncomingMail;
import org.focalpoint.mailbox.MailConfirmation;
import org.focalpoint.mailbox.MailIntake;
import org.focalpoint.mailbox.MailboxFilter;
import org.focalpoint.mailbox.MailboxItem;
import org.focalpoint.mailbox.MailboxItemState;
import org.focalpoint.mailbox.MailboxLine;
import org.focalpoint.mailbox.SenderAcknowledgement;
import org.focalpoint.mailbox.MailboxReview;
import org.focalpoint.mailbox.SenderStanding;
import org.focalpoint.optin.OptInChange;
import org.focalpoint.optin.OptInSource;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.time.DayRange;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff decide on the messages of the Director's mailbox: confirming applies the opt-in or opt-out
 * through the same records as a change typed by hand, with the message as its source; a sender
 * who is not the member's focal point needs staff to say they checked; rejecting needs a reason;
 * the sender is acknowledged either way; whatever is refused changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxReviewIT {

    private static final String CHANGED_MEANWHILE =
            "This message was changed by someone else since you opened it. Please look at it again.";
    private static final String REASON_REQUIRED = "Please give the reason, which the sender will read.";
    private static final String ONLY_STAFF = "Only secretariat staff can review the Director's mailbox.";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    MailIntake intake;

    @Inject
    MailboxReview review;

    private Account staff;
    private Map<String, Organization> registry;

    /** The queue holds the sample mails given, the samples' members have no opt-in on record. */
    private void queueHolds(String... files) throws Exception {
        tx.begin();
        MailSamples.emptyQueue(em);
        registry = MailSamples.worldWithoutOptIns(em);
        staff = TestData.staff(em);
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        for (String file : files) {
            intake.take(List.of(IncomingMail.of(MailSamples.bytes(file), Instant.now())));
        }
    }

    private MailboxItem only() {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select i from MailboxItem i", MailboxItem.class).getSingleResult();
    }

    private long changes() {
        return em.createQuery("select count(c) from OptInChange c where c.organization in :organizations", Long.class)
                .setParameter("organizations", List.copyOf(registry.values())).getSingleResult();
    }

    private static MailConfirmation asRead(MailboxItem item, boolean checked) {
        return new MailConfirmation(item.getRequestKind(), item.getOrganization().getId(), item.getSector(),
                LocalDate.now(), null, checked);
    }

    @Test
    void aFocalPointsRequestConfirmedIsRecordedAsAnEmailOptInAndAcknowledgedQuotingIt() throws Exception {
        queueHolds("annex-opt-in.eml");
        MailboxItem item = only();
        assertEquals(SenderStanding.FOCAL_POINT, item.getSenderStanding());

        review.confirm(staff, item.getId(), item.getVersion(), null, asRead(item, false));

        MailboxItem confirmed = only();
        assertEquals(MailboxItemState.CONFIRMED, confirmed.getState());
        OptInChange change = confirmed.getOptInChange();
        assertTrue(change.isOptedIn());
        assertEquals(Sector.ITU_T, change.getSector());
        assertEquals("Example Telecom Ltd", change.getOrganization().getName());
        assertEquals(OptInSource.EMAIL, change.getSource());
        assertTrue(change.getReference().startsWith("TSB-OPT-" + item.getId() + ": Mail to the Director from "
                + MailSamples.FOCAL_POINT), change.getReference());
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.action = :action and a.subjectId = :id",
                        Long.class).setParameter("action", AuditAction.MAIL_REQUEST_CONFIRMED.name())
                .setParameter("id", item.getId()).getSingleResult());

        Mailbox.Mail acknowledgement = Mailbox.await(MailSamples.FOCAL_POINT, "[TSB-OPT-" + item.getId() + "]");
        assertTrue(acknowledgement.subject().contains("carried out"), acknowledgement.subject());
        assertTrue(acknowledgement.body().contains("> On behalf of"), "quotes the request:\n" + acknowledgement.body());
        assertTrue(acknowledgement.body().contains("Example Telecom Ltd is now opted in"), acknowledgement.body());

        RuleViolation again = assertThrows(RuleViolation.class,
                () -> review.confirm(staff, item.getId(), confirmed.getVersion(), null, asRead(item, false)));
        assertTrue(again.getMessage().startsWith("Already confirmed by Sam Secretariat"), again.getMessage());
    }

    @Test
    void aSenderWhoIsNotTheMembersFocalPointIsConfirmedOnlyOnceStaffSayTheyChecked() throws Exception {
        queueHolds("odd/14-spoofed-display-name.eml");
        MailboxItem item = only();
        assertTrue(item.getSenderStanding() != SenderStanding.FOCAL_POINT, item.getSenderStanding().name());
        long before = changes();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> review.confirm(staff, item.getId(), item.getVersion(), null, asRead(item, false)));
        assertTrue(refused.getMessage().startsWith("The sender is not a focal point of Example Telecom Ltd."),
                refused.getMessage());
        assertEquals(before, changes(), "nothing recorded");
        assertEquals(MailboxItemState.TO_REVIEW, only().getState());

        // the sample asks to opt out of an opt-in that must exist first
        review.confirm(staff, item.getId(), item.getVersion(), null, new MailConfirmation(RequestKind.OPT_IN,
                item.getOrganization().getId(), Sector.ITU_T, LocalDate.now(), "Phoned Jane Doe, who confirmed.", true));
        MailboxItem confirmed = only();
        assertEquals(MailboxItemState.CONFIRMED, confirmed.getState());
        assertTrue(confirmed.getDecisionReason().contains("staff checked with the member"), confirmed.getDecisionReason());
        assertTrue(confirmed.getDecisionReason().contains("Phoned Jane Doe"), confirmed.getDecisionReason());
    }

    @Test
    void whatIsRefusedChangesNothing() throws Exception {
        queueHolds("annex-opt-out.eml");
        MailboxItem item = only();
        long before = changes();
        Account delegate = TestData.accountWithEmail(em, MailSamples.AFFILIATED).orElseThrow();

        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> review.confirm(delegate, item.getId(), item.getVersion(), null, asRead(item, false))).getMessage());
        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> review.reject(delegate, item.getId(), item.getVersion(), "Spam")).getMessage());
        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> review.page(delegate, MailboxFilter.waitingItems(), 0, 10)).getMessage());
        assertEquals(CHANGED_MEANWHILE, assertThrows(RuleViolation.class,
                () -> review.confirm(staff, item.getId(), item.getVersion() + 1, null, asRead(item, false))).getMessage());
        assertEquals(REASON_REQUIRED, assertThrows(RuleViolation.class,
                () -> review.reject(staff, item.getId(), item.getVersion(), "  ")).getMessage());
        assertEquals("Please choose the member the request is for.", assertThrows(RuleViolation.class,
                () -> review.confirm(staff, item.getId(), item.getVersion(), null,
                        new MailConfirmation(RequestKind.OPT_OUT, null, Sector.ITU_T, null, null, false))).getMessage());
        // opting out a member that never opted in: OptInRecords' own refusal, with nothing written
        RuleViolation nothingToOptOut = assertThrows(RuleViolation.class,
                () -> review.confirm(staff, item.getId(), item.getVersion(), null, asRead(item, false)));
        assertTrue(nothingToOptOut.getMessage().contains("is not opted in"), nothingToOptOut.getMessage());
        assertThrows(RuleViolation.class, () -> review.confirm(staff, -1L, 0, null, asRead(item, false)));

        assertEquals(before, changes());
        MailboxItem unchanged = only();
        assertEquals(MailboxItemState.TO_REVIEW, unchanged.getState());
        assertEquals(item.getVersion(), unchanged.getVersion());
        assertNull(unchanged.getDecidedBy());
    }

    @Test
    void staffLearnWhetherTheSenderSpeaksForTheMemberTheyChoose() throws Exception {
        queueHolds("annex-opt-in.eml");
        MailboxItem item = only();
        Organization exampleTelecom = registry.get("1");
        Organization acmeWireless = registry.get("7");

        assertTrue(review.senderSpeaksFor(staff, item.getId(), exampleTelecom.getId()));
        assertFalse(review.senderSpeaksFor(staff, item.getId(), acmeWireless.getId()),
                "Jane Doe is Example Telecom's focal point, not Acme Wireless's");
        assertFalse(review.senderSpeaksFor(staff, item.getId(), null));
        assertFalse(review.senderSpeaksFor(staff, item.getId(), -1L));

        Account delegate = TestData.accountWithEmail(em, MailSamples.AFFILIATED).orElseThrow();
        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> review.senderSpeaksFor(delegate, item.getId(), exampleTelecom.getId())).getMessage());
        assertEquals("This message is not in the queue.", assertThrows(RuleViolation.class,
                () -> review.senderSpeaksFor(staff, -1L, exampleTelecom.getId())).getMessage());
    }

    @Test
    void aRejectionIsAcknowledgedWithItsReason() throws Exception {
        queueHolds("odd/01-no-request.eml");
        MailboxItem item = only();
        assertEquals(SenderAcknowledgement.SENT,
                review.reject(staff, item.getId(), item.getVersion(), "The message asks neither to opt in nor out."));

        assertEquals(MailboxItemState.REJECTED, only().getState());
        Mailbox.Mail acknowledgement = Mailbox.await(item.getSender(), "[TSB-OPT-" + item.getId() + "]");
        assertTrue(acknowledgement.body().contains("The message asks neither to opt in nor out."), acknowledgement.body());
        assertTrue(acknowledgement.body().contains("> "), "quotes the request:\n" + acknowledgement.body());
    }

    @Test
    void anAddressNoAccountHasIsNeverWrittenTo() throws Exception {
        queueHolds("odd/10-unknown-organization.eml");
        MailboxItem item = only();
        assertEquals(SenderStanding.UNKNOWN_ADDRESS, item.getSenderStanding());
        assertEquals(SenderAcknowledgement.UNKNOWN_ADDRESS, review.acknowledgement(staff, item.getId()));

        assertEquals(SenderAcknowledgement.UNKNOWN_ADDRESS,
                review.reject(staff, item.getId(), item.getVersion(), "Zeta Quantum Labs is not an ITU Member."));
        assertEquals(MailboxItemState.REJECTED, only().getState());
        assertEquals(0L, queuedTo(item.getSender()), "no acknowledgement queued: it would be backscatter");
    }

    @Test
    void junkIsDismissedWithAReasonWithoutWritingToAnyone() throws Exception {
        queueHolds("safety/07-auto-reply.eml", "annex-opt-in.eml");
        MailboxItem junk = em.createQuery("select i from MailboxItem i where i.subject like 'Automatic reply%'",
                MailboxItem.class).getSingleResult();
        Account delegate = TestData.accountWithEmail(em, MailSamples.AFFILIATED).orElseThrow();
        assertEquals(2, review.count(staff, MailboxFilter.waitingItems()));

        assertEquals(ONLY_STAFF, assertThrows(RuleViolation.class,
                () -> review.dismiss(delegate, junk.getId(), junk.getVersion(), "Spam")).getMessage());
        assertEquals("Please say why this message is dismissed, for the other staff who read it.",
                assertThrows(RuleViolation.class, () -> review.dismiss(staff, junk.getId(), junk.getVersion(), " "))
                        .getMessage());
        assertEquals(CHANGED_MEANWHILE, assertThrows(RuleViolation.class,
                () -> review.dismiss(staff, junk.getId(), junk.getVersion() + 1, "An auto-reply")).getMessage());
        assertEquals(2, review.count(staff, MailboxFilter.waitingItems()), "refusals change nothing");

        review.dismiss(staff, junk.getId(), junk.getVersion(), "An out-of-office auto-reply.");
        em.getEntityManagerFactory().getCache().evictAll();
        MailboxItem dismissed = em.find(MailboxItem.class, junk.getId());
        assertEquals(MailboxItemState.DISMISSED, dismissed.getState());
        assertEquals("An out-of-office auto-reply.", dismissed.getDecisionReason());
        assertEquals(1, review.count(staff, MailboxFilter.waitingItems()), "it leaves the waiting count");
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.action = :action and a.subjectId = :id",
                        Long.class).setParameter("action", AuditAction.MAIL_DISMISSED.name())
                .setParameter("id", junk.getId()).getSingleResult());
        assertEquals(0L, queuedTo(junk.getSender()));
        assertTrue(assertThrows(RuleViolation.class, () -> review.reject(staff, junk.getId(), dismissed.getVersion(),
                "too late")).getMessage().startsWith("Already dismissed by Sam Secretariat"));
    }

    private long queuedTo(String address) {
        return em.createQuery("select count(m) from QueuedMail m where m.recipient = :to", Long.class)
                .setParameter("to", address).getSingleResult();
    }

    @Test
    void staffFindMessagesBySenderOrganizationAndStanding() throws Exception {
        queueHolds("annex-opt-in.eml", "odd/10-unknown-organization.eml", "odd/01-no-request.eml");
        MailboxFilter waiting = MailboxFilter.waitingItems();
        assertEquals(3, review.count(staff, waiting));
        assertEquals(1, review.count(staff, new MailboxFilter("EXAMPLE telecom", null, null, null, false)));
        assertEquals(1, review.count(staff, new MailboxFilter("zeta", null, null, null, false)), "the organization as written");
        assertEquals(1, review.count(staff, new MailboxFilter(null, null, SenderStanding.FOCAL_POINT, null, false)));
        assertEquals(0, review.count(staff, new MailboxFilter(null, Set.of(MailboxItemState.CONFIRMED), null, null, false)));
        assertEquals(0, review.count(staff, new MailboxFilter("100%", null, null, null, false)), "typed text is matched literally");
        assertEquals(2, review.page(staff, waiting, 1, 10).size(), "paged");
        assertTrue(review.page(staff, new MailboxFilter(null, null, SenderStanding.FOCAL_POINT, null, false), 0, 10).stream()
                .noneMatch(line -> line.flagged()));
        assertTrue(review.page(staff, new MailboxFilter("zeta", null, null, null, false), 0, 10).get(0).flagged());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(3, review.count(staff, new MailboxFilter(null, null, null, new DayRange(today, today, null), false)));
        assertEquals(0, review.count(staff, new MailboxFilter(null, null, null, new DayRange(today.plusDays(1), null, null), false)));
        assertEquals(0, review.count(staff, new MailboxFilter(null, null, null, new DayRange(null, today.minusDays(1), null), false)));
        assertEquals("The first day (" + today + ") is after the last day (" + today.minusDays(1)
                + "): please pick a first day on or before the last.", assertThrows(RuleViolation.class, () -> review.count(staff,
                new MailboxFilter(null, null, null, new DayRange(today, today.minusDays(1), null), false))).getMessage());
        List<Long> newestFirst = new ArrayList<>(review.page(staff, waiting, 0, 10).stream().map(MailboxLine::id).toList());
        Collections.reverse(newestFirst);
        List<Long> oldestFirst = review.page(staff, new MailboxFilter(null, null, null, null, true), 0, 10).stream()
                .map(MailboxLine::id).toList();
        assertEquals(newestFirst, oldestFirst);
    }
}
