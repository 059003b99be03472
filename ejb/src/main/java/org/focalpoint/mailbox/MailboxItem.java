package org.focalpoint.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.mailbox.reading.Confidence;
import org.focalpoint.mailbox.reading.MailReading;
import org.focalpoint.mailbox.reading.MailText;
import org.focalpoint.mailbox.reading.RequestReading;
import org.focalpoint.mailbox.reading.UnreadableReason;
import org.focalpoint.optin.OptInChange;
import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.ColumnText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One message of the Director's mailbox in the secretariat's review queue: the message as it came
 * (unless it was over the size limit), what was read in it and how sure that is, who sent it,
 * and staff's decision with the opt-in change it led to.
 */
@Entity
@Table(name = "mailbox_item")
public class MailboxItem {

    static final int REASONS_LENGTH = 4000;
    static final int TEXT_LENGTH = 200_000;
    static final int SOURCE_LENGTH = 2_000_000;

    @Id
    @SequenceGenerator(name = "mailbox_item_seq", sequenceName = "mailbox_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_item_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(name = "content_digest", nullable = false, length = 64)
    private String contentDigest;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(length = 320)
    private String sender;

    @Column(name = "sender_name", length = 200)
    private String senderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_standing", nullable = false)
    private SenderStanding senderStanding;

    @Column(length = 998)
    private String subject;

    @Column(name = "text_body", length = TEXT_LENGTH)
    private String textBody;

    @Column(length = SOURCE_LENGTH)
    private String source;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailboxItemState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "unreadable_reason")
    private UnreadableReason unreadableReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind")
    private RequestKind requestKind;

    /** The request is written only in quoted text of an earlier message: the form starts from none. */
    @Column(name = "request_quoted_only", nullable = false)
    private boolean requestQuotedOnly;

    /** The day the mail asks the request to take effect ("with effect from 1 March 2027"), or null. */
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @ManyToOne
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "organization_as_written", length = 300)
    private String organizationAsWritten;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(length = 300)
    private String period;

    @Column(name = "signatory_name", length = 200)
    private String signatoryName;

    @Column(name = "signatory_title", length = 200)
    private String signatoryTitle;

    @Column(name = "signatory_organization", length = 300)
    private String signatoryOrganization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidence confidence;

    @Column(nullable = false, length = REASONS_LENGTH)
    private String reasons;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @ManyToOne
    @JoinColumn(name = "opt_in_change_id")
    private OptInChange optInChange;

    protected MailboxItem() {
    }

    /** A message as taken from the mailbox; {@code reading} says what it asks, or why it cannot be read. */
    MailboxItem(IncomingMail mail, MailReading reading, Organization organization, SenderStanding standing,
                Instant takenAt) {
        this.messageId = ColumnText.fit(mail.messageId(), 998);
        this.contentDigest = mail.digest();
        this.receivedAt = mail.receivedAt();
        this.takenAt = takenAt;
        this.sizeBytes = mail.size();
        MailText text = reading.mail();
        this.sender = ColumnText.fit(text.sender().address(), 320);
        this.senderName = ColumnText.fit(text.sender().displayName(), 200);
        this.senderStanding = standing;
        this.subject = ColumnText.fit(text.subject(), 998);
        if (mail.isComplete()) {
            this.textBody = ColumnText.fit(text.text(), TEXT_LENGTH);
            this.source = ColumnText.fit(mail.source(), SOURCE_LENGTH);
        } else {
            this.note = mail.note();
        }
        RequestReading request = reading.request();
        this.requestKind = request.kind();
        this.requestQuotedOnly = request.quotedOnly();
        this.effectiveFrom = request.period().from();
        this.attachmentCount = text.attachments().size();
        this.sector = request.sector();
        this.period = request.unreadable() == null ? ColumnText.fit(request.period().shown(), 300) : null;
        if (request.signatory() != null) {
            this.signatoryName = ColumnText.fit(request.signatory().name(), 200);
            this.signatoryTitle = ColumnText.fit(request.signatory().title(), 200);
            this.signatoryOrganization = ColumnText.fit(request.signatory().organization(), 300);
        }
        this.organization = organization;
        this.organizationAsWritten = ColumnText.fit(reading.organization().asWritten(), 300);
        this.confidence = reading.confidence();
        this.reasons = joined(reading.reasons());
        this.unreadableReason = reading.unreadable();
        this.state = reading.isReadable() ? MailboxItemState.TO_REVIEW : MailboxItemState.UNREADABLE;
    }

    /** A message the application failed on again and again: kept with the error, for staff to read and decide. */
    static MailboxItem parked(IncomingMail mail, String error, Instant takenAt) {
        MailboxItem item = new MailboxItem();
        item.messageId = ColumnText.fit(mail.messageId(), 998);
        item.contentDigest = mail.digest();
        item.receivedAt = mail.receivedAt();
        item.takenAt = takenAt;
        item.sizeBytes = mail.size();
        item.source = mail.isComplete() ? ColumnText.fit(mail.source(), SOURCE_LENGTH) : null;
        item.note = mail.isComplete() ? null : mail.note();
        item.senderStanding = SenderStanding.UNKNOWN_ADDRESS;
        item.state = MailboxItemState.PARKED;
        item.confidence = Confidence.LOW;
        item.reasons = ColumnText.fit("The application failed on this message: " + error, REASONS_LENGTH);
        return item;
    }

    void decide(MailboxItemState outcome, Account by, String reason, OptInChange change, Instant at) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
        this.optInChange = change;
    }

    private static String joined(List<String> reasons) {
        return ColumnText.fit(String.join("\n", reasons), REASONS_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getContentDigest() {
        return contentDigest;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderName() {
        return senderName;
    }

    public SenderStanding getSenderStanding() {
        return senderStanding;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public MailboxItemState getState() {
        return state;
    }

    public UnreadableReason getUnreadableReason() {
        return unreadableReason;
    }

    public RequestKind getRequestKind() {
        return requestKind;
    }

    /**
     * The request a confirmation form starts from: none for a message that cannot be read as it
     * stands, or whose request is only quoted from an earlier message.
     */
    public RequestKind getKindToPrefill() {
        return state == MailboxItemState.UNREADABLE || requestQuotedOnly ? null : requestKind;
    }

    public boolean isRequestQuotedOnly() {
        return requestQuotedOnly;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getAttachmentCount() {
        return attachmentCount;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getOrganizationAsWritten() {
        return organizationAsWritten;
    }

    public Sector getSector() {
        return sector;
    }

    public String getPeriod() {
        return period;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public String getSignatoryOrganization() {
        return signatoryOrganization;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public List<String> getReasons() {
        return reasons.isEmpty() ? List.of() : List.of(reasons.split("\n"));
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public OptInChange getOptInChange() {
        return optInChange;
    }
}
