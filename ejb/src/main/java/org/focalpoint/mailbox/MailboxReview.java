package org.focalpoint.mailbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.mailbox.reading.Acknowledgement;
import org.focalpoint.mailbox.reading.RegisteredOrganization;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.optin.OptInChange;
import org.focalpoint.optin.OptInEntry;
import org.focalpoint.optin.OptInRecords;
import org.focalpoint.optin.OptInSource;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.FocalPoints;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.ColumnText;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.persistence.Like;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The secretariat's review queue of the Director's mailbox. Nothing a mail asks takes effect
 * until staff confirm it; confirming records the opt-in or opt-out through {@link OptInRecords},
 * as a change typed by hand would be, with the message as its source. A request whose sender is
 * not a focal point of the member is confirmed only once staff say they checked with the member.
 * Either decision is audited and acknowledged to the sender, quoting their request, when the
 * platform knows the sender's address. Junk is dismissed with a reason and acknowledged to nobody.
 */
@Stateless
public class MailboxReview {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("mailbox.only-staff");
    private static final Supplier<RuleViolation> CHANGED_MEANWHILE =
            () -> new RuleViolation("mailbox.changed-meanwhile");
    static final int REASON_LENGTH = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FocalPoints focalPoints;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private OptInRecords records;

    @Inject
    private Mailer mailer;

    /** The messages the filter selects, in its order, a page at a time. */
    public List<MailboxLine> page(Account actor, MailboxFilter filter, int first, int pageSize) {
        secretariat.require(actor, ONLY_STAFF);
        String order = filter != null && filter.oldestFirst() ? " order by i.receivedAt, i.id"
                : " order by i.receivedAt desc, i.id desc";
        return query("select i", filter, order, MailboxItem.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultStream().map(MailboxLine::of).toList();
    }

    public long count(Account actor, MailboxFilter filter) {
        secretariat.require(actor, ONLY_STAFF);
        return query("select count(i)", filter, "", Long.class).getSingleResult();
    }

    public MailboxItem item(Account actor, Long itemId) {
        secretariat.require(actor, ONLY_STAFF);
        return existing(itemId);
    }

    public SenderAcknowledgement confirm(Account actor, Long itemId, long seenVersion, Long seenStandingVersion,
                                         MailConfirmation confirmation) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        MailboxItem item = open(itemId, seenVersion);
        if (confirmation.kind() == null) {
            throw new RuleViolation("mailbox.choose-in-or-out");
        }
        if (confirmation.organizationId() == null) {
            throw new RuleViolation("mailbox.choose-member");
        }
        if (confirmation.sector() == null) {
            throw new RuleViolation("organizations.choose-sector");
        }
        Organization organization = em.find(Organization.class, confirmation.organizationId());
        if (organization == null) {
            throw new RuleViolation("organizations.no-such-organization");
        }
        Senders.Sender sender = sender(item);
        boolean focalPoint = speaksFor(sender, organization);
        if (!focalPoint && !confirmation.checkedWithMember()) {
            throw new RuleViolation("mailbox.sender-not-focal-point", organization.getName());
        }
        LocalDate effectiveOn = confirmation.effectiveOn() == null ? LocalDate.now(clock) : confirmation.effectiveOn();
        String source = "Mail to the Director from " + (item.getSender() == null ? "an unknown sender" : item.getSender())
                + " received " + Dates.ENGLISH.day(item.getReceivedAt().atZone(ZoneOffset.UTC))
                + (item.getMessageId() == null ? "" : ", Message-ID " + item.getMessageId());
        String note = blankToNull(confirmation.note());
        OptInChange change = records.record(staff, organization.getId(), seenStandingVersion,
                new OptInEntry(confirmation.sector(), confirmation.kind() == RequestKind.OPT_IN, effectiveOn,
                        OptInSource.EMAIL, ColumnText.fit(Acknowledgement.reference(item.getId()) + ": " + source, 300),
                        note));
        String decision = focalPoint ? note : "The sender is not a focal point of " + organization.getName()
                + "; staff checked with the member." + (note == null ? "" : " " + note);
        item.decide(MailboxItemState.CONFIRMED, staff, ColumnText.fit(decision, REASON_LENGTH), change,
                clock.instant());
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, organization, AuditAction.MAIL_REQUEST_CONFIRMED, MailboxItem.class, item.getId(),
                confirmation.kind().label(Words.ENGLISH) + ", " + organization.getName() + ", " + confirmation.sector().label(Words.ENGLISH)
                        + "; " + source, item.getDecisionReason());
        SenderAcknowledgement acknowledgement = acknowledgement(item, sender);
        if (acknowledgement == SenderAcknowledgement.SENT) {
            mailer.send(MailboxAcknowledgement.confirmed(item, organization.getName(), confirmation.kind(),
                    confirmation.sector(), effectiveOn, Dates.ENGLISH.day(studyPeriod.endsOn())));
        }
        return acknowledgement;
    }

    public SenderAcknowledgement reject(Account actor, Long itemId, long seenVersion, String reason) {
        MailboxItem item = close(actor, itemId, seenVersion, reason, () -> new RuleViolation("mailbox.reason-required"),
                MailboxItemState.REJECTED, AuditAction.MAIL_REQUEST_REJECTED);
        SenderAcknowledgement acknowledgement = acknowledgement(item, sender(item));
        if (acknowledgement == SenderAcknowledgement.SENT) {
            mailer.send(MailboxAcknowledgement.rejected(item, item.getDecisionReason()));
        }
        return acknowledgement;
    }

    /**
     * Sets junk aside (an unrelated mail, an auto-reply, a forged sender): nothing is recorded
     * for any member and nobody is written to; the reason is for staff.
     */
    public void dismiss(Account actor, Long itemId, long seenVersion, String reason) {
        close(actor, itemId, seenVersion, reason, () -> new RuleViolation("mailbox.dismissal-reason-required"),
                MailboxItemState.DISMISSED, AuditAction.MAIL_DISMISSED);
    }

    /** Decides a message without recording anything for a member, for the reason given, audited. */
    private MailboxItem close(Account actor, Long itemId, long seenVersion, String reason,
                              Supplier<RuleViolation> missing, MailboxItemState outcome, AuditAction action) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        MailboxItem item = open(itemId, seenVersion);
        String why = reason(reason, missing);
        item.decide(outcome, staff, why, null, clock.instant());
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, item.getOrganization(), action, MailboxItem.class, item.getId(),
                (item.getSubject() == null ? "" : item.getSubject()) + " from "
                        + (item.getSender() == null ? "an unknown sender" : item.getSender()), why);
        return item;
    }

    /** Whether the sender can be acknowledged: only an address some account has. */
    public SenderAcknowledgement acknowledgement(Account actor, Long itemId) {
        secretariat.require(actor, ONLY_STAFF);
        MailboxItem item = existing(itemId);
        return acknowledgement(item, sender(item));
    }

    private static SenderAcknowledgement acknowledgement(MailboxItem item, Senders.Sender sender) {
        if (item.getSender() == null) {
            return SenderAcknowledgement.NO_SENDER;
        }
        return sender.known() ? SenderAcknowledgement.SENT : SenderAcknowledgement.UNKNOWN_ADDRESS;
    }

    /** What the platform knows of the message's sender, read once for a decision. */
    private Senders.Sender sender(MailboxItem item) {
        return item.getSender() == null ? Senders.Sender.UNKNOWN
                : Senders.of(em, focalPoints, List.of(item.getSender())).of(item.getSender());
    }

    private static String reason(String reason, Supplier<RuleViolation> missing) {
        String why = blankToNull(reason);
        if (why == null) {
            throw missing.get();
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation("mailbox.reason-too-long", String.valueOf(REASON_LENGTH));
        }
        return why;
    }

    /**
     * Whether the message's sender is a focal point of that organization, which staff may have
     * chosen instead of the one read in the mail: if not, confirming asks them to say they checked
     * with the member. False for an organization that does not exist.
     */
    public boolean senderSpeaksFor(Account actor, Long itemId, Long organizationId) {
        secretariat.require(actor, ONLY_STAFF);
        MailboxItem item = existing(itemId);
        Organization organization = organizationId == null ? null : em.find(Organization.class, organizationId);
        return organization != null && speaksFor(sender(item), organization);
    }

    private static boolean speaksFor(Senders.Sender sender, Organization organization) {
        return sender.standingFor(new RegisteredOrganization(organization.getId(), organization.getName()))
                .speaksForOrganization();
    }

    private MailboxItem existing(Long itemId) {
        MailboxItem item = itemId == null ? null : em.find(MailboxItem.class, itemId);
        if (item == null) {
            throw new RuleViolation("mailbox.not-in-queue");
        }
        return item;
    }

    /** The item, still waiting for a decision and as staff saw it. */
    private MailboxItem open(Long itemId, long seenVersion) {
        MailboxItem item = existing(itemId);
        if (!item.getState().isOpen()) {
            throw new RuleViolation("mailbox.already-decided", item.getState().name(),
                    item.getDecidedBy().getFullName(), item.getDecidedAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
        if (item.getVersion() != seenVersion) {
            throw new RuleViolation("mailbox.changed-meanwhile");
        }
        return item;
    }

    private <T> TypedQuery<T> query(String select, MailboxFilter filter, String order, Class<T> type) {
        MailboxFilter f = filter == null ? MailboxFilter.waitingItems() : filter;
        StringBuilder jpql = new StringBuilder(select).append(" from MailboxItem i left join i.organization o")
                .append(" where i.state in :states");
        String pattern = Like.containing(f.text());
        if (pattern != null) {
            jpql.append(" and (lower(i.sender) like :pattern escape '!' or lower(i.subject) like :pattern escape '!'")
                    .append(" or lower(i.organizationAsWritten) like :pattern escape '!' or lower(o.name) like :pattern escape '!')");
        }
        if (f.standing() != null) {
            jpql.append(" and i.senderStanding = :standing");
        }
        f.received().check();
        if (f.received().start() != null) {
            jpql.append(" and i.receivedAt >= :from");
        }
        if (f.received().end() != null) {
            jpql.append(" and i.receivedAt < :before");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("states", f.states());
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
        if (f.standing() != null) {
            query.setParameter("standing", f.standing());
        }
        if (f.received().start() != null) {
            query.setParameter("from", f.received().start());
        }
        if (f.received().end() != null) {
            query.setParameter("before", f.received().end());
        }
        return query;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
