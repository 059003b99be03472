package org.focalpoint.optin;

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
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Instant;

/** A message from the Director's mailbox, waiting in the secretariat's review queue. */
@Entity
@Table(name = "opt_in_request")
public class OptInRequest {

    @Id
    @SequenceGenerator(name = "opt_in_request_seq", sequenceName = "opt_in_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opt_in_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", length = 998)
    private String messageId;

    /** Processes each message once even when it has no Message-ID. */
    @Column(name = "content_digest", nullable = false, length = 64)
    private String contentDigest;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 320)
    private String sender;

    @Column(length = 998)
    private String subject;

    @Column(length = 200000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OptInRequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind")
    private RequestKind requestKind;

    @ManyToOne
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private Integer confidence;

    @Column(name = "parse_notes", length = 2000)
    private String parseNotes;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected OptInRequest() {
    }

    public OptInRequest(String messageId, String contentDigest, Instant receivedAt, String sender, String subject,
                        String body) {
        this.messageId = messageId;
        this.contentDigest = contentDigest;
        this.receivedAt = receivedAt;
        this.sender = sender;
        this.subject = subject;
        this.body = body;
        this.status = OptInRequestStatus.UNREADABLE;
    }

    public Long getId() {
        return id;
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

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OptInRequestStatus getStatus() {
        return status;
    }

    public RequestKind getRequestKind() {
        return requestKind;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Sector getSector() {
        return sector;
    }

    public Integer getConfidence() {
        return confidence;
    }

    public String getParseNotes() {
        return parseNotes;
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

    public void understood(RequestKind kind, Organization organization, Sector sector, int confidence, String notes) {
        this.status = OptInRequestStatus.TO_REVIEW;
        this.requestKind = kind;
        this.organization = organization;
        this.sector = sector;
        this.confidence = confidence;
        this.parseNotes = notes;
    }

    public void unreadable(String why) {
        this.status = OptInRequestStatus.UNREADABLE;
        this.parseNotes = why;
    }

    public void decide(OptInRequestStatus outcome, Account by, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionReason = reason;
    }
}
